#!/usr/bin/env bash
# check-package.sh DEB: installs the Debian package with apt into a clean Debian 13 root, runs a snapshot, a PDF
# export and a window screenshot there and checks them (kept in check/ next to the package), then purges the package
# and checks that none of its files is left.
# Run by `./atlas package --check` (inside the build root there); needs root for debootstrap, mounts and chroot.
# The clean root is debootstrapped once into the cache and copied for each run, so every run starts from minbase.
set -euo pipefail

if [ $# != 1 ] || [ ! -f "$1" ]; then echo "usage: $0 PACKAGE.deb" >&2; exit 64; fi
deb="$(realpath "$1")"
repo="$(cd "$(dirname "$0")/../.." && pwd -P)"
# shellcheck disable=SC1091  # ./atlas defines the mirror and debootstrap functions; sourcing it runs nothing
source "$repo/atlas"
[ "$(id -u)" = 0 ] || die "the package check needs root (debootstrap, mounts, chroot)"

pristine="$CACHE_DIR/debian13-clean"
archives="$CACHE_DIR/debian13-clean-apt" # downloaded .debs, kept between runs
mirror="$(debian_mirror)"
if [ ! -x "$pristine/usr/bin/apt-get" ]; then
    note "creating the clean Debian 13 root in $pristine (mirror $mirror), once"
    bootstrap_minbase "$pristine" "$mirror"
fi
work="$(mktemp -d "$CACHE_DIR/package-check.XXXXXX")"
out="$(dirname "$deb")/check" # what the clean root made, kept for a look: snapshot.png, monterrey.pdf, files
rm -rf "$out"
mkdir -p "$out"
trap 'rm -rf "$work"' EXIT
cp -a "$pristine/." "$work/"
root_sources_list "$mirror" >"$work/etc/apt/sources.list"
mkdir -p "$archives" "$work/check"
cp "$deb" "$work/check/"

# Everything that mounts runs in a mount namespace of its own: the mounts vanish with it, before the copy is removed.
# Inside the build root the namespace ./atlas made is private already, and / there is no mount point that could be
# made private again (unshare refuses), so the new one inherits that.
propagation=private
if [ "${ATLAS_IN_ROOT:-0}" = 1 ]; then propagation=unchanged; fi
# shellcheck disable=SC2016  # the inner script expands its own variables
unshare --mount --propagation "$propagation" -- /bin/bash -euo pipefail -c '
    work="$1" archives="$2" pkg="/check/$(basename "$3")"
    mount --rbind /proc "$work/proc"; mount --rbind /dev "$work/dev"; mount --rbind /sys "$work/sys"
    mount --bind "$archives" "$work/var/cache/apt/archives"
    cp -L /etc/resolv.conf "$work/etc/resolv.conf" 2>/dev/null || true
    in_work() { chroot "$work" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
    in_work apt-get update -qq
    # No recommends: the Depends line alone has to be enough to run.
    in_work env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >"$work/check/apt.log" 2>&1 ||
        { tail -n 30 "$work/check/apt.log" >&2; exit 1; }
    # The files the package owns (not the directories it shares with others), to look for after the purge.
    in_work dpkg-query -L nearshore-atlas | while IFS= read -r f; do
        if [ -f "$work$f" ] || [ -L "$work$f" ]; then printf "%s\n" "$f"; fi
    done >"$work/check/files"
    in_work nearshore-atlas --version
    in_work nearshore-atlas --snapshot /check/snapshot.png --size 1280x720
    in_work nearshore-atlas export --hub Monterrey --size 1920x1080 --out /check/monterrey.pdf --title "Monterrey"
    # The whole window, offscreen: loads every QML module and plugin the Depends line names by hand.
    in_work nearshore-atlas --screenshot /check/window.png --size 1366x768 --screen about
    in_work env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq nearshore-atlas >>"$work/check/apt.log"
    if in_work dpkg-query -W -f="\${Status}\n" nearshore-atlas 2>/dev/null | grep -qx "install ok installed"; then
        echo "nearshore-atlas is still installed after the purge" >&2; exit 1
    fi
' check-package "$work" "$archives" "$deb"

cp "$work/check/snapshot.png" "$work/check/window.png" "$work/check/monterrey.pdf" "$work/check/files" "$out/"
failed=0
fail() { echo "FAIL $*" >&2; failed=1; }
# What the package installed, by name: the program, the desktop entry, the metainfo, icons, licences.
for f in /usr/bin/nearshore-atlas /usr/share/applications/io.github.nearshoreatlas.NearshoreAtlas.desktop \
    /usr/share/metainfo/io.github.nearshoreatlas.NearshoreAtlas.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.nearshoreatlas.NearshoreAtlas.svg \
    /usr/share/icons/hicolor/16x16/apps/io.github.nearshoreatlas.NearshoreAtlas.png \
    /usr/share/icons/hicolor/512x512/apps/io.github.nearshoreatlas.NearshoreAtlas.png \
    /usr/share/doc/nearshore-atlas/copyright /usr/share/doc/nearshore-atlas/LICENSE; do
    grep -qx "$f" "$out/files" || fail "the package does not install $f"
done
# check_png FILE "W H": a PNG of the size asked for, and not one flat colour (something drew).
check_png() {
    local size colours
    if [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then fail "$1 is not a PNG"; return; fi
    pngtopnm "$1" >"$out/image.ppm"
    size="$(sed -n "2{p;q}" "$out/image.ppm")" # P6, then "width height"
    colours="$(ppmhist -noheader "$out/image.ppm" | wc -l)"
    rm -f "$out/image.ppm"
    [ "$size" = "$2" ] || fail "$1 is '$size', not $2"
    [ "$colours" -ge 50 ] || fail "$1 has only $colours colours: blank?"
}
check_png "$out/snapshot.png" "1280 720"
check_png "$out/window.png" "1366 768"
# The export: a one-page PDF whose text has the title and the source line.
pages="$(pdfinfo "$out/monterrey.pdf" | awk '/^Pages:/ { print $2 }')"
[ "$pages" = 1 ] || fail "monterrey.pdf has '$pages' pages, not 1"
text="$(pdftotext "$out/monterrey.pdf" - | tr '\n' ' ')"
case "$text" in *Monterrey*) ;; *) fail "monterrey.pdf does not show its title" ;; esac
case "$text" in *INEGI*) ;; *) fail "monterrey.pdf does not credit INEGI in its source line" ;; esac
# The purge left nothing of the package.
while IFS= read -r f; do
    if [ -e "$work$f" ] || [ -L "$work$f" ]; then fail "left after the purge: $f"; fi
done <"$out/files"
[ "$(wc -l <"$out/files")" -gt 10 ] || fail "dpkg listed only $(wc -l <"$out/files") files"

if [ "$failed" = 0 ]; then
    note "package check passed: installed with apt into a clean Debian 13 root, snapshot, window and PDF export checked," \
        "$(wc -l <"$out/files") files, none left after the purge"
fi
exit "$failed"
