import { z } from 'zod'

/**
 * What every stored row must look like to be written back by a restore (decision 0021): its key,
 * the fields its indexes and repositories rely on, with their types. Rows may hold more (fields
 * added without a schema step), so objects are loose; the repositories validate their deeper
 * content when they read it (frameworks, answers, results).
 */
const text = z.string()
const key = z.string().min(1).max(1000)
const year = z.number().int()
const time = z.string().min(1).max(100)
const nullableTime = time.nullable()

export const storedRowSchemas: Readonly<Record<string, z.ZodType>> = {
  settings: z.looseObject({ key }),
  frameworks: z.looseObject({ id: key, version: key, year, importedAt: time }),
  units: z.looseObject({ code: key, name: text, group: text }),
  submissions: z.looseObject({
    id: key,
    frameworkId: text,
    frameworkVersion: text,
    unitCode: text,
    year,
    status: text,
    answers: z.record(z.string(), z.unknown()),
    updatedAt: time,
  }),
  assessments: z.looseObject({
    id: key,
    frameworkId: text,
    frameworkVersion: text,
    year,
    status: text,
  }),
  auditLog: z.looseObject({
    seq: z.number().int().min(1),
    at: time,
    entityId: text,
    action: z.string().min(1),
    prevHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable()
      .optional(),
    hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }),
  evidence: z.looseObject({
    id: key,
    submissionId: text,
    questionCode: text,
    fileName: text,
    bytes: z.instanceof(Uint8Array),
  }),
  appraisals: z.looseObject({
    seq: z.number().int().min(1),
    assessmentId: text,
    unit: text,
    question: text,
    reason: text,
    at: time,
  }),
  assessmentResults: z.looseObject({ assessmentId: key, computedAt: time, engineVersion: z.number() }),
  receivedSubmissions: z.looseObject({
    id: key,
    unitCode: text,
    frameworkId: text,
    frameworkVersion: text,
    year,
    status: text,
    batchId: text,
    contentHash: text,
    importedAt: time,
  }),
  importBatches: z.looseObject({ id: key, startedAt: time, finishedAt: nullableTime }),
  importJournal: z.looseObject({ batchId: key, fingerprint: key, fileName: text, at: time }),
  importedResults: z.looseObject({ frameworkId: key, year, importedAt: time, results: z.unknown() }),
  unitLineages: z.looseObject({
    version: z.number().int().min(1),
    savedAt: time,
    origin: text,
    rows: z.array(z.unknown()),
  }),
  resultVersions: z.looseObject({
    assessmentId: key,
    version: z.number().int().min(1),
    publishedAt: time,
    engineVersion: z.number(),
    digest: text,
    origin: z.enum(['published', 'upgraded']),
  }),
  feedbackRounds: z.looseObject({
    assessmentId: key,
    round: z.number().int().min(1),
    issuedAt: time,
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    message: z.string(),
    scope: z.enum(['disputed', 'all']),
    attachments: z.array(z.string()),
    packages: z.array(z.looseObject({ unit: text, contentHash: text, items: z.number().int().min(0) })),
  }),
  roundResponses: z.looseObject({
    id: key,
    assessmentId: key,
    round: z.number().int().min(1),
    unit: text,
    importedAt: time,
    fileName: text,
    manifest: z.looseObject({ unitCode: text, contentHash: text }),
    content: z.looseObject({ feedbackHash: text, items: z.array(z.looseObject({ question: text })) }),
  }),
  unitFeedback: z.looseObject({
    id: key,
    submissionId: key,
    round: z.number().int().min(1),
    openedAt: time,
    manifest: z.looseObject({ unitCode: text, contentHash: text, assessmentId: key }),
    content: z.looseObject({ items: z.array(z.looseObject({ question: text })) }),
    drafts: z.record(
      z.string(),
      z.looseObject({ decision: z.enum(['agree', 'explain']).nullable(), explanation: z.string() }),
    ),
    exportedAt: time.nullable(),
    responseHash: text.nullable(),
  }),
  responseEvidence: z.looseObject({
    id: key,
    responseId: key,
    question: text,
    fileName: text,
    bytes: z.instanceof(Uint8Array),
  }),
  councils: z.looseObject({
    assessmentId: key,
    members: z.array(z.looseObject({ id: key, name: text, units: z.array(text), groups: z.array(text) })),
    memberOf: z
      .looseObject({
        leadAssessmentId: key,
        member: z.looseObject({ id: key, name: text, units: z.array(text), groups: z.array(text) }),
        workPackageHash: text,
        openedAt: time,
        units: z.array(z.looseObject({ code: text, answers: z.record(z.string(), z.unknown()) })),
        earlier: z.array(z.string()),
      })
      .optional(),
  }),
  councilPackages: z.looseObject({
    hash: key,
    assessmentId: key,
    member: text,
    importedAt: time,
    appraisals: z.number().int().min(0),
  }),
}

/** One row that does not have the shape its table needs: where and what. */
export type RowProblem = {
  readonly table: string
  /** The row's position in the backup's table, 1 for the first. */
  readonly row: number
  /** The field at fault (`bytes`, `answers.Q1`), or '' for the row itself. */
  readonly field: string
  readonly message: string
}

/**
 * Checks rows of a table against its schema; a table the app does not know gives one problem.
 * `firstRow` is the position of `rows[0]` in the table (rows come in chunks).
 *
 * @example
 *   validateStoredRows('units', [{ code: 'STC', name: 'Sở', group: 'so-nganh' }]) // => []
 */
export function validateStoredRows(
  table: string,
  rows: readonly unknown[],
  firstRow = 1,
  limit = 20,
): RowProblem[] {
  const schema = storedRowSchemas[table]
  if (schema === undefined) return [{ table, row: firstRow, field: '', message: 'unknown table' }]
  const problems: RowProblem[] = []
  for (const [index, row] of rows.entries()) {
    const parsed = schema.safeParse(row)
    if (parsed.success) continue
    const issue = parsed.error.issues[0]
    problems.push({
      table,
      row: firstRow + index,
      field: issue?.path.map(String).join('.') ?? '',
      message: issue?.message ?? 'invalid',
    })
    if (problems.length >= limit) break
  }
  return problems
}
