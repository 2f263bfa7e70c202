import { z } from 'zod'
import { canonicalJson } from '@core/canonicalJson'
import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { splitJsonText } from '@core/formats/results-report/manifestSheet'
import { err, ok, type Result } from '@core/result'
import { sha256OfText } from '@core/sha256'
import type { RoundFileKind, RoundIssue } from './roundIssue'

/** The name of the very hidden sheet holding a round file's manifest. */
export const ROUND_MANIFEST_SHEET = '_round'
/** What cell A1 of the manifest sheet says: this is a round file of this app. */
export const ROUND_FORMAT = 'ictwb-round'
/** The format version this build writes and reads (feedback and response alike). */
export const ROUND_FORMAT_VERSION = 1
/** Bumped only if the hashed text ever changes shape. */
const HASH_FORMAT = 'ictwb-round-content-1'

/**
 * Who a feedback or response package is for and what it covers: the assessment, framework, year,
 * unit and round, the deadline for the unit's response (ISO date), and the SHA-256 over the
 * canonical JSON of the identity and the content (`roundContentHash`). `unitName`, `writtenAt`
 * and `appVersion` are not hashed (renaming a unit makes no new file).
 *
 * @example
 *   const manifest: RoundManifest = { kind: 'feedback', formatVersion: 1, assessmentId: 'a1', frameworkId: 'dept-ict-readiness', frameworkVersion: '2026.1', year: 2026, unitCode: 'SNV', unitName: 'Sở Nội vụ', round: 1, deadline: '2026-04-15', writtenAt: '2026-04-01T08:00:00.000Z', appVersion: '0.1.0', contentHash: '…' }
 */
export type RoundManifest = {
  readonly kind: RoundFileKind
  readonly formatVersion: number
  readonly assessmentId: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly unitCode: string
  readonly unitName: string
  readonly round: number
  readonly deadline: string
  readonly writtenAt: string
  readonly appVersion: string
  readonly contentHash: string
}

/** The manifest without its hash: what a writer is given. */
export type RoundIdentity = Omit<RoundManifest, 'contentHash' | 'formatVersion' | 'kind'>

const MANIFEST_KEYS = [
  'kind',
  'formatVersion',
  'assessmentId',
  'frameworkId',
  'frameworkVersion',
  'year',
  'unitCode',
  'unitName',
  'round',
  'deadline',
  'writtenAt',
  'appVersion',
  'contentHash',
] as const satisfies readonly (keyof RoundManifest)[]

const text = z.string().max(500)
const manifestFields = {
  assessmentId: text.min(1),
  frameworkId: text.min(1),
  frameworkVersion: text.min(1),
  year: z.number().int().min(1900).max(3000),
  unitCode: text.min(1),
  unitName: text,
  round: z.number().int().min(1).max(999),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  writtenAt: text,
  appVersion: text,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
} as const
const CHUNK_ROW = 'content'

/**
 * SHA-256 (hex) over the canonical JSON (`canonicalJson`) of the identity fields that say whose
 * file it is and of the content: the same for equal files whatever program saved them.
 *
 * @example
 *   roundContentHash({ kind: 'feedback', assessmentId: 'a1', … }, content) // => 64 hex digits
 */
export function roundContentHash(
  manifest: Pick<
    RoundManifest,
    'kind' | 'assessmentId' | 'frameworkId' | 'frameworkVersion' | 'year' | 'unitCode' | 'round' | 'deadline'
  >,
  content: unknown,
): string {
  const { kind, assessmentId, frameworkId, frameworkVersion, year, unitCode, round, deadline } = manifest
  return sha256OfText(
    canonicalJson({
      format: HASH_FORMAT,
      kind,
      assessmentId,
      frameworkId,
      frameworkVersion,
      year,
      unitCode,
      round,
      deadline,
      content,
    }),
  )
}

/**
 * The manifest for `identity` and `content`, with its hash.
 *
 * @example
 *   sealRoundManifest('feedback', identity, content).contentHash // => 64 hex digits
 */
