#!/usr/bin/env python3
"""Prints facts about a PNG screenshot as JSON, with the standard library only (no PIL):
width, height, how many distinct colours, the share of the most common colour, and how many
pixels are within 12 of each colour given as RRGGBB on the command line.

Usage: png_stats.py FILE.png [RRGGBB ...]
"""
import json, struct, sys, zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("not a PNG: " + path)
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise SystemExit("unsupported PNG layout (depth %d, colour %d)" % (depth, colour))
    channels = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def main():
    width, height, channels, rows = read_png(sys.argv[1])
    wanted = [tuple(int(h[i:i + 2], 16) for i in (0, 2, 4)) for h in sys.argv[2:]]
    counts, near = {}, {h: 0 for h in sys.argv[2:]}
    for row in rows:
        for x in range(0, len(row), channels):
            px = row[x:x + 3]
            counts[px] = counts.get(px, 0) + 1
    for px, n in counts.items():
        for h, w in zip(sys.argv[2:], wanted):
            if all(abs(px[i] - w[i]) <= 12 for i in range(3)):
                near[h] += n
    print(json.dumps({"width": width, "height": height, "distinct": len(counts),
                      "dominant_share": max(counts.values()) / (width * height),
                      "near": near}))


if __name__ == "__main__":
    main()
