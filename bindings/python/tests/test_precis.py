"""Tests of the Python host against the built library (PRECIS_LIBRARY).

Environment: PRECIS_SAMPLE (an article), PRECIS_RULES (the source of the default pack).
"""

import concurrent.futures
import os
import unittest

import precis

SAMPLE = os.environ.get("PRECIS_SAMPLE", "data/sample.txt")
RULES = os.environ.get("PRECIS_RULES", "rules/packs/fr-news")
# A copy of the default pack with one YAML file broken (tests/hosts/broken_pack.cmake).
BROKEN = os.environ.get("PRECIS_BROKEN_RULES", "build/release/tests/broken-pack")


def read_sample():
    with open(SAMPLE, encoding="utf-8") as f:
        return f.read()


class LibraryTest(unittest.TestCase):
    def test_version_is_semantic(self):
        parts = precis.version().split(".")
        self.assertEqual(len(parts), 3)
        self.assertTrue(all(p.isdigit() for p in parts))
        self.assertGreaterEqual(precis.abi_version(), 1)

    def test_rules_check_reports_problems(self):
        document = precis.rules_check(BROKEN)
        self.assertEqual(document["status"], "error")
        self.assertEqual(document["error"]["code"], "rules_invalid")


class EngineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = precis.Engine()
        cls.text = read_sample()

    @classmethod
    def tearDownClass(cls):
        cls.engine.close()

    def test_summarize_gives_both_headlines(self):
        result = self.engine.summarize(self.text)
        self.assertEqual(result["schema"], 1)
        self.assertEqual(result["status"], "ok")
        self.assertTrue(result["headline"]["fr"].strip())
        self.assertTrue(result["headline"]["en"].strip())
        self.assertIsInstance(result["summary"]["fr"], list)

    def test_summarize_accepts_options(self):
        result = self.engine.summarize(self.text, date="2025-10-23", trace=False)
        self.assertEqual(result["status"], "ok")

    def test_invalid_utf8_raises_with_document(self):
        with self.assertRaises(precis.PrecisError) as caught:
            self.engine.summarize(b"Le ministre \xff a d\xe9clar\xe9.")
        self.assertEqual(caught.exception.code, "invalid_utf8")
        self.assertEqual(caught.exception.document["status"], "error")

    def test_parse_gives_sentences(self):
        result = self.engine.parse(self.text)
        self.assertEqual(result["status"], "ok")
        self.assertGreater(len(result["sentences"]), 0)

    def test_engine_from_a_pack_directory(self):
        with precis.Engine(rules=RULES) as engine:
            self.assertEqual(engine.summarize(self.text)["status"], "ok")

    def test_bad_pack_refused_at_creation(self):
        with self.assertRaises(precis.PrecisError) as caught:
            precis.Engine(rules=BROKEN)
        self.assertEqual(caught.exception.code, "rules_invalid")

    def test_reload_keeps_previous_rules_on_bad_pack(self):
        with precis.Engine() as engine:
            before = engine.summarize(self.text)["headline"]
            good = engine.reload(RULES)
            self.assertEqual(good["status"], "ok")
            refused = engine.reload(BROKEN)
            self.assertEqual(refused["status"], "error")
            self.assertEqual(refused["error"]["code"], "rules_invalid")
            self.assertEqual(engine.summarize(self.text)["headline"], before)

    def test_logger_receives_the_refused_pack_warning(self):
        received = []
        with precis.Engine() as engine:
            engine.set_logger(lambda level, message: received.append((level, message)), 3)
            engine.reload(BROKEN)
            logged = len(received)
            engine.set_logger(None)
            engine.reload(BROKEN)  # no callback any more: nothing added
        self.assertGreaterEqual(logged, 1)
        self.assertEqual(len(received), logged)
        self.assertTrue(all(level >= 3 and message for level, message in received), received)

    def test_closed_engine_refuses_calls(self):
        engine = precis.Engine()
        engine.close()
        with self.assertRaises(ValueError):
            engine.summarize(self.text)


class ThreadsTest(unittest.TestCase):
    def test_many_threads_share_one_engine(self):
        text = read_sample()
        paragraphs = [p for p in text.split("\n") if p.strip()]
        # Distinct inputs, so that a result handed to the wrong thread would show.
        inputs = ["\n".join(paragraphs[: i + 1]) for i in range(len(paragraphs))] * 4
        with precis.Engine() as engine:
            expected = [engine.summarize(t)["headline"] for t in inputs]
            with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
                got = list(pool.map(lambda t: engine.summarize(t)["headline"], inputs))
                # A reload running among the summaries must not disturb them.
                reloads = [pool.submit(engine.reload, RULES) for _ in range(2)]
                self.assertTrue(all(r.result()["status"] == "ok" for r in reloads))
        self.assertEqual(got, expected)


if __name__ == "__main__":
    unittest.main()
