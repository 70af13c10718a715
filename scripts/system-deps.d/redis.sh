#!/usr/bin/env bash
# redis-server for the scale-out test (tests/test_scale_out.py): Debian's package, when missing.
set -euo pipefail
command -v redis-server >/dev/null || {
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
}
