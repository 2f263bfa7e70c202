import type { Framework } from '@core/framework/framework'
import { councilScope } from '@core/assessment/councilScope'
import type { CouncilFileIssue } from '@core/formats/council-package/councilFileIssue'
import { fileAppraisal, packageAppraisalsSchema } from '@core/formats/council-package/councilPackageFormat'
import { openSealedZip, parseJsonPart } from '@core/formats/council-package/sealedZip'
import { unitInScope } from '@core/formats/council-package/unitInScope'
import { err, ok, type Result } from '@core/result'
import type { AppraisalPackage } from './appraisalPackage'
import {
  APPRAISAL_PACKAGE_FORMAT,
  APPRAISAL_PACKAGE_FORMAT_VERSION,
  APPRAISAL_PACKAGE_MANIFEST,
  appraisalPackageLimits,
  appraisalPackageManifestSchema,
} from './appraisalPackageFormat'

/** An appraisal package as read: its content and the manifest's content hash. */
export type ReadAppraisalPackage = AppraisalPackage & { readonly contentHash: string }

/**
 * Opens a member's appraisal package with no trust in it and collects every problem: the sealed
 * zip (guarded reader, manifest, content hash, the part's SHA-256, nothing unlisted), the
 * appraisals' shape, and every appraisal within the member's assignment as the manifest states it
 * (units valid, no look-alike of an assigned code; with `framework`, items in the criteria groups
 * too). A member's appraisal carries no `member` field: the manifest names the member. The lead's
 * merge then checks the package against the council as the lead recorded it.
 *
 * @example
 *   const read = readAppraisalPackage(bytes, framework)
 *   if (read.ok) read.value.appraisals.length // => 3
 */
export function readAppraisalPackage(
  bytes: Uint8Array,
  framework?: Pick<Framework, 'questions' | 'indicators'>,
): Result<ReadAppraisalPackage, readonly CouncilFileIssue[]> {
  const opened = openSealedZip(
    bytes,
    APPRAISAL_PACKAGE_MANIFEST,
    APPRAISAL_PACKAGE_FORMAT,
    APPRAISAL_PACKAGE_FORMAT_VERSION,
    appraisalPackageLimits,
  )
  if (!opened.ok) return opened
  const manifest = appraisalPackageManifestSchema.safeParse(opened.value.manifest)
  if (!manifest.success)
    return err([
      {
        code: 'council-file-manifest-invalid',
        detail: manifest.error.issues[0]?.path.map(String).join('.') ?? '',
      },
    ])
  const about = manifest.data
  const issues: CouncilFileIssue[] = []
  for (const path of opened.value.parts.keys())
    if (path !== 'appraisals.json') issues.push({ code: 'council-file-unexpected-entry', part: path })
  const appraisals = parseJsonPart(opened.value.parts, 'appraisals.json', packageAppraisalsSchema)
  if (!appraisals.ok) return err([...issues, appraisals.error])
  const scope = framework === undefined ? null : councilScope(about.scope, framework)
  const reported = new Set<string>()
  for (const appraisal of appraisals.value) {
    if (appraisal.member !== undefined) {
      issues.push({ code: 'council-file-content-invalid', part: 'appraisals.json', detail: 'member' })
      continue
    }
    const problem = unitInScope(appraisal.unit, about.scope.units)
    if (problem !== null) {
      if (!reported.has(appraisal.unit)) issues.push(problem)
      reported.add(appraisal.unit)
    } else if (scope !== null && !scope.hasItem(appraisal.kind ?? 'answer', appraisal.question))
      issues.push({
        code: 'council-file-item-out-of-scope',
        unit: appraisal.unit,
        question: appraisal.question,
      })
  }
  if (issues.length > 0) return err(issues)
  const { position } = about.member
  return ok({
    assessmentId: about.assessmentId,
    frameworkId: about.frameworkId,
    frameworkVersion: about.frameworkVersion,
    year: about.year,
    member: {
      id: about.member.id,
      name: about.member.name,
      ...(position === undefined ? {} : { position }),
      units: about.scope.units,
      groups: about.scope.groups,
    },
    workPackageHash: about.workPackageHash,
    appraisals: appraisals.value.map(fileAppraisal),
    exportedAt: about.exportedAt,
    appVersion: about.appVersion,
    contentHash: opened.value.manifest.contentHash,
  })
}
