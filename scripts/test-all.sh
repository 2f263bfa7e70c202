#!/usr/bin/env bash
# The whole test suite from a fresh clone on a fresh Debian machine: installs what the tests need
# (npm packages; Chromium through apt when missing and running as root), then runs lint,
# typecheck, build, unit tests, browser end-to-end tests and, where the Electron runtime exists,
# the desktop tests. Ends with one line "N passed, N failed" summed over every runner.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
mkdir -p test-results

step() { # step <name> <command...>: a setup or check step counts as one test
  local name="$1"; shift
  echo "::: $name"
  if "$@"; then passed=$((passed + 1)); else echo "::: FAILED: $name"; failed=$((failed + 1)); fi
}

install_chromium() {
  if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] && [ -x "${PLAYWRIGHT_CHROMIUM_PATH}" ]; then return 0; fi
  if command -v chromium >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install it with 'apt-get install -y chromium' as root, or set PLAYWRIGHT_CHROMIUM_PATH."
    return 1
  fi
}

install_packages() {
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
}

count_vitest() { # count_vitest <exit code>: a run that failed without a failed test counts one failure
  node -e "
    const r = require('./test-results/vitest.json');
    let failedCount = r.numFailedTests;
    if (failedCount === 0 && r.numFailedTestSuites > 0) failedCount = r.numFailedTestSuites;
    if (failedCount === 0 && process.argv[1] !== '0') failedCount = 1;
    console.log(r.numPassedTests, failedCount)
  " "$1" 2>/dev/null || echo "0 1"
}

print_failed() { # print_failed: every failed test of every runner, so the tail of a CI log names them
  node -e "
    const fs = require('fs');
    const lines = [];
    try {
      const v = JSON.parse(fs.readFileSync('test-results/vitest.json', 'utf8'));
      for (const file of v.testResults || []) {
        if ((file.assertionResults || []).length === 0 && file.status === 'failed') lines.push('vitest ' + file.name + ': ' + String(file.message || '').split('\\n')[0]);
        for (const t of file.assertionResults || []) if (t.status === 'failed') lines.push('vitest ' + file.name + ' › ' + t.fullName + ': ' + String((t.failureMessages || [])[0] || '').split('\\n')[0].slice(0, 300));
      }
    } catch {}
    // Every error of the last try, each with where it stopped: a timeout alone does not say which step hung.
    const describe = (result) => ((result && (result.errors || (result.error ? [result.error] : []))) || []).map((e) => (String(e.message || '').split('\\n').find((l) => l.trim() !== '') || '').trim().slice(0, 300) + (e.location ? ' (' + String(e.location.file).split('/').pop() + ':' + e.location.line + ')' : '')).join(' | ').slice(0, 900);
    for (const name of ['playwright.json', 'playwright-electron.json']) {
      try {
        const r = JSON.parse(fs.readFileSync('test-results/' + name, 'utf8'));
        const walk = (suite) => [...(suite.specs || []).flatMap((spec) => spec.tests.filter((t) => t.status === 'unexpected').map((t) => 'playwright ' + spec.file + ' › ' + spec.title + ': ' + describe((t.results || []).at(-1)))), ...(suite.suites || []).flatMap(walk)];
        lines.push(...(r.suites || []).flatMap(walk));
      } catch {}
    }
    for (const line of lines) console.log('FAILED TEST: ' + line.replace(/\\x1b\\[[0-9;]*m/g, ''));
  " 2>/dev/null || true
}

print_skipped() { # print_skipped <json file>: every skipped test with the reason it gave, never silently
  node -e "
    const r = require('./' + process.argv[1]);
    const walk = (suite) => [...(suite.specs || []).flatMap((spec) => spec.tests.filter((t) => t.status === 'skipped').map((t) => spec.file + ' › ' + spec.title + ': ' + ((t.annotations || []).filter((a) => a.type === 'skip').map((a) => a.description).join('; ') || 'no reason given'))), ...(suite.suites || []).flatMap(walk)];
    for (const line of (r.suites || []).flatMap(walk)) console.log('SKIPPED (not counted): ' + line)
  " "$1" 2>/dev/null || true
}

count_playwright() { # count_playwright <json file>
  node -e "
    const r = require('./' + process.argv[1]);
    const s = r.stats || {};
    console.log((s.expected || 0) + (s.flaky || 0), (s.unexpected || 0) + ((r.errors || []).length))
  " "$1" 2>/dev/null || echo "0 1"
}

step "install Chromium" install_chromium
step "install npm packages" install_packages
step "lint" npm run --silent lint
step "typecheck" npm run --silent typecheck
step "build" npm run --silent build
step "security checks (electronegativity over src/ and out/, npm ls xlsx)" node scripts/securityChecks.mjs

echo "::: unit tests (vitest)"
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
vitest_status=$?
read -r vp vf < <(count_vitest "$vitest_status")
passed=$((passed + vp)); failed=$((failed + vf))

echo "::: browser end-to-end tests (Playwright + Chromium)"
rm -f test-results/playwright.json
# A free loopback port, so a server left running elsewhere on the machine cannot collide.
E2E_PORT="${E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
export E2E_PORT
npx playwright test
e2e_status=$?
print_skipped test-results/playwright.json
read -r ep ef < <(count_playwright test-results/playwright.json)
if [ "$e2e_status" -ne 0 ] && [ "$ef" -eq 0 ]; then ef=1; fi
passed=$((passed + ep)); failed=$((failed + ef))

echo "::: desktop end-to-end tests (Playwright + Electron)"
electron_reason=$(node --input-type=module -e "import('./scripts/electronRuntime.mjs').then(m => { const r = m.findElectronBinary(); console.log('reason' in r ? r.reason : '') })")
if [ -z "$electron_reason" ]; then
  rm -f test-results/playwright-electron.json
  npx playwright test -c playwright.electron.config.ts
  read -r xp xf < <(count_playwright test-results/playwright-electron.json)
  passed=$((passed + xp)); failed=$((failed + xf))
else
  echo "SKIPPED (not run, not counted): the desktop end-to-end tests need the Electron runtime, and $electron_reason."
fi

if [ "$failed" -ne 0 ]; then print_failed; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
