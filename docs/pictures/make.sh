#!/usr/bin/env bash
# Remakes the pictures in docs/images/ from the running app: builds the jar, then BrowserIT starts
# `serve` on a fresh data directory, drives Neo4j Browser in headless Chromium and saves a traced family
# and the model diagram. Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  if [ ! -x "$tool" ]; then
    echo "make.sh: $tool is missing; install it with: apt-get install chromium chromium-driver" >&2
    exit 1
  fi
done
./mvnw -q -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BrowserIT \
  -Dsongbun.pictures="$PWD/docs/images"
ls -l docs/images/trace-F-SYN-CHONG.png docs/images/model.png
