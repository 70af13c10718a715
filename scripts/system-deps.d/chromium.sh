#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/test_site_browser.py); Playwright drives it
# through executable_path, so no browser download is needed.
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
