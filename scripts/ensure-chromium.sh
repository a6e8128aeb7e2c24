#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium: Playwright's own browser download
# is not used. Install it when we are allowed to, otherwise say how.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
	if [ -n "$candidate" ] && [ -x "$candidate" ]; then
		exit 0
	fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Chromium is missing: installing Debian's chromium package…" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi

cat >&2 <<'MSG'
Chromium was not found, and it can only be installed as root.
Install it with:   sudo apt-get install chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.
MSG
exit 1
