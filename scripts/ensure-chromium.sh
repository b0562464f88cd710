#!/bin/sh
# Make sure the Chromium the browser tests drive exists (RELGRAPH_CHROMIUM, default /usr/bin/chromium).
# Missing and running as root: install Debian's package with apt. Otherwise: one line saying what to run.
CHROMIUM="${RELGRAPH_CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "relgraph: Chromium is missing at $CHROMIUM; install it as root with 'apt-get install -y chromium' (or set RELGRAPH_CHROMIUM to its path)" >&2
  exit 1
fi
echo "relgraph: Chromium is missing at $CHROMIUM; installing Debian's chromium package with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq chromium >/dev/null || exit 1
CHROMIUM="$(command -v chromium)"
[ -x "$CHROMIUM" ] || { echo "relgraph: apt-get installed chromium but no chromium command was found" >&2; exit 1; }
[ -n "$RELGRAPH_CHROMIUM" ] && echo "relgraph: Chromium is now at $CHROMIUM; set RELGRAPH_CHROMIUM=$CHROMIUM" >&2
exit 0
