#!/usr/bin/env bash
# The test suite under other dates: proves that no test reads the real date in its expectation.
#
#   scripts/test-dates.sh                    unit + route tests (npm test) and browser tests
#                                            (npm run test:e2e) under each date below
#   scripts/test-dates.sh --unit             only npm test (--e2e: only the browser tests)
#   TEST_DATES="2027-06-30 2030-12-31" scripts/test-dates.sh
#
# Dates (08:00 UTC each): 2027-01-01 (1 January, the first day of a month and of a year),
# 2027-03-31 (the last day of a month, in summer time) and 2028-02-29 (a leap day). The run is
# moved with libfaketime (Debian package `faketime`): vitest and its workers, the browser tests'
# server and SQLite's datetime('now') see the date and share one offset, so their clocks agree and
# keep running (monotonic clocks and timers stay real). Chromium keeps the real clock: under
# libfaketime its processes slow down until page loads time out (test/e2e/harness.ts). Prints per
# date and suite the passed and failed counts; exits non-zero when any test fails.
#
# Time, measured on the two shared cores of the development machine (busy with other runs): npm
# test took 9-11 minutes per date and the browser suite 18, so the whole script takes about 90
# minutes there (less on an idle machine). CI (.ci/run) runs its own npm test and browser tests
# (about 30 minutes measured that way) and then npm test under the three dates (about 30 more):
# adding the browser suite under three dates (about 55 more) would pass its 90-minute limit, so CI
# leaves that to this script.
#
# TEST_DATES_OUT=dir keeps each run's JSON report there (dir/dates-<suite>-<date>.json).
set -uo pipefail
cd "$(dirname "$0")/.."

suites="unit e2e"
case "${1:-}" in
  --unit) suites="unit" ;;
  --e2e) suites="e2e" ;;
esac
dates="${TEST_DATES:-2027-01-01 2027-03-31 2028-02-29}"

lib=""
# The thread-safe variant: node runs threads (libuv's pool, vitest's workers).
for dir in /usr/lib/x86_64-linux-gnu/faketime /usr/lib/aarch64-linux-gnu/faketime /usr/lib/faketime /usr/local/lib/faketime; do
  for name in libfaketimeMT.so.1 libfaketime.so.1; do
    if [ -z "$lib" ] && [ -f "$dir/$name" ]; then lib="$dir/$name"; fi
  done
done
if [ -z "$lib" ]; then
  echo "libfaketime not found: install it (Debian: apt-get install -y faketime)" >&2
  exit 2
fi

# The browser tests build the app once for all dates (the build does not depend on the date).
if [[ " $suites " == *" e2e "* && -z "${E2E_BUILD_DIR:-}" ]]; then
  export E2E_BUILD_DIR="build-dates-$$"
  trap 'rm -rf "$E2E_BUILD_DIR"' EXIT
  echo "=== building the app into $E2E_BUILD_DIR ==="
  REMIX_BUILD_DIR="$E2E_BUILD_DIR" npx remix vite:build >/dev/null || { echo "The build failed" >&2; exit 1; }
fi

out="${TEST_DATES_OUT:-$(mktemp -d)}"
mkdir -p "$out"
summary=""
failed_any=0

for d in $dates; do
  target=$(date -u -d "$d 08:00:00" +%s) || { echo "Not a date: $d" >&2; exit 2; }
  offset=$((target - $(date -u +%s)))
  if [ "$offset" -ge 0 ]; then sign="+"; else sign=""; fi
  for suite in $suites; do
    report="$out/dates-$suite-$d.json"
    rm -f "$report"
    echo "=== $suite tests on $d ==="
    # Under libfaketime every process runs slower, the browser tests most: they get twice their
    # usual 90 s per test (a page that never loads still fails, only later).
    if [ "$suite" = "unit" ]; then cmd=(npm test --); else cmd=(npm run test:e2e -- --testTimeout=180000); fi
    LD_PRELOAD="$lib" FAKETIME="$sign$offset" FAKETIME_DONT_FAKE_MONOTONIC=1 \
      "${cmd[@]}" --reporter=dot --reporter=json --outputFile="$report"
    code=$?
    counts=$(node -e '
      const fs = require("fs");
      const p = process.argv[1];
      if (!fs.existsSync(p)) { console.log("0 1 (no report)"); process.exit(0); }
      const r = JSON.parse(fs.readFileSync(p, "utf8"));
      const failed = r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0) + (r.success === false && r.numFailedTests === 0 ? 1 : 0);
      console.log(r.numPassedTests + " " + failed);
    ' "$report")
    passed=${counts%% *}
    rest=${counts#* }
    failed=${rest%% *}
    note=""
    # A run that ends in error with every test passed (an unhandled error) still fails.
    if [ "$code" != "0" ] && [ "$failed" = "0" ]; then failed=1; note=" (the run ended with exit code $code: an unhandled error)"; fi
    [ "$failed" != "0" ] && failed_any=1
    summary+="$d  $suite: $passed passed, $failed failed$note"$'\n'
  done
done

echo
echo "Test suite under other dates:"
printf '%s' "$summary"
exit $failed_any
