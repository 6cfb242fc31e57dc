#!/usr/bin/env bash
# Regenerates resources/colorbrewer.json from the npm package "colorbrewer" (Apache-2.0, the colour schemes of
# Cynthia Brewer's ColorBrewer 2.0). Needs node and npm; run from anywhere. The version is pinned below.
set -euo pipefail

readonly VERSION="1.7.0"
repo="$(cd "$(dirname "$0")/../.." && pwd -P)"
out="$repo/resources/colorbrewer.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "colorbrewer@$VERSION" >/dev/null && tar xzf "colorbrewer-$VERSION.tgz")

# Colour-blind safety as colorbrewer2.org's "colorblind safe" filter reports it: every sequential scheme, and these
# diverging ones. (The npm package carries the colours only.)
cd "$work/package"
node --input-type=module - "$VERSION" >"$out.tmp" <<'JS'
import brewer from './index.es.js';
const version = process.argv[2];
const safeDiverging = new Set(['BrBG', 'PiYG', 'PRGn', 'PuOr', 'RdBu', 'RdYlBu']);
const kinds = { sequential: 'sequential', singlehue: 'sequential', diverging: 'diverging', qualitative: 'qualitative' };
const schemes = {};
for (const [group, names] of Object.entries(brewer.schemeGroups)) {
  for (const name of names) {
    const colours = {};
    for (const [count, list] of Object.entries(brewer[name])) colours[count] = list;
    schemes[name] = {
      kind: kinds[group],
      colourblindSafe: kinds[group] === 'sequential' || safeDiverging.has(name),
      colours,
    };
  }
}
process.stdout.write(JSON.stringify({
  source: `ColorBrewer 2.0 colour schemes by Cynthia A. Brewer, Pennsylvania State University (colorbrewer2.org), from the npm package colorbrewer ${version}`,
  licence: 'Apache-2.0',
  schemes,
}, null, 1) + '\n');
JS
mv "$out.tmp" "$out"
echo "wrote ${out#"$repo/"}"
