#!/usr/bin/env bash
# Refresh the vendored front-end assets in static/vendor/ from the npm registry.
#
# The intranet must work without internet access, so every script, stylesheet,
# font and icon is served by Django itself. This script reproduces the vendored
# files exactly from the pinned package versions below:
#
#   static/vendor/dkfds/  <- dkfds (Det Fælles Designsystem), only what runs in
#                            the browser: minified CSS + JS, the icon sprite and
#                            every file the CSS references through url(...)
#   static/vendor/htmx/   <- htmx.org, the minified build
#   static/vendor/README.md (regenerated from the versions below)
#
# Usage: scripts/vendor_assets.sh   (bump a version below first to upgrade)
#
# Needs node and npm. Installs nothing globally: packages are fetched with
# `npm pack` into a temporary directory (with its own npm cache) that is
# removed on exit.
set -euo pipefail

DKFDS_VERSION="11.2.0"
HTMX_VERSION="2.0.11"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Keep npm from writing to the user's cache and silence config warnings.
export npm_config_cache="$TMP/npm-cache"
export npm_config_loglevel="error"
export npm_config_update_notifier="false"
export npm_config_fund="false"

die() { echo "vendor_assets: $*" >&2; exit 1; }

# fetch PACKAGE VERSION -> prints the directory of the unpacked package
fetch() {
    local pkg="$1" version="$2" dest="$TMP/pkg-$1"
    mkdir -p "$dest"
    npm pack --pack-destination "$dest" "$pkg@$version" >/dev/null
    tar -xzf "$dest"/*.tgz -C "$dest"
    local got
    got="$(node -p "require(process.argv[1]).version" "$dest/package/package.json")"
    [[ "$got" == "$version" ]] || die "$pkg: expected version $version, got $got"
    echo "$dest/package"
}

# copy_stripped SRC DEST: copy a minified file without its sourceMappingURL
# comment (source maps are not shipped, and Django's manifest storage fails
# on references to missing files).
copy_stripped() {
    mkdir -p "$(dirname "$2")"
    sed -e '/^\/\/# sourceMappingURL=/d' \
        -e 's#/\*\# sourceMappingURL=[^*]*\*/##' "$1" >"$2"
}

# css_urls FILE: every local url(...) target in a stylesheet, one per line,
# without quotes, query strings or fragments; data: URIs are skipped.
css_urls() {
    grep -oE 'url\([^)]*\)' "$1" \
        | sed -E 's/^url\(//; s/\)$//; s/^[[:space:]]*["'\'']?//; s/["'\'']?[[:space:]]*$//' \
        | grep -vE '^(data:|https?:|//|#)' \
        | sed -E 's/[?#].*$//' \
        | sort -u
}

# ---------------------------------------------------------------- dkfds ----
DK="$(fetch dkfds "$DKFDS_VERSION")"
DK_OUT="$VENDOR/dkfds"
rm -rf "$DK_OUT"
mkdir -p "$DK_OUT"

copy_stripped "$DK/dist/css/dkfds.min.css" "$DK_OUT/css/dkfds.min.css"
copy_stripped "$DK/dist/js/dkfds.min.js" "$DK_OUT/js/dkfds.min.js"
# Sprite for <svg><use href=".../all-svg-icons.svg#name"></use></svg>.
install -D -m 644 "$DK/dist/img/all-svg-icons.svg" "$DK_OUT/img/all-svg-icons.svg"
install -D -m 644 "$DK/LICENSE.md" "$DK_OUT/LICENSE.md"

