#!/usr/bin/env python3
"""Packs rendered PNGs into parallax.ico (Windows) and parallax.icns (macOS).

Both formats may hold PNG images directly (ICO since Windows Vista, ICNS
since macOS 10.7), so no image library is needed: this only writes headers.
Usage: pack-icons.py PNG_DIR OUT_DIR  (PNG_DIR holds parallax-<size>.png)
"""
import struct
import sys
from pathlib import Path

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS element types holding PNG data, and the pixel size each expects.
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
              (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32),
              (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]


def png(png_dir: Path, size: int) -> bytes:
    data = (png_dir / f"parallax-{size}.png").read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    if data[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
        sys.exit(f"parallax-{size}.png is not a {size}x{size} PNG")
    return data


def write_ico(png_dir: Path, out: Path) -> None:
    images = [png(png_dir, s) for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    out.write_bytes(header + entries + b"".join(images))


def write_icns(png_dir: Path, out: Path) -> None:
    body = b""
    for kind, size in ICNS_TYPES:
        data = png(png_dir, size)
        body += kind + struct.pack(">I", len(data) + 8) + data
    out.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    png_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    write_ico(png_dir, out_dir / "parallax.ico")
    write_icns(png_dir, out_dir / "parallax.icns")
