#!/usr/bin/env bash
# tst_window_xvfb.sh EXECUTABLE OUT_DIR: the program in a real X11 window, not offscreen. Starts it under Xvfb (no
# window manager; the screen is larger than the 1280x800 window because xwd grabs only what is on screen), waits for
# its window titled "… — Nearshore Atlas", grabs it with xwd and checks the grab is the window's size and not blank,
# and that the window has an icon.
# The grab is kept as OUT_DIR/window.png.
set -euo pipefail

app="$1" out="$2"
if [ -z "${ATLAS_IN_XVFB:-}" ]; then
    export ATLAS_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1600x1000x24" bash "$0" "$@"
fi
mkdir -p "$out"
rm -f "$out/window.png"
# A fresh home: no remembered window geometry, language or crash-recovery file changes what shows.
home="$(mktemp -d)"
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null; rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
unset WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb QT_QUICK_BACKEND=software LC_ALL=C.UTF-8 LANG=C.UTF-8

"$app" >"$out/app.log" 2>&1 &
pid=$!
window=""
for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { cat "$out/app.log" >&2; echo "FAIL the program exited before showing a window" >&2; exit 1; }
    # xwininfo lists: 0x1a00005 "Untitled — Nearshore Atlas": ("nearshore-atlas" "Nearshore Atlas")  1366x768+0+0 ...
    window="$(xwininfo -root -tree | grep -F -e '— Nearshore Atlas": (' | awk '{ print $1 }' | head -n 1)" || true
    [ -n "$window" ] && break
    sleep 0.5
done
[ -n "$window" ] || { xwininfo -root -tree >&2; echo "FAIL no window titled '… — Nearshore Atlas' within 30 s" >&2; exit 1; }
sleep 3 # the data layers render on a worker thread after the window shows

xwd -silent -id "$window" | xwdtopnm 2>/dev/null >"$out/window.ppm"
pnmtopng "$out/window.ppm" >"$out/window.png"
read -r width height < <(head -c 32 "$out/window.ppm" | sed -n 2p)
colours="$(ppmhist -noheader "$out/window.ppm" | wc -l)"
rm -f "$out/window.ppm"
echo "window $window: $(xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: [^ ]* //p'), ${width}x${height}, $colours colours"
if [ "$width" -lt 800 ] || [ "$height" -lt 500 ]; then echo "FAIL the window is only ${width}x${height}" >&2; exit 1; fi
[ "$colours" -ge 100 ] || { echo "FAIL the grab has only $colours colours: a blank window?" >&2; exit 1; }
# The window carries the application icon (main() sets it from the SVG; it needs Qt's SVG plugins).
# (xprop's answer goes through a file: a pipe that head closed early would fail under pipefail.)
xprop -id "$window" _NET_WM_ICON >"$out/icon.txt"
grep -q '^_NET_WM_ICON(CARDINAL) = .*Icon (16 x 16)' "$out/icon.txt" ||
    { cat "$out/icon.txt" >&2; echo "FAIL the window has no 16 px icon (_NET_WM_ICON)" >&2; exit 1; }
