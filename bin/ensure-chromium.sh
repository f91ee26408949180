#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium. Install it when missing (we run as root
# on this machine kind); otherwise say in one line what to install.
set -u
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "entekhabat: installing Debian's chromium for the browser tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    && exit 0
fi
echo "entekhabat: the browser tests need Chromium: install the 'chromium' package." >&2
exit 1
