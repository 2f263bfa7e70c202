import { readAppraisalPackage } from '@core/formats/appraisal-package/readAppraisalPackage'
import { APPRAISAL_PACKAGE_FORMAT_VERSION } from '@core/formats/appraisal-package/appraisalPackageFormat'
import type { CouncilFileIssue } from '@core/formats/council-package/councilFileIssue'
import { COUNCIL_PACKAGE_FORMAT_VERSION } from '@core/formats/council-package/councilPackageFormat'
import { readCouncilPackage } from '@core/formats/council-package/readCouncilPackage'
import { err, ok } from '@core/result'
import type { InspectInput, Inspection } from './fileInspector'
import type { InspectProblem } from './inspectedFile'

/**
 * A council member's work package, read by its own reader (`readCouncilPackage`: guarded zip,
 * manifest, content hash, every part's SHA-256, scope): the scope is the member and their units
 * (or "all" with criteria groups); items, the assigned units; `details` the groups and evidence.
 *
 * @example
 *   const about = await inspectCouncilPackage({ fileName: 'hoi-dong-An.zip', bytes, frameworks: [] })
 */
export async function inspectCouncilPackage(input: InspectInput): Inspection {
  const read = readCouncilPackage(input.bytes)
  if (!read.ok) return err(problem('council-package', read.error))
  const pkg = read.value
  return ok({
    kind: 'council-package',
    formatVersion: COUNCIL_PACKAGE_FORMAT_VERSION,
    frameworkId: pkg.framework.id,
    frameworkVersion: pkg.framework.version,
    year: pkg.year,
    scope: scopeText(pkg.member.name, pkg.member.units),
    items: pkg.units.length,
    itemUnit: 'units',
    hash: 'ok',
    details: {
      assessmentId: pkg.assessmentId,
      member: pkg.member.name,
      groups: pkg.member.groups.join(', '),
      appraisals: pkg.appraisals.length,
      evidenceFiles: pkg.evidence.length,
      contentHash: pkg.contentHash,
    },
  })
}

/**
 * A council member's appraisal package, read by `readAppraisalPackage` (guarded zip, manifest,
 * content hash, the appraisals' SHA-256, units in the member's assignment): items are its appraisals.
 *
 * @example
 *   const about = await inspectAppraisalPackage({ fileName: 'tham-dinh-An.zip', bytes, frameworks: [] })
 */
export async function inspectAppraisalPackage(input: InspectInput): Inspection {
  const read = readAppraisalPackage(input.bytes)
  if (!read.ok) return err(problem('appraisal-package', read.error))
  const pkg = read.value
  return ok({
    kind: 'appraisal-package',
    formatVersion: APPRAISAL_PACKAGE_FORMAT_VERSION,
    frameworkId: pkg.frameworkId,
    frameworkVersion: pkg.frameworkVersion,
    year: pkg.year,
    scope: scopeText(pkg.member.name, pkg.member.units),
    items: pkg.appraisals.length,
    itemUnit: 'records',
    hash: 'ok',
    details: {
      assessmentId: pkg.assessmentId,
      member: pkg.member.name,
      groups: pkg.member.groups.join(', '),
      workPackageHash: pkg.workPackageHash,
      contentHash: pkg.contentHash,
    },
  })
}

/** `Nguyễn Văn An: SNV, STC`; `Nguyễn Văn An: *` when the member has every unit (criteria groups only). */
function scopeText(name: string, units: readonly string[]): string {
  return `${name}: ${units.length === 0 ? '*' : units.join(', ')}`
}

function problem(
  kind: 'council-package' | 'appraisal-package',
  issues: readonly CouncilFileIssue[],
): InspectProblem {
  const newer = issues.find((issue) => issue.code === 'council-file-newer-format')
  if (newer?.code === 'council-file-newer-format')
    return { code: 'newer-format', kind, found: newer.found, newest: newer.newest }
  const damaged = issues.filter(
    (issue) => issue.code === 'council-file-hash-mismatch' || issue.code === 'council-file-part-damaged',
  )
  if (damaged.length > 0 && damaged.length === issues.length)
    return {
      code: 'hash-mismatch',
      kind,
      detail: damaged.map((issue) => ('part' in issue ? issue.part : 'manifest')).join(', '),
      count: damaged.length,
    }
  return { code: 'unreadable', kind, issues }
}
