#!/usr/bin/env bash
# End-to-end: the WordPress plugin on a throwaway site, everything on this machine.
#   tests/e2e/wordpress.sh [BUILD_DIR] [OUT_DIR]
# Debian packages: tests/e2e/packages.txt. CTest runs it with -DPRECIS_E2E_WORDPRESS=ON.
# Steps: MariaDB on a private socket; a copy of Debian's WordPress served by `php -S` with the
# library's declarations preloaded (ffi.preload, as under PHP-FPM); install; activate the
# plugin; a French post saved through FFI and another through `precis serve` (FFI off); their
# stored headlines checked against the library; summarize-all; then headless Chromium opens the
# editor, its DOM is checked for the side panel and a screenshot is kept in OUT_DIR.
# Exit 0 when every check passes; prints each step's duration.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build/release}" && pwd)
out=${2:-$build/e2e/wordpress}
mkdir -p "$out"
started=$(date +%s.%N)
step() { awk -v t0="$started" -v t1="$(date +%s.%N)" -v m="$*" 'BEGIN{printf "[%6.1fs] %s\n", t1-t0, m}'; }
fail() { echo "FAIL: $*"; exit 1; }

for tool in mariadbd mariadb-install-db php chromium python3 curl; do
    command -v "$tool" >/dev/null || fail "$tool missing (packages: tests/e2e/packages.txt)"
done
[[ -d /usr/share/wordpress ]] || fail "Debian's wordpress package is not installed"
lib=$build/lib/libprecis.so
cli=$build/bin/precis
ffi_header=$build/bindings/php/precis.ffi.h
[[ -e $lib && -x $cli && -f $ffi_header ]] || fail "build $build first (libprecis.so, precis, precis.ffi.h)"

