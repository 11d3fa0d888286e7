#!/usr/bin/env bash
# Builds the three .deb packages with CPack and checks what each one holds.
# usage: deb_packages.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >/dev/null)
fail=0
expect() {  # expect PACKAGE PATTERN: the package exists and lists a file matching PATTERN
    local deb
    deb=$(find "$work" -maxdepth 1 -name "$1_*.deb" -print -quit)
    if [[ -z $deb ]]; then echo "FAIL: no $1 package"; fail=1; return; fi
    if ! grep -Eq "$2" <<<"$(dpkg-deb -c "$deb")"; then echo "FAIL: $1 lacks $2"; fail=1; return; fi
    echo "ok: $1 has $2"
}
expect libprecis0 './usr/lib/.*libprecis\.so\.0\.'
expect libprecis0 './usr/lib/.*libprecis\.so\.0 -> '
expect libprecis-dev './usr/include/precis/precis\.h$'
expect libprecis-dev './usr/lib/.*libprecis\.so -> '
expect libprecis-dev './usr/lib/.*cmake/precis/precis-config\.cmake$'
expect libprecis-dev './usr/lib/.*pkgconfig/precis\.pc$'
expect libprecis-dev './usr/share/precis/php/precis\.ffi\.h$'
expect libprecis-dev './usr/share/precis/php/preload\.php$'
expect libprecis-dev './usr/share/precis/php/src/Engine\.php$'
expect precis-tools './usr/bin/precis$'
depends() { dpkg-deb -f "$(find "$work" -name "$1_*.deb" -print -quit)" Depends; }
if ! grep -q libstdc++6 <<<"$(depends libprecis0)"; then
    echo "FAIL: libprecis0 has no libstdc++6 dependency (dpkg-shlibdeps did not run)"; fail=1
fi
if ! grep -q libprecis0 <<<"$(depends precis-tools)"; then
    echo "FAIL: precis-tools does not depend on libprecis0"; fail=1
fi
exit $fail
