#!/usr/bin/env bash
# Tests of ./atlas itself: lint, and how it reads the Debian mirror from apt sources in both formats.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd -P)"
passed=0
failed=0
check() { # check NAME EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"
    fi
}

if command -v shellcheck >/dev/null 2>&1; then
    check "shellcheck atlas, the geodata and the test scripts" "" \
        "$(shellcheck "$repo/atlas" "$repo/.ci/run" "$repo"/geodata/tools/*.sh "$repo"/docs/*.sh "$repo"/resources/tools/*.sh "$repo"/tests/fuzz/*.sh "$repo"/tests/package/*.sh "$repo"/tests/desktop/*.sh "$0" 2>&1)"
fi

# shellcheck disable=SC1091  # followed at run time; linted on its own above
source "$repo/atlas"
set +e # atlas runs with errexit; these checks must go on after a failure
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
apt_source_files() { printf '%s\n' "$work"/*; }

# One-line format with options, a comment, and a security line.
cat >"$work/one.list" <<'LIST'
# deb http://commented.invalid/debian bookworm main
deb [arch=amd64 signed-by=/usr/share/keyrings/k.gpg] http://mirror.invalid/debian bookworm main contrib
deb http://mirror.invalid/debian-security bookworm-security main
deb-src http://source.invalid/debian bookworm main
LIST
check "one-line archive" "http://mirror.invalid/debian" "$(host_debian_uris main | head -n 1)"
check "one-line security" "http://mirror.invalid/debian-security" "$(host_debian_uris security | head -n 1)"

# deb822 format, two stanzas, trailing slash.
rm "$work/one.list"
cat >"$work/debian.sources" <<'SOURCES'
Types: deb
URIs: http://deb822.invalid/debian/
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb822.invalid/debian-security
Suites: bookworm-security
Components: main
SOURCES
check "deb822 archive" "http://deb822.invalid/debian" "$(host_debian_uris main | head -n 1)"
check "deb822 security" "http://deb822.invalid/debian-security" "$(host_debian_uris security | head -n 1)"

# The environment variable wins over the host's sources.
check "override" "http://override.invalid/debian" "$(ATLAS_DEBIAN_MIRROR=http://override.invalid/debian/ debian_mirror)"

# No Debian archive at all: a clear error, not a guess.
rm "$work/debian.sources"
printf 'deb http://ppa.invalid/ubuntu noble main\n' >"$work/ubuntu.list"
message="$( (debian_mirror) 2>&1)"
check "no Debian mirror is an error" "1" "$(grep -c 'ATLAS_DEBIAN_MIRROR' <<<"$message")"

# The package list: comments and blank lines are dropped, one name per line.
check "build-deps has Qt Location" "1" "$(deps_list | grep -cx 'qt6-location-dev')"
check "build-deps has no comments" "0" "$(deps_list | grep -c '#')"

printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" = 0 ]
