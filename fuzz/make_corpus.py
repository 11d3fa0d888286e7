#!/usr/bin/env python3
"""Writes seed corpora for the fuzz targets from the dev articles and the default rule pack.

usage: make_corpus.py OUT_DIR [--corpus dev.jsonl] [--pack rules/packs/fr-news]
OUT_DIR/<target>/ receives one file per seed; the committed seeds in fuzz/seeds/ are added
by run.sh as a second corpus directory.
"""
import argparse
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def write(directory: pathlib.Path, data: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--corpus", default="/work/shared/corpus/dev.jsonl")
    ap.add_argument("--pack", type=pathlib.Path, default=HERE.parent / "rules/packs/fr-news")
    args = ap.parse_args()

    texts = []
    corpus = pathlib.Path(args.corpus)
    if corpus.exists():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])

    for i, text in enumerate(texts):
        raw = text.encode("utf-8")
        paragraphs = [p.encode("utf-8") for p in text.split("\n") if p.strip()]
        # fuzz_summarize: the first byte chooses summarize/parse and the options.
        write(args.out / "summarize", bytes([i % 6]) + raw)
        if paragraphs:
            write(args.out / "summarize", bytes([(i + 1) % 6]) + paragraphs[0])
        # fuzz_grammar: whole articles and single paragraphs (shorter inputs mutate faster).
        write(args.out / "grammar", raw)
        for p in paragraphs[:3]:
            write(args.out / "grammar", p)

    # fuzz_serve: the first byte picks raw request (0) or a POST /summarize with a content
    # type (1..3); bodies are articles as text and as {"text": ..., "options": ...}.
    for i, text in enumerate(texts[:100]):
        raw = text.encode("utf-8")
        body = json.dumps({"text": text, "options": {"date": "2025-10-23"}}).encode("utf-8")
        write(args.out / "serve", bytes([1 + i % 3]) + (body if i % 2 else raw[:2000]))
        request = (b"POST /summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        write(args.out / "serve", b"\0" + request)
    write(args.out / "serve", b"\0GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
    write(args.out / "serve", b"\0GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")

    # fuzz_rules_loader: path NUL content NUL ..., the whole pack, then each file alone with
    # pack.yaml, so that mutations reach every file kind.
    files = sorted(p for p in args.pack.rglob("*") if p.is_file())
    rel = {p.relative_to(args.pack).as_posix(): p.read_bytes() for p in files}

    def pack(names):
        return b"".join(n.encode() + b"\0" + rel[n] + b"\0" for n in names)

    write(args.out / "rules_loader", pack(sorted(rel)))
    for name in rel:
        if name != "pack.yaml" and "pack.yaml" in rel:
            write(args.out / "rules_loader", pack(["pack.yaml", name]))
    counts = {d.name: len(list(d.iterdir())) for d in args.out.iterdir() if d.is_dir()}
    print("seeds:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
