#!/usr/bin/env bash
# Installs code-server 4.100.3 (the last line that runs on Node 20) from npm into DEST, with no network
# besides the npm registry and Debian's apt. Idempotent: a finished install is reused, a half-finished
# one is never mistaken for a finished one (it is built in a side folder and renamed into place).
# usage: install-code-server.sh [DEST]   (default ${XDG_CACHE_HOME:-~/.cache}/seedlens-e2e/code-server)
# prints the path of the code-server executable on its last line.
set -euo pipefail
VERSION=4.100.3
DEST=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/seedlens-e2e/code-server}
BIN=$DEST/node_modules/.bin/code-server

installed() { [ -x "$BIN" ] && "$BIN" --config /dev/null --version 2>/dev/null | grep -q "^$VERSION "; }
if installed; then echo "$BIN"; exit 0; fi

mkdir -p "$(dirname "$DEST")"
# one installer at a time (two test runs starting together must not both write DEST)
exec 9>"$DEST.lock"
flock 9
if installed; then echo "$BIN"; exit 0; fi

# Native modules: kerberos needs gssapi headers (libkrb5-dev); Debian's rg replaces ripgrep's GitHub download.
missing=()
for pkg in build-essential python3 pkg-config libkrb5-dev ripgrep; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "${missing[@]}" || { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/seedlens-cs-install-XXXXXX")
PARTIAL=$DEST.partial
trap 'rm -rf "$WORK" "$PARTIAL"' EXIT
# @vscode/ripgrep@1.15.11 (pinned by code-server 4.100.3) downloads rg from api.github.com in its
# postinstall, but first looks in $TMPDIR/vscode-ripgrep-cache-<ver>/: seed that cache with Debian's rg.
export TMPDIR=$WORK
mkdir -p "$WORK/vscode-ripgrep-cache-1.15.11" "$WORK/rgsrc"
cp "$(command -v rg)" "$WORK/rgsrc/rg"
tar -C "$WORK/rgsrc" -czf "$WORK/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg

rm -rf "$PARTIAL" && mkdir -p "$PARTIAL"
echo '{"name":"seedlens-e2e-code-server","private":true}' > "$PARTIAL/package.json"
# unsafe_perm: code-server's postinstall refuses to run as root without it
# yes:         node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npmrc would cancel
# nodedir:     node-gyp uses /usr/include/node instead of downloading headers from nodejs.org
(cd "$PARTIAL" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2)
test -x "$PARTIAL/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
rm -rf "$DEST"
mv "$PARTIAL" "$DEST"
installed
echo "$BIN"
