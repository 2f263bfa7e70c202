import { canonicalJson } from '@core/canonicalJson'
import type { CouncilFileIssue } from '@core/formats/council-package/councilFileIssue'
import { packSealedZip } from '@core/formats/council-package/sealedZip'
import type { Result } from '@core/result'
import type { AppraisalPackage } from './appraisalPackage'
import {
  APPRAISAL_PACKAGE_FORMAT,
  APPRAISAL_PACKAGE_FORMAT_VERSION,
  APPRAISAL_PACKAGE_MANIFEST,
  appraisalPackageLimits,
} from './appraisalPackageFormat'

/**
 * Writes a member's appraisal package (`.zip`, docs/appraisal-council.md): `appraisal-package.json`
 * (manifest: assessment, framework, year, member and assignment, the work package's hash, the
 * SHA-256 of `appraisals.json`, content hash) and `appraisals.json` (each appraisal without
 * `member`, in time order). Pure; equal input gives equal bytes.
 *
 * @example
 *   const written = writeAppraisalPackage(pkg)
 *   if (written.ok) written.value.contentHash // => '…64 hex digits…'
 */
export function writeAppraisalPackage(
  pkg: AppraisalPackage,
): Result<{ readonly bytes: Uint8Array; readonly contentHash: string }, readonly CouncilFileIssue[]> {
  const appraisals = [...pkg.appraisals]
    .map(({ unit, kind, question, value, reason, at }) =>
      kind === 'points' ? { unit, kind, question, value, reason, at } : { unit, question, value, reason, at },
    )
    .sort((a, b) => a.at.localeCompare(b.at))
  const { id, name, position } = pkg.member
  return packSealedZip(
    APPRAISAL_PACKAGE_MANIFEST,
    {
      format: APPRAISAL_PACKAGE_FORMAT,
      formatVersion: APPRAISAL_PACKAGE_FORMAT_VERSION,
      assessmentId: pkg.assessmentId,
      frameworkId: pkg.frameworkId,
      frameworkVersion: pkg.frameworkVersion,
      year: pkg.year,
      member: position === undefined || position === '' ? { id, name } : { id, name, position },
      scope: { units: [...pkg.member.units], groups: [...pkg.member.groups] },
      workPackageHash: pkg.workPackageHash,
      exportedAt: pkg.exportedAt,
      appVersion: pkg.appVersion,
    },
    [{ path: 'appraisals.json', bytes: new TextEncoder().encode(`${canonicalJson(appraisals)}\n`) }],
    appraisalPackageLimits,
  )
}
