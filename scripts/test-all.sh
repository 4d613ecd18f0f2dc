#!/usr/bin/env bash
# npm test: build, typecheck, lint, unit tests (jest), browser suites (node --test,
# Chromium + Firefox), web-ext lint (0 errors and 0 warnings). Every step runs even if an earlier one
# failed; the last line is exactly "N passed, N failed" (jest tests + e2e tests),
# and the exit status is non-zero if any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The hardening suites (fuzzers, faults, hostile pages) append their counts here, one JSON line each.
export COUNTERPOINT_HARDENING_COUNTS="$tmp/hardening.jsonl"
: >"$COUNTERPOINT_HARDENING_COUNTS"
failed_steps=()

# step NAME CMD...: runs CMD with a header and its wall time; records a failure.
step() {
  local name="$1"; shift
  local t0=$SECONDS
  echo
  echo "=== $name"
  if "$@"; then
    echo "--- $name: ok ($((SECONDS - t0)) s)"
  else
    echo "--- $name: FAILED ($((SECONDS - t0)) s)"
    failed_steps+=("$name")
  fi
}

# The browsers first: found, installed where this machine allows, and no older than the
# manifests admit; else one line says so and the browser suites are not started.
step browsers node scripts/ensure-browsers.mjs --report "$tmp/browsers.txt" chromium firefox
[ -s "$tmp/browsers.txt" ] || echo "browsers: not checked" >"$tmp/browsers.txt"

step build npm run -s build
step typecheck npm run -s typecheck
step lint npm run -s lint

step "unit tests (jest)" npx jest --passWithNoTests --json --outputFile="$tmp/jest.json"

# The browser suites read the overlay in its shadow root: they build with it open
# (COUNTERPOINT_E2E_OPEN_OVERLAY, scripts/build.mjs), and so do the builds they make
# themselves, except the trust suite's and the package's (closed, as shipped). The
# shipped build is made again afterwards for web-ext lint.
# Spec output to the terminal, TAP to a file for counting.
browser_suites() {
  local rc=0
  COUNTERPOINT_E2E_OPEN_OVERLAY=1 npm run -s build || return 1
  COUNTERPOINT_E2E_OPEN_OVERLAY=1 node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tmp/e2e.tap" \
    tests/e2e/*.e2e.mjs || rc=$?
  npm run -s build >/dev/null || rc=1
  return $rc
}
if [[ " ${failed_steps[*]} " != *" browsers "* ]]; then
  step "browser tests (node --test: chromium, firefox)" browser_suites
fi

webext_lint() {
  # pdfjs/ is pdf.js as published, byte for byte (tests/e2e/csp.e2e.mjs compares it with the package).
  NO_UPDATE_NOTIFIER=1 npx web-ext lint --source-dir dist/firefox --ignore-files 'pdfjs/**' --output json --no-config-discovery >"$tmp/web-ext.json" 2>"$tmp/web-ext.err"
  node -e '
    const fs = require("node:fs");
    let r;
    try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch (e) {
      console.log("web-ext lint gave no JSON report:\n" + fs.readFileSync(process.argv[2], "utf8"));
      process.exit(1);
    }
    const s = r.summary;
    console.log(`web-ext lint: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`);
    for (const kind of ["errors", "warnings", "notices"]) {
      for (const m of r[kind] ?? []) console.log(`  ${kind.slice(0, -1)}: ${m.code}${m.file ? ` (${m.file})` : ""}: ${m.message}`);
    }
    // Store-ready means clean: a warning fails the step as an error does.
    process.exit(s.errors === 0 && s.warnings === 0 ? 0 : 1);
  ' "$tmp/web-ext.json" "$tmp/web-ext.err"
}
step "web-ext lint (dist/firefox)" webext_lint

# Counts: jest's JSON report, and the TAP plan summary of node --test.
read -r jest_pass jest_fail < <(node -e '
  const fs = require("node:fs");
  try {
    const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    console.log(r.numPassedTests, r.numFailedTests);
  } catch { console.log(0, 0); }
' "$tmp/jest.json")
e2e_pass="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tmp/e2e.tap" 2>/dev/null | tail -1)"
e2e_fail="$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tmp/e2e.tap" 2>/dev/null | tail -1)"
e2e_pass="${e2e_pass:-0}"
e2e_fail="${e2e_fail:-0}"
e2e_skip="$(sed -n 's/^# skipped \([0-9]*\)$/\1/p' "$tmp/e2e.tap" 2>/dev/null | tail -1)"
e2e_skip="${e2e_skip:-0}"

echo
echo "=== summary"
echo "jest: $jest_pass passed, $jest_fail failed; browser: $e2e_pass passed, $e2e_fail failed"
node scripts/lib/tap-by-browser.mjs "$tmp/e2e.tap"
cat "$tmp/browsers.txt"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
fi
node -e '
  const fs = require("node:fs");
  const sum = { hostilePages: 0, fuzzInputs: 0, faults: 0, crashes: 0, recordsLost: 0 };
  for (const line of fs.readFileSync(process.argv[1], "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    for (const k of Object.keys(sum)) sum[k] += Number(c[k] ?? 0);
  }
  console.log(`hardening: hostile-pages=${sum.hostilePages} fuzz-inputs=${sum.fuzzInputs} faults=${sum.faults} crashes=${sum.crashes} records-lost=${sum.recordsLost}`);
' "$COUNTERPOINT_HARDENING_COUNTS"
# A failed check (build, typecheck, lint, web-ext lint) counts as a failure too,
# so the closing line never reads "0 failed" for a failing run.
check_fail=0
for s in "${failed_steps[@]}"; do
  case "$s" in "unit tests"*|"browser tests"*) ;; *) check_fail=$((check_fail + 1)) ;; esac
done
skipped=""
[ "$e2e_skip" -gt 0 ] && skipped=", $e2e_skip skipped"
echo "$((jest_pass + e2e_pass)) passed, $((jest_fail + e2e_fail + check_fail)) failed$skipped"
[ ${#failed_steps[@]} -eq 0 ]
