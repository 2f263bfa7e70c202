// Security checks for CI (reliability §1.4, §5.7 SEC-11/SEC-12), run by scripts/test-all.sh:
//   1. electronegativity over src/ and over the built out/ (when present): no finding of severity
//      MEDIUM or above except those in scripts/electronegativity-allowlist.json, each with a reason;
//      an allow-list entry that matches nothing fails too. SARIF files go to test-results/.
//   2. `npm ls xlsx` must be empty (SheetJS on npm is vulnerable: CVE-2023-30533, CVE-2024-22363).
// Offline by design: electronegativity fetches translations and Electron release notes with `got`;
// that module is replaced by one that fails at once, and the release-notes check is excluded
// (Electron's currency is covered by SEC-08/npm audit, see docs/security-checklist.md).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const SEVERITY_FLOOR = 'MEDIUM'
const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']

function offlineGot() {
  const refuse = () => Promise.reject(new Error('offline: security checks make no network request'))
  return Object.assign(refuse, { default: refuse, get: refuse, stream: refuse })
}

function loadElectronegativity() {
  const originalLoad = Module._load
  Module._load = function load(request, ...rest) {
    if (request === 'got') return offlineGot()
    return originalLoad.call(this, request, ...rest)
  }
  return require('@doyensec/electronegativity/dist/runner.js')
}

async function scan(run, scope, input) {
  mkdirSync(join(root, 'test-results'), { recursive: true })
  const silenced = console.log
  console.log = () => {} // the runner prints a translation warning and a progress bar
  try {
    const result = await run({
      input: join(root, input),
      output: join(root, 'test-results', `electronegativity-${scope}.sarif`),
      isSarif: true,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      electronUpgrade: undefined,
      electronVersionOverride: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies
        .electron,
      parserPlugins: [],
    })
    return { scope, input, ...result }
  } finally {
    console.log = silenced
  }
}

function sourceAround(input, finding) {
  try {
    const line =
      readFileSync(join(root, input, finding.file), 'utf8').split('\n')[finding.location.line - 1] ?? ''
    return line.slice(Math.max(0, finding.location.column - 80), finding.location.column + 80)
  } catch {
    return ''
  }
}

function checkFindings(scans, allowlist) {
  const problems = []
  const used = new Set()
  allowlist.forEach((entry, index) => {
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 40)
      problems.push(`allow-list entry ${index} (${entry.check}) has no written reason`)
  })
  for (const { scope, input, issues, errors } of scans) {
    for (const error of errors.filter((entry) => !entry.tolerable))
      problems.push(`${scope}: could not parse ${error.file}: ${error.message}`)
    for (const finding of issues) {
      const severity = finding.severity.name ?? String(finding.severity)
      if (SEVERITY_ORDER.indexOf(severity) < SEVERITY_ORDER.indexOf(SEVERITY_FLOOR)) continue
      const around = sourceAround(input, finding)
      const index = allowlist.findIndex(
        (entry) =>
          entry.scope === scope &&
          entry.check === finding.id &&
          new RegExp(entry.file).test(finding.file) &&
          (entry.snippet === undefined || around.includes(entry.snippet)),
      )
      if (index >= 0) used.add(index)
      else
        problems.push(
          `${scope}: ${finding.id} (${severity}) in ${finding.file}:${finding.location.line}:${finding.location.column}`,
        )
    }
  }
  allowlist.forEach((entry, index) => {
    const scanned = scans.some((scan) => scan.scope === entry.scope)
    if (scanned && !used.has(index))
      problems.push(
        `allow-list entry ${index} (${entry.scope}: ${entry.check} in ${entry.file}) matches nothing: remove it`,
      )
  })
  return problems
}

function findXlsx() {
  let output
  try {
    output = execFileSync('npm', ['ls', 'xlsx', '--all', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (error) {
    output = error.stdout ?? '{}'
  }
  const found = []
  const walk = (node, path) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (name === 'xlsx') found.push([...path, `${name}@${child.version}`].join(' > '))
      walk(child, [...path, name])
    }
  }
  walk(JSON.parse(output || '{}'), [])
  return found
}

const run = loadElectronegativity()
const allowlist = JSON.parse(
  readFileSync(join(root, 'scripts/electronegativity-allowlist.json'), 'utf8'),
).entries
const scans = [await scan(run, 'src', 'src')]
if (existsSync(join(root, 'out/main/index.js'))) scans.push(await scan(run, 'out', 'out'))
else console.log('electronegativity: out/ is not built, only src/ was scanned')

const problems = checkFindings(scans, allowlist)
for (const { scope, globalChecks, atomicChecks, issues } of scans) {
  console.log(
    `electronegativity ${scope}/: ${atomicChecks} atomic + ${globalChecks} global checks, ${issues.length} findings in all (SARIF: ${relative(root, join(root, 'test-results', `electronegativity-${scope}.sarif`))})`,
  )
}
const xlsx = findXlsx()
if (xlsx.length > 0) problems.push(`npm ls xlsx is not empty: ${xlsx.join('; ')}`)
else console.log('npm ls xlsx: empty')

if (problems.length > 0) {
  console.error(`security checks FAILED:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `security checks passed: 0 findings at ${SEVERITY_FLOOR} or above outside the allow-list (${allowlist.length} entries, each with a reason)`,
)
