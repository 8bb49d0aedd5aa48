#!/usr/bin/env bash
# Installs the system packages the app needs, from Debian's archive, when they are missing.
#   runtime: Pango (WeasyPrint's text layout) and fonts
#   test:    also PostgreSQL, to run the suite against a real server, Chromium for the
#            browser tests, and Node.js with npm for the test OpenID provider (tests/oidc_provider)
# Without root it only says what is missing.
set -euo pipefail

want=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
if [[ "${1:-runtime}" == "test" ]]; then
  want+=(postgresql chromium)
  # Any Node.js 18 or later will do; one installed from elsewhere is left alone.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    want+=(nodejs npm)
  fi
fi

missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages (install them with apt-get as root): ${missing[*]}" >&2
fi
