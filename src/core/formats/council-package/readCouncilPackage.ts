import { z } from 'zod'
import { councilScope } from '@core/assessment/councilScope'
import { loadFramework } from '@core/framework/loadFramework'
import { err, ok, type Result } from '@core/result'
import type { CouncilFileIssue } from './councilFileIssue'
import {
  COUNCIL_PACKAGE_FORMAT,
  COUNCIL_PACKAGE_FORMAT_VERSION,
  COUNCIL_PACKAGE_MANIFEST,
  councilPackageLimits,
  councilPackageManifestSchema,
  fileAppraisal,
  packageAppraisalsSchema,
  packageUnitsSchema,
} from './councilPackageFormat'
import type { CouncilWorkPackage, WorkPackageEvidence } from './councilWorkPackage'
import { openSealedZip, parseJsonPart } from './sealedZip'
import { unitInScope } from './unitInScope'

const EVIDENCE_PATH = /^evidence\/([^/]+)\/([^/]+)\/([^/]+)$/
const FIXED_PARTS = new Set(['framework.json', 'units.json', 'appraisals.json'])

/** A work package as read: its content and the manifest's content hash. */
export type ReadCouncilPackage = CouncilWorkPackage & { readonly contentHash: string }

/**
 * Opens a member's work package with no trust in it and collects every problem: the sealed zip
 * (guarded reader, manifest, content hash, each part's SHA-256, nothing unlisted), the framework
 * (valid, the one the manifest names), the units (codes valid, no look-alike of an assigned code,
 * only assigned units), their answers (only questions in scope), earlier appraisals and evidence
 * (only in scope). A package is taken whole or not at all. Never throws.
 *
 * @example
 *   const read = readCouncilPackage(bytes)
 *   if (read.ok) read.value.member.name // => 'Nguyễn Văn An'
 */
export function readCouncilPackage(
  bytes: Uint8Array,
): Result<ReadCouncilPackage, readonly CouncilFileIssue[]> {
  const opened = openSealedZip(
    bytes,
    COUNCIL_PACKAGE_MANIFEST,
    COUNCIL_PACKAGE_FORMAT,
    COUNCIL_PACKAGE_FORMAT_VERSION,
    councilPackageLimits,
  )
  if (!opened.ok) return opened
  const { parts } = opened.value
  const manifest = councilPackageManifestSchema.safeParse(opened.value.manifest)
  if (!manifest.success)
    return err([
      {
        code: 'council-file-manifest-invalid',
        detail: manifest.error.issues[0]?.path.map(String).join('.') ?? '',
      },
    ])
  const about = manifest.data
  const issues: CouncilFileIssue[] = []
  for (const path of parts.keys())
    if (!FIXED_PARTS.has(path) && !EVIDENCE_PATH.test(path))
      issues.push({ code: 'council-file-unexpected-entry', part: path })
  const frameworkPart = parseJsonPart(parts, 'framework.json', z.unknown())
  const framework = frameworkPart.ok ? loadFramework(frameworkPart.value) : null
  if (!frameworkPart.ok) issues.push(frameworkPart.error)
  else if (framework === null || !framework.ok)
    issues.push({
      code: 'council-file-framework-invalid',
      detail: framework?.ok === false ? (framework.error[0]?.code ?? '') : '',
    })
  else if (framework.value.id !== about.frameworkId || framework.value.version !== about.frameworkVersion)
    issues.push({
      code: 'council-file-framework-invalid',
      detail: `${framework.value.id} ${framework.value.version}`,
    })
  const units = parseJsonPart(parts, 'units.json', packageUnitsSchema)
  if (!units.ok) issues.push(units.error)
  const appraisals = parseJsonPart(parts, 'appraisals.json', packageAppraisalsSchema)
  if (!appraisals.ok) issues.push(appraisals.error)
  if (framework === null || !framework.ok || !units.ok || !appraisals.ok || issues.length > 0)
    return err(issues)

  const scope = councilScope(about.scope, framework.value)
  const seen = new Set<string>()
  for (const unit of units.value) {
    const problem = unitInScope(unit.code, about.scope.units)
    if (problem !== null) {
      issues.push(problem)
      continue
    }
    seen.add(unit.code)
    for (const question of Object.keys(unit.answers))
      if (!scope.questions.has(question))
        issues.push({ code: 'council-file-item-out-of-scope', unit: unit.code, question })
  }
  for (const appraisal of appraisals.value) {
    if (!seen.has(appraisal.unit))
      issues.push({ code: 'council-file-unit-out-of-scope', unit: appraisal.unit })
    else if (!scope.hasItem(appraisal.kind ?? 'answer', appraisal.question))
      issues.push({
        code: 'council-file-item-out-of-scope',
        unit: appraisal.unit,
        question: appraisal.question,
      })
  }
  const evidence: WorkPackageEvidence[] = []
  for (const [path, data] of parts) {
    const match = EVIDENCE_PATH.exec(path)
    if (match === null) continue
    const [, unit = '', question = '', fileName = ''] = match
    if (!seen.has(unit)) issues.push({ code: 'council-file-unit-out-of-scope', unit })
    else if (!scope.questions.has(question))
      issues.push({ code: 'council-file-item-out-of-scope', unit, question })
    else evidence.push({ unit, question, fileName, bytes: data })
  }
  if (issues.length > 0) return err(dedupe(issues))
  const { position } = about.member
  return ok({
    assessmentId: about.assessmentId,
    year: about.year,
    framework: framework.value,
    member: {
      id: about.member.id,
      name: about.member.name,
      ...(position === undefined ? {} : { position }),
      units: about.scope.units,
      groups: about.scope.groups,
    },
    units: units.value,
    evidence,
    appraisals: appraisals.value.map(fileAppraisal),
    createdAt: about.createdAt,
    appVersion: about.appVersion,
    contentHash: opened.value.manifest.contentHash,
  })
}

function dedupe(issues: readonly CouncilFileIssue[]): CouncilFileIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = JSON.stringify(issue)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