work=$(mktemp -d /tmp/precis-wp-e2e.XXXXXX)
pids=()
cleanup() {
    # php -S with workers forks children that outlive their parent: stop them first.
    for pid in "${pids[@]}"; do pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() {  # wait_for DESCRIPTION COMMAND...: up to 30 s
    for _ in $(seq 300); do "${@:2}" >/dev/null 2>&1 && return 0; sleep 0.1; done
    fail "$1 did not come up"
}

step "MariaDB on a private socket"
sock=$work/mysql.sock
mariadb-install-db --no-defaults --datadir="$work/db" --user=root \
    --auth-root-authentication-method=normal --skip-test-db >"$work/db-install.log" 2>&1
mariadbd --no-defaults --datadir="$work/db" --socket="$sock" --skip-networking --user=root \
    --pid-file="$work/db.pid" --log-error="$work/db.err" &
pids+=($!)
wait_for MariaDB mariadb --no-defaults --socket="$sock" -uroot -e 'select 1'
mariadb --no-defaults --socket="$sock" -uroot -e "CREATE DATABASE wordpress;
    CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp';
    GRANT ALL ON wordpress.* TO 'wp'@'localhost';"

step "WordPress site (a copy of /usr/share/wordpress) with the plugin"
site=$work/site
mkdir -p "$site"
tar -C /usr/share/wordpress --exclude=./wp-content/languages --exclude=./wp-config.php -cf - . \
    | tar -C "$site" -xf -
cp -r "$root/bindings/wordpress/precis" "$site/wp-content/plugins/precis"
mkdir -p "$site/wp-content/mu-plugins"
cp "$here/wordpress/e2e-login.php" "$site/wp-content/mu-plugins/"
port=$(free_port)
serve_port=$(free_port)
url=http://127.0.0.1:$port
token=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
cat >"$site/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
define('DISABLE_WP_CRON', true);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT',
          'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$k) { define(\$k, '$token' . \$k); }
define('PRECIS_PHP_CLASS', '$root/bindings/php/src/Engine.php');
define('PRECIS_SERVICE_URL', 'http://127.0.0.1:$serve_port');
define('PRECIS_E2E_TOKEN', '$token');
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
PHP

# PHP as PHP-FPM would run it: FFI for preloaded declarations only.
php_ffi=(php -d ffi.enable=preload -d "ffi.preload=$ffi_header" -d memory_limit=512M)
php_no_ffi=(php -d ffi.enable=false)
export PRECIS_E2E_URL=$url

step "precis serve on 127.0.0.1:$serve_port (the plugin's fallback)"
"$cli" serve --port "$serve_port" >"$work/serve.log" 2>&1 &
pids+=($!)
wait_for "precis serve" curl -sf "http://127.0.0.1:$serve_port/health"

step "php -S $url"
PHP_CLI_SERVER_WORKERS=4 "${php_ffi[@]}" -S "127.0.0.1:$port" -t "$site" >"$work/php-server.log" 2>&1 &
pids+=($!)
wait_for "php -S" curl -s -o /dev/null "$url/wp-includes/version.php"

step "install WordPress, activate the plugin"
# (wp_install's welcome mail finds no sendmail: its complaint goes to the log.)
"${php_ffi[@]}" "$here/wordpress/site.php" "$site" install >"$work/install.json" 2>"$work/install.log"
python3 - "$work/install.json" <<'PY' || fail "plugin not active"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["activated"] and "precis/precis.php" in d["active"], d
PY

# The post is the bundled sample; the expected headline is the library's own on the same text.
text=$work/article.txt
grep -v '^[[:space:]]*$' "$root/data/sample.txt" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' >"$text"
"$cli" summarize "$text" --date 2025-10-23 >"$work/expected.json"

check_post() {  # check_post POST_ID BACKEND
    "${php_ffi[@]}" "$here/wordpress/site.php" "$site" meta "$1" >"$work/meta-$1.json"
    python3 - "$work/meta-$1.json" "$work/expected.json" "$text" "$2" <<'PY'
import json, sys
meta, expected = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
text, backend = open(sys.argv[3], encoding="utf-8").read().strip(), sys.argv[4]
assert meta["error"] == "", meta["error"]
assert meta["backend"] == backend, (meta["backend"], backend)
assert meta["text"] == text, "post text differs from the article"
assert meta["headline_fr"].strip(), "empty French headline"
assert meta["headline_fr"] == expected["headline"]["fr"], (meta["headline_fr"], expected["headline"]["fr"])
assert meta["headline_en"] == expected["headline"]["en"], (meta["headline_en"], expected["headline"]["en"])
assert json.loads(meta["summary_fr"]) == expected["summary"]["fr"]
assert meta["rules"] == expected["rules"]["digest"]
print("  stored:", meta["backend"], "|", meta["headline_fr"], "|", meta["headline_en"])
PY
}

step "French post saved with FFI"
ffi_post=$("${php_ffi[@]}" "$here/wordpress/site.php" "$site" create-post \
    "Belgique-Maroc : un partenariat renforcé" "$text" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
check_post "$ffi_post" ffi || fail "post $ffi_post (FFI)"

step "French post saved without FFI: through precis serve"
http_post=$("${php_no_ffi[@]}" "$here/wordpress/site.php" "$site" create-post \
    "Belgique-Maroc (service)" "$text" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
check_post "$http_post" http || fail "post $http_post (HTTP)"

step "the classic editor's meta box shows the stored headline"
"${php_ffi[@]}" "$here/wordpress/site.php" "$site" meta-box "$http_post" >"$work/meta-box.json"
python3 - "$work/meta-box.json" "$work/meta-$http_post.json" <<'PY' || fail "meta box"
import html, json, sys
box, meta = json.load(open(sys.argv[1]))["html"], json.load(open(sys.argv[2]))
assert 'class="precis-headline-fr"' in box, box
assert html.escape(meta["headline_fr"]) in box, (box, meta["headline_fr"])
assert "http" in box, "the backend is not shown"
PY

step "summarize-all fills a post whose summary was removed"
"${php_ffi[@]}" "$here/wordpress/site.php" "$site" clear-meta "$ffi_post" >/dev/null
"${php_ffi[@]}" "$here/wordpress/site.php" "$site" summarize-all >"$work/all.json"
# Done: the cleared post and WordPress's own "Hello world!" (older than the plugin); skipped: the
# post saved through the service.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d=={"done":2,"skipped":1,"failed":0}, d' \
    "$work/all.json" || fail "summarize-all: $(cat "$work/all.json")"
check_post "$ffi_post" ffi || fail "post $ffi_post after summarize-all"

step "an edit saved through the REST API (as the block editor saves) returns the new summary"
sed -n "2,4p" "$text" >"$work/edited.txt"  # the article without its first paragraph
"$cli" summarize "$work/edited.txt" --date 2025-10-23 >"$work/edited-expected.json"
"${php_ffi[@]}" "$here/wordpress/site.php" "$site" rest-update "$http_post" "$work/edited.txt" \
    >"$work/rest.json"
python3 - "$work/rest.json" "$work/edited-expected.json" <<'PY' || fail "REST save"
import json, sys
answer, expected = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert answer["status"] == 200, answer
meta = answer["meta"]
assert meta["_precis_headline_fr"] == expected["headline"]["fr"], (meta, expected["headline"])
# This post was last summarised through the service; "ffi" proves this save recomputed it.
assert meta["_precis_backend"] == "ffi", meta["_precis_backend"]
print("  REST answer carries:", meta["_precis_headline_fr"])
PY

step "headless Chromium: the editor's side panel"
editor="$url/?precis_e2e_login=$token&to=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "post.php?post=$ffi_post&action=edit")"
# shellcheck disable=SC2054  # the comma belongs to --window-size
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir="$work/chromium" --window-size=1440,1100 --virtual-time-budget=20000)
"${chrome[@]}" --dump-dom "$editor" >"$work/editor.html" 2>"$work/chromium.log"
python3 - "$work/editor.html" "$work/meta-$ffi_post.json" <<'PY' || fail "editor page lacks the panel"
import html, json, re, sys
page, meta = open(sys.argv[1], encoding="utf-8").read(), json.load(open(sys.argv[2]))
# The block editor's panel (assets/editor-panel.js), rendered by the browser from the REST data.
assert 'precis-panel' in page, "no precis panel"
shown = re.search(r'class="precis-headline-fr"><strong>(.*?)</strong>', page)
assert shown, "no French headline in the panel"
assert html.unescape(shown.group(1)) == meta["headline_fr"], (shown.group(1), meta["headline_fr"])
print("  editor shows:", meta["headline_fr"])
PY
"${chrome[@]}" --screenshot="$out/editor.png" "$editor" >>"$work/chromium.log" 2>&1
[[ $(stat -c %s "$out/editor.png") -gt 20000 ]] || fail "screenshot missing or blank"
cp "$work/editor.html" "$out/editor.html"

step "done: screenshot $out/editor.png"
echo "wordpress e2e: 1 passed, 0 failed"
