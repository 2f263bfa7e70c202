import { z } from 'zod'
import type { Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { loadFramework } from '@core/framework/loadFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import { MANIFEST_LAYOUT, MANIFEST_SHEET } from './manifestSheet'
import {
  MANIFEST_FORMAT,
  MANIFEST_FORMAT_VERSION,
  type ManifestDigests,
  type ResultsManifest,
} from './resultsManifest'

const text = z.string().max(100_000)
const tableCell = z.union([z.number(), z.boolean(), z.string(), z.null()])
const answerValue = z.union([
  z.number(),
  z.boolean(),
  z.string(),
  z.array(z.string()),
  z.array(z.record(z.string(), tableCell)),
  z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number() })),
])
const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(MANIFEST_FORMAT_VERSION),
  engineVersion: z.number().int(),
  appVersion: text,
  resultsVersion: z.number().int().nullable(),
  // Absent from reports written before published versions had digests: read as none.
  resultsDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional()
    .transform((digest) => digest ?? null),
  status: z.enum(['official', 'provisional']),
  year: z.number().int(),
  generatedAt: text,
  publishedAt: text.nullable(),
  operator: z.object({ name: text, position: text.nullable().optional() }).nullable(),
  signature: z.object({ place: text, preparer: text, head: text }).nullable(),
  previousYear: z.number().int().nullable(),
  charts: z.number().int().min(0),
  framework: z.unknown(),
  units: z.array(
    z.object({
      code: text,
      name: text,
      group: text,
      attributes: z.record(z.string(), z.string()).optional(),
      answers: z.record(z.string(), answerValue.nullable()),
    }),
  ),
  appraisals: z.array(
    z.object({
      unit: text,
      kind: z.enum(['answer', 'points']).optional(),
      question: text,
      value: answerValue.nullable(),
      reason: text,
      at: text,
      response: z
        .object({
          round: z.number().int().min(1),
          responseId: text,
          decision: z.enum(['kept', 'revised']),
          explanation: z.string(),
        })
        .optional(),
    }),
  ),
  previousValues: z.record(z.string(), z.record(z.string(), z.number().nullable())).nullable(),
})

/**
 * Why a manifest could not be read: the chunks are missing or cut (`chunks`), the JSON does not
 * parse (`json`), it has the wrong shape (`shape`), or its framework is not valid (`framework`).
 * `cell` is where to look on the manifest sheet.
 */
export type ManifestDamage = {
  readonly reason: 'chunks' | 'json' | 'shape' | 'framework'
  readonly cell: string
}

/**
 * The manifest as read: its parsed JSON (`raw`, for the digests), the checked manifest, its
 * framework validated, and the digests the sheet stores.
 */
export type ReadManifest = {
  readonly raw: Readonly<Record<string, unknown>>
  readonly manifest: ResultsManifest
  readonly framework: ValidFramework
  readonly stored: ManifestDigests
}

/**
 * Finds and reads the manifest sheet of a results report (whatever its sheet state: a program
 * may have turned very hidden into hidden). `null`: the workbook has no manifest sheet, or its first
 * row is not the manifest's (not a results report this app wrote); otherwise the manifest or why
 * it is damaged.
 *
 * @example
 *   const read = readManifestSheet(workbook)
 *   if (read !== null && read.ok) read.value.manifest.units.length
 */
export function readManifestSheet(workbook: SheetWorkbook): Result<ReadManifest, ManifestDamage> | null {
  const sheet = workbook.sheets.find((candidate) => candidate.name === MANIFEST_SHEET)
  if (sheet === undefined) return null
  const at = (row: number, column: number) => sheet.rows[row - 1]?.[column - 1] ?? null
  if (at(MANIFEST_LAYOUT.formatRow, 1) !== MANIFEST_FORMAT) return null
  const count = wholeNumber(at(MANIFEST_LAYOUT.chunkCountRow, 2))
  const length = wholeNumber(at(MANIFEST_LAYOUT.lengthRow, 2))
  const chunks = count === null ? null : chunkTexts(sheet, count)
  const json = chunks === null ? null : chunks.join('')
  if (json === null || json.length !== length)
    return err({ reason: 'chunks', cell: `B${MANIFEST_LAYOUT.chunkCountRow}` })
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return err({ reason: 'json', cell: `A${MANIFEST_LAYOUT.firstChunkRow}` })
  }
  const checked = manifestSchema.safeParse(parsed)
  if (!checked.success) return err({ reason: 'shape', cell: `A${MANIFEST_LAYOUT.firstChunkRow}` })
  const framework = loadFramework(checked.data.framework)
  if (!framework.ok) return err({ reason: 'framework', cell: `A${MANIFEST_LAYOUT.firstChunkRow}` })
  const digest = (row: number) => {
    const value = at(row, 2)
    return typeof value === 'string' ? value : ''
  }
  const { digestRows } = MANIFEST_LAYOUT
  return ok({
    raw: parsed as Record<string, unknown>,
    manifest: { ...(checked.data as unknown as ResultsManifest), framework: framework.value },
    framework: framework.value,
    stored: {
      framework: digest(digestRows.framework),
      answers: digest(digestRows.answers),
      results: digest(digestRows.results),
    },
  })
}

function wholeNumber(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null
}

function chunkTexts(sheet: Sheet, count: number): string[] | null {
  const chunks: string[] = []
  for (let index = 0; index < count; index += 1) {
    const value = sheet.rows[MANIFEST_LAYOUT.firstChunkRow - 1 + index]?.[0]
    if (typeof value !== 'string') return null
    chunks.push(value)
  }
  return chunks
}
