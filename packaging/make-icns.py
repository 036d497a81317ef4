"""Writes a macOS .icns from PNG files (ImageMagick cannot write .icns): usage make-icns.py OUT TYPE=PNG..."""
import struct
import sys


def main(out, pairs):
    chunks = b""
    for pair in pairs:
        kind, path = pair.split("=", 1)
        with open(path, "rb") as f:
            data = f.read()
        # each entry: 4-byte type, 4-byte big-endian length including this 8-byte header, then the PNG itself
        chunks += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
