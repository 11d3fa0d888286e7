#!/usr/bin/env python3
"""Checks every YAML file of a rule pack against the JSON Schema its first line names
("# yaml-language-server: $schema=PATH", relative to the file), as an editor does.

Prints "file: path/in/document: message" for each problem and exits 1 when there is any, or
when a file names no schema or a schema outside the pack. Needs python3-yaml and
python3-jsonschema (Debian packages).

Usage: check_schemas.py PACK_DIR
"""
import json, os, re, sys

import jsonschema
import yaml

MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$")


def check_file(pack, path, problems):
    rel = os.path.relpath(path, pack)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = MODELINE.match(text.split("\n", 1)[0])
    if not m:
        problems.append(f"{rel}: the first line must name the schema "
                        "(# yaml-language-server: $schema=...)")
        return
    schema_path = os.path.realpath(os.path.join(os.path.dirname(path), m.group(1)))
    if not schema_path.startswith(os.path.realpath(pack) + os.sep) or not os.path.isfile(schema_path):
        problems.append(f"{rel}: schema {m.group(1)} is not a file of the pack")
        return
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    document = yaml.safe_load(text)
    errors = jsonschema.Draft7Validator(schema).iter_errors(document)
    for e in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
        where = "/".join(str(p) for p in e.absolute_path) or "(top)"
        problems.append(f"{rel}: {where}: {e.message}")


def main():
    pack = sys.argv[1]
    problems, checked = [], 0
    for root, dirs, files in os.walk(pack):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".yaml", ".yml")):
                check_file(pack, os.path.join(root, name), problems)
                checked += 1
    for p in problems:
        print(p)
    print(f"{checked} files checked, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems or checked == 0 else 0)


if __name__ == "__main__":
    main()
