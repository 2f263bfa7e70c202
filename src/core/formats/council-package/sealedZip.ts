import { zipSync, type Zippable } from 'fflate'
import { z } from 'zod'
import { canonicalJson } from '@core/canonicalJson'
import type { WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { readZipEntries } from '@core/excel/xlsx/readZipEntries'
import { err, ok, type Result } from '@core/result'
import { sha256Hex, sha256OfText } from '@core/sha256'
import type { CouncilFileIssue } from './councilFileIssue'

/** One part of a sealed package as its manifest lists it: path in the zip, SHA-256 and size of its bytes. */
export type SealedPartRecord = { readonly path: string; readonly sha256: string; readonly size: number }

/** What every sealed manifest has, whatever the kind. */
export type SealedManifestBase = {
  readonly format: string
  readonly formatVersion: number
  readonly parts: readonly SealedPartRecord[]
  readonly contentHash: string
}

/** A sealed package opened: its manifest (checked only for the common fields), its parts by path. */
export type OpenedSealedZip = {
  readonly manifest: Readonly<Record<string, unknown>> & SealedManifestBase
  readonly parts: ReadonlyMap<string, Uint8Array>
}

/** Zip timestamps use MS-DOS dates, which start in 1980; a fixed one makes equal packages equal bytes. */
const PACKED_AT = new Date(Date.UTC(1980, 0, 2))
const HEX64 = /^[0-9a-f]{64}$/

const baseSchema = z.looseObject({
  format: z.string(),
  formatVersion: z.number().int().min(1),
  parts: z
    .array(
      z.strictObject({
        path: z.string().min(1).max(512),
        sha256: z.string().regex(HEX64),
        size: z.number().int().min(0),
      }),
    )
    .max(100_000),
  contentHash: z.string().regex(HEX64),
})

/**
 * The content hash of a manifest: SHA-256 of the canonical JSON of every field but `contentHash`
 * (so of each part's SHA-256 too). It shows damage and edits; it is not a signature.
 *
 * @example
 *   sealedManifestHash({ format: 'x', formatVersion: 1, parts: [] }) // => '…64 hex digits…'
 */
export function sealedManifestHash(manifest: Readonly<Record<string, unknown>>): string {
  const { contentHash: _ignored, ...fields } = manifest
  return sha256OfText(canonicalJson(fields))
}

/**
 * Writes a sealed package: `manifestName` (the manifest with each part's SHA-256 and size and
 * the content hash over it) and the parts, with fixed timestamps. Refuses (with the limit's issue)
 * what the reader with the same `limits` would refuse: too many entries, a part or the whole too large.
 *
 * @example
 *   const packed = packSealedZip('appraisal-package.json', { format: 'ictwb-appraisal-package', formatVersion: 1 }, [{ path: 'appraisals.json', bytes }], limits)
 */
export function packSealedZip(
  manifestName: string,
  fields: Readonly<Record<string, unknown>> & { readonly format: string; readonly formatVersion: number },
  parts: readonly { readonly path: string; readonly bytes: Uint8Array }[],
  limits: WorkbookReadLimits,
): Result<{ readonly bytes: Uint8Array; readonly contentHash: string }, readonly CouncilFileIssue[]> {
  const records = parts.map(({ path, bytes }): SealedPartRecord => ({
    path,
    sha256: sha256Hex(bytes),
    size: bytes.length,
  }))
  const unsealed = { ...fields, parts: records }
  const contentHash = sealedManifestHash(unsealed)
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify({ ...unsealed, contentHash }, null, 2)}\n`)
  const all: [string, Uint8Array][] = [
    [manifestName, manifestBytes],
    ...parts.map((part): [string, Uint8Array] => [part.path, part.bytes]),
  ]
  const issues: CouncilFileIssue[] = []
  if (all.length > limits.maxEntries)
    issues.push({ code: 'too-many-entries', count: all.length, limit: limits.maxEntries })
  let total = 0
  for (const [part, bytes] of all) {
    if (bytes.length > limits.maxPartBytes)
      issues.push({ code: 'part-too-large', part, size: bytes.length, limit: limits.maxPartBytes })
    total += bytes.length
  }
  if (total > limits.maxTotalBytes)
    issues.push({ code: 'workbook-too-large', size: total, limit: limits.maxTotalBytes })
  if (issues.length > 0) return err(issues)
  const zippable: Zippable = Object.fromEntries(all)
  const bytes = zipSync(zippable, { level: 6, mtime: PACKED_AT })
  if (bytes.length > limits.maxFileBytes)
    return err([{ code: 'file-too-large', size: bytes.length, limit: limits.maxFileBytes }])
  return ok({ bytes, contentHash })
}

/**
 * Opens a sealed package with no trust in it: the guarded zip reader (`limits`: sizes, ratio,
 * names, CRC), the manifest at the top (`manifestName`, the `format` id expected, its version no
 * newer than `newestVersion`), the content hash recomputed, every part's SHA-256 and size against
 * the manifest, and nothing in the zip the manifest does not list. Every problem is collected;
 * a file without the manifest is `council-file-no-manifest` alone (not this kind of file).
 *
 * @example
 *   const opened = openSealedZip(bytes, 'appraisal-package.json', 'ictwb-appraisal-package', 1, limits)
 */
export function openSealedZip(
  bytes: Uint8Array,
  manifestName: string,
  format: string,
  newestVersion: number,
  limits: WorkbookReadLimits,
): Result<OpenedSealedZip, readonly CouncilFileIssue[]> {
  const entries = readZipEntries(bytes, limits)
  if (!entries.ok) return err(entries.error)
  const manifestEntry = entries.value.find((entry) => entry.name === manifestName)
  if (manifestEntry === undefined) return err([{ code: 'council-file-no-manifest', manifest: manifestName }])
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestEntry.data))
  } catch {
    return err([{ code: 'council-file-manifest-invalid', detail: manifestName }])
  }
  const parsed = baseSchema.safeParse(raw)
  if (!parsed.success || parsed.data.format !== format)
    return err([{ code: 'council-file-manifest-invalid', detail: firstPath(parsed.error) ?? 'format' }])
  const manifest = parsed.data
  if (manifest.formatVersion > newestVersion)
    return err([{ code: 'council-file-newer-format', found: manifest.formatVersion, newest: newestVersion }])
  const issues: CouncilFileIssue[] = []
  if (sealedManifestHash(manifest) !== manifest.contentHash)
    issues.push({ code: 'council-file-hash-mismatch' })
  const byName = new Map(entries.value.map((entry) => [entry.name, entry.data]))
  const parts = new Map<string, Uint8Array>()
  for (const record of manifest.parts) {
    const data = byName.get(record.path)
    if (data === undefined || record.path === manifestName) {
      issues.push({ code: 'council-file-part-missing', part: record.path })
      continue
    }
    if (data.length !== record.size || sha256Hex(data) !== record.sha256)
      issues.push({ code: 'council-file-part-damaged', part: record.path })
    else parts.set(record.path, data)
  }
  const listed = new Set(manifest.parts.map((record) => record.path))
  for (const entry of entries.value)
    if (entry.name !== manifestName && !listed.has(entry.name))
      issues.push({ code: 'council-file-unexpected-entry', part: entry.name })
  if (issues.length > 0) return err(issues)
  return ok({ manifest, parts })
}

/**
 * A JSON part parsed with its schema, or the issue naming the part and the first wrong place.
 *
 * @example
 *   const units = parseJsonPart(parts, 'units.json', unitsSchema)
 */
export function parseJsonPart<T>(
  parts: ReadonlyMap<string, Uint8Array>,
  path: string,
  schema: z.ZodType<T>,
): Result<T, CouncilFileIssue> {
  const bytes = parts.get(path)
  if (bytes === undefined) return err({ code: 'council-file-part-missing', part: path })
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return err({ code: 'council-file-content-invalid', part: path, detail: 'JSON' })
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success)
    return err({ code: 'council-file-content-invalid', part: path, detail: firstPath(parsed.error) ?? '' })
  return ok(parsed.data)
}

function firstPath(error: z.ZodError | undefined): string | null {
  const issue = error?.issues[0]
  if (issue === undefined) return null
  return issue.path.length === 0 ? issue.message : issue.path.map(String).join('.')
}
