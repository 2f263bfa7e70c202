import { z } from 'zod'
import type { Appraisal } from '@core/assessment/appraisal'
import { defaultWorkbookReadLimits, type WorkbookReadLimits } from '@core/excel/workbookReadLimits'

/** The `format` id in a work package's manifest. */
export const COUNCIL_PACKAGE_FORMAT = 'ictwb-council-package'
/** The work package format this build writes and reads (docs/appraisal-council.md). */
export const COUNCIL_PACKAGE_FORMAT_VERSION = 1
/** The manifest at the top of the zip. */
export const COUNCIL_PACKAGE_MANIFEST = 'council-package.json'

/**
 * Limits for a work package: it carries the assigned units' evidence, so as large as several
 * submission packages together; each file at most the app's evidence limit (25 MB).
 */
export const councilPackageLimits: WorkbookReadLimits = {
  ...defaultWorkbookReadLimits,
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 500,
  maxPartBytes: 25 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
}

const code = z.string().min(1).max(200)
const text = z.string().max(2000)
const tableCell = z.union([z.number(), z.boolean(), z.string().max(100_000), z.null()])

/** An answer value as a file may hold it (the shapes of `AnswerValue`). */
export const answerValueSchema = z.union([
  z.number(),
  z.boolean(),
  z.string().max(100_000),
  z.array(z.string().max(10_000)).max(10_000),
  z.array(z.record(z.string().max(200), tableCell)).max(10_000),
])

/** A council member as a file names them. */
export const councilMemberSchema = z.strictObject({
  id: code,
  name: z.string().min(1).max(200),
  position: z.string().max(200).optional(),
})

/** A member's assignment as a file records it. */
export const councilScopeSchema = z.strictObject({
  units: z.array(code).max(10_000),
  groups: z.array(code).max(10_000),
})

/** One appraisal as a file holds it (`Appraisal`; `member` only in a work package's earlier appraisals). */
export const appraisalSchema = z.strictObject({
  unit: code,
  kind: z.enum(['answer', 'points']).optional(),
  question: code,
  value: answerValueSchema.nullable(),
  reason: text,
  at: z.string().max(40),
  member: z.strictObject({ id: code, name: z.string().max(200) }).optional(),
})

/** A work package's manifest, beyond the sealed fields every council file has. */
export const councilPackageManifestSchema = z.looseObject({
  assessmentId: code,
  frameworkId: code,
  frameworkVersion: code,
  year: z.number().int().min(2000).max(2100),
  member: councilMemberSchema,
  scope: councilScopeSchema,
  createdAt: z.string().max(40),
  appVersion: z.string().max(40),
})

/** `units.json`: the assigned units with their declared answers (only the questions in scope). */
export const packageUnitsSchema = z
  .array(
    z.strictObject({
      code,
      name: z.string().max(500),
      group: z.string().max(500),
      answers: z.record(z.string().max(200), answerValueSchema.nullable()),
    }),
  )
  .max(10_000)

/** `appraisals.json`. */
export const packageAppraisalsSchema = z.array(appraisalSchema).max(1_000_000)

/**
 * An appraisal as read from a file, in the app's shape (no `kind` for an answer, `member` only when present).
 *
 * @example
 *   fileAppraisal({ unit: 'SNV', question: 'MayBan', value: 10, reason: 'Biên bản', at: '2026-03-01T08:00:00Z' }).kind // => undefined
 */
export function fileAppraisal(raw: z.infer<typeof appraisalSchema>): Appraisal {
  const { unit, kind, question, value, reason, at, member } = raw
  return {
    unit,
    ...(kind === 'points' ? { kind } : {}),
    question,
    value,
    reason,
    at,
    ...(member === undefined ? {} : { member }),
  }
}
