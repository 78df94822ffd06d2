#!/bin/sh
# Vendor the web page's third-party assets into src/sitrep/web/static/vendor/, with their licences.
# Run by a maintainer when upgrading; users and CI never fetch anything (the files are committed).
# Needs npm; fetches exact versions from the npm registry into a temporary folder.
set -eu

LEAFLET=1.9.4
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0
SWAGGER_UI=5.35.0

here=$(cd "$(dirname "$0")/.." && pwd)
dest="$here/src/sitrep/web/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
  "leaflet@$LEAFLET" "world-atlas@$WORLD_ATLAS" "topojson-client@$TOPOJSON_CLIENT" "swagger-ui-dist@$SWAGGER_UI" >/dev/null
m="$work/node_modules"

rm -rf "$dest"
mkdir -p "$dest/leaflet/images" "$dest/world-atlas" "$dest/topojson-client" "$dest/swagger-ui"
cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$m/leaflet/LICENSE" "$dest/leaflet/"
cp "$m/leaflet/dist/images/"*.png "$dest/leaflet/images/"
# 1:50m country outlines: detailed enough for a region, small enough to load at once (~740 KB).
cp "$m/world-atlas/countries-50m.json" "$m/world-atlas/LICENSE" "$dest/world-atlas/"
cp "$m/topojson-client/dist/topojson-client.min.js" "$m/topojson-client/LICENSE" "$dest/topojson-client/"
cp "$m/swagger-ui-dist/swagger-ui-bundle.js" "$m/swagger-ui-dist/swagger-ui.css" \
   "$m/swagger-ui-dist/LICENSE" "$m/swagger-ui-dist/NOTICE" "$dest/swagger-ui/"
# Drop the source-map reference: the map file is not shipped.
sed -i '/^\/\/# sourceMappingURL=/d' "$dest/swagger-ui/swagger-ui-bundle.js" "$dest/leaflet/leaflet.js"

cat > "$dest/CREDITS.md" <<CREDITS
# Vendored web assets

Copied unmodified (except removed source-map comments) from the npm registry by
\`scripts/vendor_web_assets.sh\`; each folder keeps its package's licence file.

| folder | npm package | version | licence |
|---|---|---|---|
| leaflet/ | leaflet (dist/leaflet.js, leaflet.css, images) | $LEAFLET | BSD-2-Clause |
| world-atlas/ | world-atlas (countries-50m.json; Natural Earth data, public domain) | $WORLD_ATLAS | ISC |
| topojson-client/ | topojson-client (dist/topojson-client.min.js) | $TOPOJSON_CLIENT | ISC |
| swagger-ui/ | swagger-ui-dist (swagger-ui-bundle.js, swagger-ui.css) | $SWAGGER_UI | Apache-2.0 |
CREDITS
echo "vendored into $dest"
