#!/usr/bin/env bash
# On a Mac: makes installer/icons/sitedesk.icns from the SVG with the system's own tools.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set_dir="$(mktemp -d)/sitedesk.iconset"
mkdir -p "$set_dir"
qlmanage -t -s 1024 -o "$set_dir" "$here/icons/sitedesk.svg" > /dev/null
for size in 16 32 128 256 512; do
    sips -z $size $size "$set_dir/sitedesk.svg.png" --out "$set_dir/icon_${size}x${size}.png" > /dev/null
    sips -z $((size * 2)) $((size * 2)) "$set_dir/sitedesk.svg.png" --out "$set_dir/icon_${size}x${size}@2x.png" > /dev/null
done
rm "$set_dir/sitedesk.svg.png"
iconutil -c icns "$set_dir" -o "$here/icons/sitedesk.icns"
