import { councilScope } from '@core/assessment/councilScope'
import { canonicalJson } from '@core/canonicalJson'
import { serialiseFramework } from '@core/formats/framework-file/serialiseFramework'
import { err, type Result } from '@core/result'
import type { CouncilFileIssue } from './councilFileIssue'
import {
  COUNCIL_PACKAGE_FORMAT,
  COUNCIL_PACKAGE_FORMAT_VERSION,
  COUNCIL_PACKAGE_MANIFEST,
  councilPackageLimits,
} from './councilPackageFormat'
import type { CouncilWorkPackage } from './councilWorkPackage'
import { packSealedZip } from './sealedZip'

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(`${canonicalJson(value)}\n`)

/**
 * Writes a member's work package (`.zip`, docs/appraisal-council.md): `council-package.json`
 * (manifest: assessment, framework id and version, year, member, assignment, each part's SHA-256,
 * content hash), `framework.json`, `units.json` (the assigned units' declared answers to the
 * questions in scope), `appraisals.json` (earlier appraisals in scope) and
 * `evidence/<unit>/<question>/<file>`. Whatever lies outside the member's assignment is left out
 * here, so a package never carries another unit's data. Pure; equal input gives equal bytes.
 *
 * @example
 *   const written = writeCouncilPackage(pkg)
 *   if (written.ok) await platform.saveFile({ suggestedName: 'hoi-dong-An.zip', bytes: written.value.bytes })
 */
export function writeCouncilPackage(
  pkg: CouncilWorkPackage,
): Result<{ readonly bytes: Uint8Array; readonly contentHash: string }, readonly CouncilFileIssue[]> {
  const scope = councilScope(pkg.member, pkg.framework)
  const units = pkg.units
    .filter((unit) => scope.hasUnit(unit.code))
    .map((unit) => ({
      code: unit.code,
      name: unit.name,
      group: unit.group,
      answers: Object.fromEntries(
        Object.entries(unit.answers).filter(
          ([question, value]) => value !== undefined && scope.questions.has(question),
        ),
      ),
    }))
  const unitCodes = new Set(units.map((unit) => unit.code))
  const appraisals = pkg.appraisals
    .filter(
      (appraisal) =>
        unitCodes.has(appraisal.unit) && scope.hasItem(appraisal.kind ?? 'answer', appraisal.question),
    )
    // the file holds the appraisal's own fields: a decision's link to the unit's response
    // (decision 0027) stays with the lead, whose store has the response
    .map(({ unit, kind, question, value, reason, at, member }) => ({
      unit,
      ...(kind === undefined ? {} : { kind }),
      question,
      value,
      reason,
      at,
      ...(member === undefined ? {} : { member }),
    }))
  const issues: CouncilFileIssue[] = []
  const taken = new Set<string>()
  const evidence: { path: string; bytes: Uint8Array }[] = []
  for (const file of pkg.evidence) {
    if (!unitCodes.has(file.unit) || !scope.questions.has(file.question)) continue
    const path = uniqueName(`evidence/${file.unit}/${file.question}/`, file.fileName, taken)
    if (![file.unit, file.question, file.fileName].every(isSafeSegment) || path.length > 512)
      issues.push({ code: 'unsafe-entry-name', part: path })
    taken.add(path.toLowerCase())
    evidence.push({ path, bytes: file.bytes })
  }
  if (issues.length > 0) return err(issues)
  const { id, name, position } = pkg.member
  return packSealedZip(
    COUNCIL_PACKAGE_MANIFEST,
    {
      format: COUNCIL_PACKAGE_FORMAT,
      formatVersion: COUNCIL_PACKAGE_FORMAT_VERSION,
      assessmentId: pkg.assessmentId,
      frameworkId: pkg.framework.id,
      frameworkVersion: pkg.framework.version,
      year: pkg.year,
      member: position === undefined || position === '' ? { id, name } : { id, name, position },
      scope: { units: [...pkg.member.units], groups: [...pkg.member.groups] },
      createdAt: pkg.createdAt,
      appVersion: pkg.appVersion,
    },
    [
      { path: 'framework.json', bytes: new TextEncoder().encode(serialiseFramework(pkg.framework)) },
      { path: 'units.json', bytes: encode(units) },
      { path: 'appraisals.json', bytes: encode(appraisals) },
      ...evidence,
    ],
    councilPackageLimits,
  )
}

/** A folder or file name the zip reader takes as one: not empty, `.` or `..`, no `/`, `\\` or control characters. */
export function isSafeSegment(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name !== '' && name !== '.' && name !== '..' && !/[\\/\u0000-\u001F\u007F]/.test(name)
}

function uniqueName(folder: string, fileName: string, taken: ReadonlySet<string>): string {
  if (!taken.has(`${folder}${fileName}`.toLowerCase())) return `${folder}${fileName}`
  const dot = fileName.lastIndexOf('.')
  const [stem, extension] = dot <= 0 ? [fileName, ''] : [fileName.slice(0, dot), fileName.slice(dot)]
  for (let n = 2; ; n += 1) {
    const candidate = `${folder}${stem} (${n})${extension}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}
