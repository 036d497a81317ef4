#!/usr/bin/env bash
# Rasterizes packaging/icon.svg into the PNGs, .ico and .icns the three platforms want. Needs ImageMagick and python3.
# The results are committed, so a normal build does not need this script; run it after changing icon.svg.
set -euo pipefail
cd "$(dirname "$0")"
CONVERT=${CONVERT:-convert}

render() { # size output
  "$CONVERT" -background none -density 384 icon.svg -resize "$1x$1" -strip "PNG32:$2"
}

for size in 16 24 32 48 64 128 256 512; do
  render "$size" "linux/icons/chamberlain-$size.png"
done
cp linux/icons/chamberlain-256.png ../src/main/resources/org/oscc/chamberlain/app/icon-256.png

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256; do render "$size" "$tmp/$size.png"; done
"$CONVERT" "$tmp"/16.png "$tmp"/24.png "$tmp"/32.png "$tmp"/48.png "$tmp"/64.png "$tmp"/128.png "$tmp"/256.png \
  windows/chamberlain.ico

for size in 512 1024; do render "$size" "$tmp/$size.png"; done
python3 make-icns.py macos/chamberlain.icns \
  ic11="$tmp/32.png" ic12="$tmp/64.png" ic07="$tmp/128.png" ic13="$tmp/256.png" \
  ic08="$tmp/256.png" ic14="$tmp/512.png" ic09="$tmp/512.png" ic10="$tmp/1024.png"
