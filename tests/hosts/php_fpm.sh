#!/usr/bin/env bash
# The PHP-FPM recipe of bindings/php/README.md, for real: php-fpm with ffi.enable=preload,
# ffi.preload (declarations) and opcache.preload (the class), one request sent with cgi-fcgi.
# The request summarises the sample through Precis\Engine and shows that its own code is still
# barred from FFI.
# usage: php_fpm.sh SOURCE_DIR FFI_PRELOAD_FILE SAMPLE
set -euo pipefail
source=$1 ffi_header=$2 sample=$3
fpm=$(command -v php-fpm8.2 || command -v php-fpm || true)
[[ -n $fpm ]] || { echo "FAIL: php-fpm missing (apt-get install php8.2-fpm)"; exit 1; }
command -v cgi-fcgi >/dev/null || { echo "FAIL: cgi-fcgi missing (apt-get install libfcgi-bin)"; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"
fpm_pid=
cleanup() {
    [[ -n $fpm_pid ]] && kill "$fpm_pid" 2>/dev/null && wait "$fpm_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/fpm.conf" <<CONF
[global]
error_log = $work/fpm.log
daemonize = no
[precis]
user = nobody
group = nogroup
listen = $work/fpm.sock
pm = static
pm.max_children = 1
CONF
cat >"$work/request.php" <<'PHP'
<?php
// Request code: not preloaded, so FFI itself is refused here; Precis\Engine (preloaded) works.
require_once $_SERVER['PRECIS_CLASS'];
$barred = false;
try {
    FFI::cdef('int abs(int);');
} catch (FFI\Exception $e) {
    $barred = true;
}
$doc = (new Precis\Engine())->summarize(file_get_contents($_SERVER['PRECIS_SAMPLE']));
header('Content-Type: application/json');
echo json_encode(['ffi_barred' => $barred, 'document' => $doc], JSON_UNESCAPED_UNICODE);
PHP
chmod 644 "$work/request.php"

# -n: only what the recipe says, nothing from the machine's php.ini.
"$fpm" -n -R -y "$work/fpm.conf" -d extension=ffi -d zend_extension=opcache \
    -d opcache.enable=1 -d ffi.enable=preload -d "ffi.preload=$ffi_header" \
    -d "opcache.preload=$source/bindings/php/preload.php" -d opcache.preload_user=nobody \
    2>"$work/fpm.err" &
fpm_pid=$!
for _ in $(seq 100); do [[ -S $work/fpm.sock ]] && break; sleep 0.1; done
[[ -S $work/fpm.sock ]] || { echo "FAIL: php-fpm did not start"; cat "$work/fpm.log"; exit 1; }

SCRIPT_FILENAME=$work/request.php REQUEST_METHOD=GET PRECIS_SAMPLE=$sample \
    PRECIS_CLASS=$source/bindings/php/src/Engine.php \
    cgi-fcgi -bind -connect "$work/fpm.sock" >"$work/response.txt"
python3 - "$work/response.txt" <<'PY' || { cat "$work/fpm.log" "$work/fpm.err"; exit 1; }
import json, re, sys
raw = open(sys.argv[1], encoding="utf-8", newline="").read()
body = re.split(r"\r?\n\r?\n", raw, maxsplit=1)[-1]
try:
    answer = json.loads(body)
except ValueError:
    sys.exit("FAIL: not a JSON answer:\n" + raw[:2000])
doc = answer["document"]
assert answer["ffi_barred"], "FAIL: request code could call FFI::cdef"
assert doc["status"] == "ok", doc
assert doc["headline"]["fr"].strip() and doc["headline"]["en"].strip(), doc["headline"]
print("php-fpm:", doc["headline"]["fr"], "|", doc["headline"]["en"])
PY
echo "php_fpm: 1 passed, 0 failed"
