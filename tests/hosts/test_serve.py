"""`precis serve` end to end: starts the service on a free loopback port and talks HTTP to it.

Environment: PRECIS_CLI (the precis command), PRECIS_RULES (the default pack's source),
PRECIS_SAMPLE (an article).
"""

import json
import os
import re
import signal
import subprocess
import time
import unittest
import urllib.error
import urllib.request

CLI = os.environ.get("PRECIS_CLI", "build/release/bin/precis")
RULES = os.environ.get("PRECIS_RULES", "rules/packs/fr-news")
SAMPLE = os.environ.get("PRECIS_SAMPLE", "data/sample.txt")
# A copy of the default pack with one YAML file broken (broken_pack.cmake).
BROKEN = os.environ.get("PRECIS_BROKEN_RULES", "build/release/tests/broken-pack")
MAX_BODY = 256 * 1024


class ServeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = subprocess.Popen(
            [CLI, "serve", "--host", "127.0.0.1", "--port", "0", "--rules", RULES,
             "--max-body", str(MAX_BODY)],
            stdout=subprocess.PIPE, text=True)
        line = cls.server.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if not found:
            cls.server.kill()
            raise AssertionError("no listening line from precis serve: " + repr(line))
        cls.base = "http://127.0.0.1:" + found.group(1)
        with open(SAMPLE, encoding="utf-8") as f:
            cls.text = f.read()

    @classmethod
    def tearDownClass(cls):
        if cls.server.poll() is None:
            cls.server.kill()
            cls.server.wait()
        cls.server.stdout.close()

    def request(self, path, body=None, content_type="text/plain; charset=utf-8"):
        """(status, parsed JSON or text) for one request; HTTP errors are answers too."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        req = urllib.request.Request(self.base + path, data=data)
        if data is not None:
            req.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(req, timeout=30) as res:
                status, raw, kind = res.status, res.read(), res.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            status, raw, kind = e.code, e.read(), e.headers.get("Content-Type", "")
        text = raw.decode("utf-8")
        return status, (json.loads(text) if kind.startswith("application/json") else text)

    def summarize_ok(self, body, content_type="text/plain; charset=utf-8"):
        status, doc = self.request("/summarize", body, content_type)
        self.assertEqual(status, 200, doc)
        self.assertEqual(doc["status"], "ok")
        self.assertTrue(doc["headline"]["fr"].strip())
        self.assertTrue(doc["headline"]["en"].strip())
        return doc

    def test_1_health(self):
        status, doc = self.request("/health")
        self.assertEqual(status, 200)
        self.assertEqual(doc["status"], "ok")
        self.assertRegex(doc["version"], r"^\d+\.\d+\.\d+$")
        self.assertTrue(doc["rules"]["digest"])

    def test_2_summarize_text_and_json(self):
        plain = self.summarize_ok(self.text)
        as_json = self.summarize_ok(json.dumps({"text": self.text, "options": {"trace": False}}),
                                    "application/json")
        self.assertEqual(plain["headline"], as_json["headline"])
        # curl -d sends JSON as form data: it is still recognised.
        self.summarize_ok(json.dumps({"text": self.text}),
                          "application/x-www-form-urlencoded")

    def test_3_request_errors_are_json(self):
        status, doc = self.request("/summarize", "{not json", "application/json")
        self.assertEqual((status, doc["error"]["code"]), (400, "invalid_argument"))
        status, doc = self.request("/summarize", b"Le ministre \xff a parl\xe9.")
        self.assertEqual((status, doc["error"]["code"]), (400, "invalid_utf8"))
        status, doc = self.request("/summarize", "a" * (MAX_BODY + 1))
        self.assertEqual(status, 413)
        self.assertEqual(doc["status"], "error")
        status, doc = self.request("/nowhere")
        self.assertEqual((status, doc["error"]["code"]), (404, "not_found"))

    def test_4_reload_good_then_bad(self):
        before = self.summarize_ok(self.text)["headline"]
        status, doc = self.request("/reload", json.dumps({"rules": RULES}), "application/json")
        self.assertEqual(status, 200, doc)
        self.assertEqual(doc["status"], "ok")
        status, doc = self.request("/reload", b"")  # no body: the pack given at start
        self.assertEqual(status, 200, doc)
        status, doc = self.request("/reload", json.dumps({"rules": BROKEN}), "application/json")
        self.assertEqual(status, 422, doc)
        self.assertEqual(doc["error"]["code"], "rules_invalid")
        # The refused pack changed nothing.
        self.assertEqual(self.summarize_ok(self.text)["headline"], before)
        status, doc = self.request("/reload", "[1]", "application/json")
        self.assertEqual(status, 400)

    def test_5_metrics(self):
        self.summarize_ok(self.text)
        status, text = self.request("/metrics")
        self.assertEqual(status, 200)
        count = re.search(r'^precis_http_requests_total\{endpoint="/summarize",status="200"\} '
                          r'(\d+)$', text, re.M)
        self.assertIsNotNone(count, text)
        self.assertGreaterEqual(int(count.group(1)), 1)
        self.assertRegex(text, r'(?m)^precis_http_requests_total\{endpoint="other",'
                               r'status="404"\} [1-9]')
        self.assertRegex(text, r'(?m)^precis_http_request_duration_seconds_bucket\{'
                               r'endpoint="/summarize",le="\+Inf"\} [1-9]')
        # Refused before routing (over --max-body): counted, with no made-up latency.
        self.assertRegex(text, r'(?m)^precis_http_requests_total\{endpoint="/summarize",'
                               r'status="413"\} 1$')
        total = re.search(r'(?m)^precis_http_request_duration_seconds_sum\{endpoint="/summarize"\} '
                          r'(\S+)$', text)
        self.assertLess(float(total.group(1)), 60.0)
        self.assertRegex(text, r'(?m)^precis_rule_reloads_total\{outcome="refused"\} 1$')
        info = re.search(r'(?m)^precis_rules_info\{pack="([^"]*)",version="[^"]*",'
                         r'digest="([^"]+)",library="[^"]+"\} 1$', text)
        self.assertIsNotNone(info, text)
        _, health = self.request("/health")
        self.assertEqual(info.group(2), health["rules"]["digest"])

    def reloads_accepted(self):
        _, text = self.request("/metrics")
        found = re.search(r'(?m)^precis_rule_reloads_total\{outcome="accepted"\} (\d+)$', text)
        return int(found.group(1)) if found else 0

    def test_6_sighup_reloads(self):
        before = self.reloads_accepted()
        self.server.send_signal(signal.SIGHUP)
        for _ in range(100):  # the reload runs on the service's signal thread
            if self.reloads_accepted() > before:
                return
            time.sleep(0.1)
        self.fail("SIGHUP did not reload the rules")

    def test_7_stops_on_sigterm(self):
        self.server.send_signal(signal.SIGTERM)
        self.assertEqual(self.server.wait(timeout=15), 0)


if __name__ == "__main__":
    unittest.main()