# Fonts and images: exactly the files the stylesheet references, at the same
# paths relative to css/, plus the font licence (OFL) next to the fonts.
while IFS= read -r ref; do
    rel="$(realpath -m --relative-to="$DK/dist" "$DK/dist/css/$ref")"
    [[ "$rel" != ../* ]] || die "dkfds: url($ref) points outside dist/"
    [[ -f "$DK/dist/$rel" ]] || die "dkfds: url($ref) has no file in the package"
    install -D -m 644 "$DK/dist/$rel" "$DK_OUT/$rel"
    licence="$(dirname "$DK/dist/$rel")/license.txt"
    if [[ -f "$licence" ]]; then
        install -D -m 644 "$licence" "$DK_OUT/$(dirname "$rel")/license.txt"
    fi
done < <(css_urls "$DK_OUT/css/dkfds.min.css")

# ----------------------------------------------------------------- htmx ----
HX="$(fetch htmx.org "$HTMX_VERSION")"
HX_OUT="$VENDOR/htmx"
rm -rf "$HX_OUT"
mkdir -p "$HX_OUT"
copy_stripped "$HX/dist/htmx.min.js" "$HX_OUT/htmx.min.js"
install -D -m 644 "$HX/LICENSE" "$HX_OUT/LICENSE"
grep -q "version:\"$HTMX_VERSION\"" "$HX_OUT/htmx.min.js" \
    || die "htmx.min.js does not report version $HTMX_VERSION"

# --------------------------------------------------------------- checks ----
# Every url(...) in the vendored CSS must resolve to a vendored file.
missing=0
while IFS= read -r ref; do
    if [[ ! -f "$DK_OUT/css/$ref" ]]; then
        echo "missing: css/$ref" >&2
        missing=1
    fi
done < <(css_urls "$DK_OUT/css/dkfds.min.css")
[[ "$missing" == 0 ]] || die "unresolved url() references in dkfds.min.css"
if grep -rl 'sourceMappingURL' "$VENDOR/dkfds" "$VENDOR/htmx" --include='*.js' --include='*.css'; then
    die "sourceMappingURL comments left in the files above"
fi

# --------------------------------------------------------------- README ----
DK_LICENSE="$(node -p "require(process.argv[1]).license" "$DK/package.json")"
HX_LICENSE="$(node -p "require(process.argv[1]).license" "$HX/package.json")"
count() { find "$DK_OUT/$1" -type f -name "$2" | wc -l | tr -d ' '; }
size() { du -sk --apparent-size "$1" | cut -f1; }

cat >"$VENDOR/README.md" <<EOF
# Vendored front-end assets

Served by Django's static files at \`/static/vendor/...\`; nothing is loaded
from a CDN. Do not edit these files by hand: they are regenerated (together
with this README) by

    scripts/vendor_assets.sh

To upgrade, change the pinned version at the top of that script and run it.

| Package | Version | Licence | Files taken (package path -> static/vendor/) |
| --- | --- | --- | --- |
| [dkfds](https://www.npmjs.com/package/dkfds) (Det Fælles Designsystem) | $DKFDS_VERSION | $DK_LICENSE | \`dist/css/dkfds.min.css\` -> \`dkfds/css/\`; \`dist/js/dkfds.min.js\` -> \`dkfds/js/\`; \`dist/img/all-svg-icons.svg\` (icon sprite) -> \`dkfds/img/\`; every file the CSS references with \`url(...)\`, same relative paths: $(count fonts '*.woff2') woff2 + $(count fonts '*.woff') woff + $(count fonts '*.eot') eot + $(count fonts '*.ttf') ttf IBM Plex Sans fonts (with their OFL \`license.txt\`) -> \`dkfds/fonts/\`, $(count img/svg-icons '*.svg') icons -> \`dkfds/img/svg-icons/\`, $(find "$DK_OUT/img" -maxdepth 1 -type f -name '*.png' | wc -l | tr -d ' ') logo placeholders -> \`dkfds/img/\`; \`LICENSE.md\` -> \`dkfds/\` |
| [htmx.org](https://www.npmjs.com/package/htmx.org) | $HTMX_VERSION | $HX_LICENSE | \`dist/htmx.min.js\`, \`LICENSE\` -> \`htmx/\` |

Source maps, SCSS sources, unminified builds and the borger.dk/virk.dk theme
stylesheets are not vendored; the \`sourceMappingURL\` comments are stripped
from the minified files so that \`collectstatic\` with manifest storage does
not look for the missing maps.

Size: dkfds $(size "$DK_OUT") KiB, htmx $(size "$HX_OUT") KiB.

How to use the design system in templates: see \`docs/design-system.md\`.
EOF

echo "dkfds $DKFDS_VERSION and htmx.org $HTMX_VERSION vendored into $VENDOR"
echo "files: $(find "$VENDOR" -type f | wc -l | tr -d ' '), total $(size "$VENDOR") KiB"
