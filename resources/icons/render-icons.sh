#!/usr/bin/env bash
# Renders the application icon to the committed PNG sizes, .ico and .icns.
# Run after editing parallax.svg or parallax-16.svg, then commit the results;
# builds use the committed files, so no SVG renderer is needed to build.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p png
# 16 px has its own drawing on the pixel grid; the rest scale parallax.svg.
rsvg-convert -w 16 -h 16 parallax-16.svg -o png/parallax-16.png
for size in 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" parallax.svg -o "png/parallax-$size.png"
done
# 1024 px only goes into the .icns (512@2x); it is not installed on Linux.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp png/*.png "$scratch/"
rsvg-convert -w 1024 -h 1024 parallax.svg -o "$scratch/parallax-1024.png"
python3 pack-icons.py "$scratch" .
echo "rendered: $(ls png | tr '\n' ' ')parallax.ico parallax.icns"