export function sealRoundManifest(
  kind: RoundFileKind,
  identity: RoundIdentity,
  content: unknown,
): RoundManifest {
  const unsealed = { ...identity, kind, formatVersion: ROUND_FORMAT_VERSION }
  return { ...unsealed, contentHash: roundContentHash(unsealed, content) }
}

/**
 * The very hidden manifest sheet: `ictwb-round` in A1, `key | value` rows, then the content's
 * canonical JSON in `content | chunk` rows (chunks that a spreadsheet keeps as they are).
 *
 * @example
 *   roundManifestSheet(manifest, content).state // => 'veryHidden'
 */
export function roundManifestSheet(manifest: RoundManifest, content: unknown): SheetSpec {
  const rows: SpecCell[][] = [
    [ROUND_FORMAT, ROUND_FORMAT_VERSION],
    ...MANIFEST_KEYS.map((key): SpecCell[] => [key, manifest[key]]),
    ...splitJsonText(canonicalJson(content)).map((chunk): SpecCell[] => [CHUNK_ROW, chunk]),
  ]
  return { name: ROUND_MANIFEST_SHEET, state: 'veryHidden', columns: [{ width: 20 }, { width: 80 }], rows }
}

/** The manifest and the content's parsed JSON as found (the content is not checked here). */
export type ReadRoundManifest = { readonly manifest: RoundManifest; readonly content: unknown }

/**
 * Reads the manifest sheet (whatever its sheet state): `null` when it is not a round file at all;
 * every damaged field otherwise; a file of the other round kind or of a newer format version is
 * refused with that reason alone.
 *
 * @example
 *   const read = readRoundManifest(sheet, 'feedback')
 *   read !== null && read.ok && read.value.manifest.round // => 1
 */
export function readRoundManifest(
  sheet: Sheet,
  expected: RoundFileKind,
): Result<ReadRoundManifest, readonly RoundIssue[]> | null {
  if (sheet.rows[0]?.[0] !== ROUND_FORMAT) return null
  const values = new Map<string, CellValue>()
  const chunks: string[] = []
  for (const row of sheet.rows.slice(1)) {
    const [key, value] = row
    if (key === CHUNK_ROW) chunks.push(typeof value === 'string' ? value : '')
    else if (typeof key === 'string' && !values.has(key)) values.set(key, value ?? null)
  }
  const kind = values.get('kind')
  if (kind !== expected) return err([notOfKind(expected, kind === 'feedback' || kind === 'response')])
  const version = values.get('formatVersion')
  if (typeof version === 'number' && version > ROUND_FORMAT_VERSION)
    return err([{ code: 'round-newer-format', found: version, newest: ROUND_FORMAT_VERSION }])
  const issues: RoundIssue[] = []
  if (version !== ROUND_FORMAT_VERSION)
    issues.push({ code: 'round-damaged-manifest', field: 'formatVersion' })
  const fields: Record<string, unknown> = {}
  for (const [field, schema] of Object.entries(manifestFields)) {
    const raw = values.get(field)
    const checked = schema.safeParse(typeof raw === 'string' ? raw.trim() : raw)
    if (checked.success) fields[field] = checked.data
    else issues.push({ code: 'round-damaged-manifest', field })
  }
  let content: unknown = null
  try {
    content = JSON.parse(chunks.join(''))
  } catch {
    issues.push({ code: 'round-damaged-manifest', field: 'content' })
  }
  if (issues.length > 0) return err(issues)
  const manifest = { ...fields, kind: expected, formatVersion: ROUND_FORMAT_VERSION } as RoundManifest
  return ok({ manifest, content })
}

/**
 * The issue for a file that is not the round file expected: the other kind (`isRoundFile`), or
 * no round file at all.
 *
 * @example
 *   notOfKind('response', true) // => { code: 'round-not-response', found: 'feedback' }
 */
export function notOfKind(expected: RoundFileKind, isRoundFile: boolean): RoundIssue {
  return expected === 'feedback'
    ? { code: 'round-not-feedback', found: isRoundFile ? 'response' : 'other' }
    : { code: 'round-not-response', found: isRoundFile ? 'feedback' : 'other' }
}
