#!/usr/bin/env bash
# Regenerates the screenshots under docs/ from the current build: the default map as the snapshot command renders
# it, and the whole window at the two sizes planners use most. Run from anywhere: ./docs/make-screenshots.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd -P)"
cd "$repo"
./atlas build >/dev/null
./atlas run --no-build -- --snapshot "$repo/docs/default-map.png" --size 1920x1080
./atlas run --no-build -- --screenshot "$repo/docs/window-1920x1080.png" --size 1920x1080
./atlas run --no-build -- --screenshot "$repo/docs/window-1366x768.png" --size 1366x768
# The main screens, at the smaller of the two sizes (the harder one to keep readable).
for screen in risks table export style about; do
    ./atlas run --no-build -- --screenshot "$repo/docs/screen-$screen.png" --size 1366x768 --screen "$screen"
done
# Two hub slides as the deck makes them (map, fact box, legend band), in each language.
./atlas run --no-build -- export --hub "Ciudad Juárez" --size 1920x1080 --out "$repo/docs/slide-ciudad-juarez.png"
./atlas run --no-build -- export --hub Monterrey --size 1920x1080 --lang es --out "$repo/docs/slide-monterrey-es.png"
# docs/screen-database.png (the connection dialog listing tables) needs a PostGIS server: it was taken with the
# tests' server (tests/postgis/pg-server.sh start STATE), the dialog's last connection pointed at it and PGPASSWORD
# set, by --screenshot … --screen database, which lists the last database's tables.
echo "wrote docs/default-map.png, docs/window-*.png, docs/screen-{risks,table,export,style,about}.png and docs/slide-*.png"
