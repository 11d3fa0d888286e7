#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds the example host against it twice:
# through find_package(precis) (sdk/examples) and through pkg-config, and runs both.
# usage: install_consumer.sh BUILD_DIR SOURCE_DIR SAMPLE
set -euo pipefail
build=$1 source=$2 sample=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
libdir=$(dirname "$(find "$work/prefix" -name 'libprecis.so.0' -print -quit)")
[[ -n $libdir && -e $libdir/libprecis.so ]] || { echo "FAIL: libprecis.so(.0) not installed"; exit 1; }
soname=$(readelf -d "$libdir/libprecis.so.0" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[[ $soname == libprecis.so.0 ]] || { echo "FAIL: SONAME is '$soname'"; exit 1; }
for f in precis/precis.h precis/precis.hpp precis/version.h; do
    [[ -f $work/prefix/include/$f ]] || { echo "FAIL: include/$f not installed"; exit 1; }
done

check_result() {  # the output of one example run must be an ok document with two headlines
    python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["status"] == "ok", d
assert d["headline"]["fr"].strip() and d["headline"]["en"].strip(), d["headline"]
print("headline:", d["headline"]["fr"], "|", d["headline"]["en"])' "$1"
}

echo "== find_package(precis)"
cmake -S "$source/sdk/examples" -B "$work/example" -DCMAKE_PREFIX_PATH="$work/prefix" \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/example" >/dev/null
"$work/example/precis_example" "$sample" >"$work/cmake.json"
check_result "$work/cmake.json"

echo "== pkg-config precis"
export PKG_CONFIG_PATH=$libdir/pkgconfig
flags=$(pkg-config --cflags --libs precis)
# shellcheck disable=SC2086  # the flags are a list
cc -std=c11 -Wall -Wextra -Werror -o "$work/example_pc" "$source/sdk/examples/example.c" \
    $flags -Wl,-rpath,"$libdir"
[[ $(pkg-config --modversion precis) == "$("$work/example_pc" /dev/null 2>&1 >/dev/null \
    | sed -n 's/^libprecis \([^,]*\),.*/\1/p')" ]] || { echo "FAIL: pkg-config version"; exit 1; }
"$work/example_pc" <"$sample" >"$work/pc.json"
check_result "$work/pc.json"
if command -v php >/dev/null; then
    echo "== PHP class from share/precis/php, header from include/"
    # shellcheck disable=SC2016  # PHP code: its $ are PHP's
    PRECIS_LIBRARY=$libdir/libprecis.so.0 php -n -d extension=ffi -d ffi.enable=true -r '
        require $argv[1];
        $doc = (new Precis\Engine())->summarize(file_get_contents($argv[2]));
        file_put_contents($argv[3], json_encode($doc));' \
        "$work/prefix/share/precis/php/src/Engine.php" "$sample" "$work/php.json"
    check_result "$work/php.json"
fi
echo "install_consumer: ok"
