#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs SSO User Admin on Debian 12 from this folder alone, without network.
# The debs/ folder is used as the only package source of one apt run (a private source list, package lists and
# cache in a temporary folder; the system's own sources and lists are not touched). apt installs what is missing
# and keeps what the system already has, also where the system has a newer version (no downgrades).
#   sudo ./install.sh            install or upgrade
#   sudo ./install.sh --dry-run  show what would be installed
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: run as root, e.g. sudo $0" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1 || [ ! -f "$here/debs/Packages" ]; then
    echo "install.sh: needs apt-get (Debian 12) and $here/debs/Packages" >&2
    exit 1
fi

simulate=""
if [ "${1:-}" = "--dry-run" ]; then
    simulate="--simulate"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial" "$tmp/sources.list.d"
# A file: URI with spaces needs them escaped.
uri=$(printf '%s' "$here/debs" | sed 's/ /%20/g')
echo "deb [trusted=yes] file:$uri ./" > "$tmp/kit.list"

set -- \
    -o Dir::Etc::SourceList="$tmp/kit.list" \
    -o Dir::Etc::SourceParts="$tmp/sources.list.d" \
    -o Dir::State::Lists="$tmp/lists" \
    -o Dir::Cache="$tmp/cache" \
    -o APT::Sandbox::User=root \
    -o Acquire::Languages=none

export DEBIAN_FRONTEND=noninteractive
apt-get "$@" -q update
# Packages the kit carries besides sso-user-admin's dependencies: Qt's own translations and the keychain
# library (both recommended by the package). Every name listed here is in debs/.
extras=$(cat "$here/EXTRA-PACKAGES.txt" 2>/dev/null || true)
# shellcheck disable=SC2086 # extras is a list of package names
apt-get "$@" -y --no-install-recommends $simulate install sso-user-admin $extras

if [ -z "$simulate" ]; then
    echo
    sso-user-admin --version
    echo "Installed. Start \"SSO User Admin\" from the application menu, or run sso-user-admin."
fi
