import { digestSha256Hex } from '@core/sha256'
import { z } from 'zod'
import { err, ok, type Result } from '@core/result'
import { fromJsonValue, toJsonValue, type UnsupportedValue } from './backupValue'

/**
 * The backup file: UTF-8 JSON, self-verifying. The layout is fixed so the table part can be
 * hashed exactly as written:
 *
 *   {"format":"ict-index-workbench-backup","formatVersion":1,"header":{…},"tables":{…}}
 *
 * `header.contentHash` is the SHA-256 of the `tables` JSON text (equal hashes = unchanged data);
 * `header.integrity` is the SHA-256 of the rest of the header plus that text, so a flipped byte or a
 * truncated file is caught at restore even for a file that left the backups folder (decision 0004).
 */
export const BACKUP_FORMAT = 'ict-index-workbench-backup'
export const BACKUP_FORMAT_VERSION = 1

export type BackupTables = Readonly<Record<string, readonly unknown[]>>

const headerSchema = z.strictObject({
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(100),
  database: z.string().min(1).max(200),
  schemaVersion: z.number().int().min(1),
  recordCount: z.number().int().min(0),
  tableCounts: z.record(z.string().max(200), z.number().int().min(0)),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  integrity: z.string().regex(/^[0-9a-f]{64}$/),
})
export type BackupHeader = z.infer<typeof headerSchema>

export type DecodedBackup = { readonly header: BackupHeader; readonly tables: BackupTables }

export type EncodedBackup = { readonly bytes: Uint8Array; readonly header: BackupHeader }

export type BackupFormatError =
  | { readonly code: 'not-a-backup' }
  | { readonly code: 'unsupported-backup-version'; readonly found: number }
  | { readonly code: 'backup-damaged'; readonly detail: string }
  | UnsupportedValue

const PREFIX = `{"format":"${BACKUP_FORMAT}","formatVersion":`

/**
 * Encodes every table's rows (in the order given) into backup bytes.
 *
 * @example
 *   const encoded = await encodeBackup({ settings: [{ key: 'language', value: 'vi' }] }, { createdAt, appVersion: '0.1.0', database: 'ict-index-workbench', schemaVersion: 1 })
 */
export async function encodeBackup(
  tables: BackupTables,
  about: Pick<BackupHeader, 'createdAt' | 'appVersion' | 'database' | 'schemaVersion'>,
): Promise<Result<EncodedBackup, BackupFormatError>> {
  const encodedTables: Record<string, unknown> = {}
  const tableCounts: Record<string, number> = {}
  for (const name of Object.keys(tables).sort()) {
    const rows = toJsonValue(tables[name], `${name}`)
    if (!rows.ok) return rows
    encodedTables[name] = rows.value
    tableCounts[name] = tables[name]?.length ?? 0
  }
  const tablesJson = JSON.stringify(encodedTables)
  const unsealed = {
    ...about,
    recordCount: Object.values(tableCounts).reduce((total, count) => total + count, 0),
    tableCounts,
    contentHash: await digestSha256Hex(new TextEncoder().encode(tablesJson)),
  }
  const header: BackupHeader = { ...unsealed, integrity: await integrityOf(unsealed, tablesJson) }
  const text = `${PREFIX}${BACKUP_FORMAT_VERSION},"header":${JSON.stringify(header)},"tables":${tablesJson}}`
  return ok({ bytes: new TextEncoder().encode(text), header })
}

/**
 * Reads backup bytes: checks the format, the header, the content hash and every table's row
 * count before decoding any row.
 *
 * @example
 *   const decoded = await decodeBackup(bytes)
 *   if (decoded.ok) decoded.value.tables.settings
 */
export async function decodeBackup(bytes: Uint8Array): Promise<Result<DecodedBackup, BackupFormatError>> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return err({ code: 'backup-damaged', detail: 'not UTF-8' })
  }
  if (!text.startsWith(PREFIX)) return err({ code: 'not-a-backup' })
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return err({ code: 'backup-damaged', detail: 'not JSON (truncated?)' })
  }
  const envelope = z
    .object({
      formatVersion: z.number(),
      header: z.unknown(),
      tables: z.record(z.string(), z.array(z.unknown())),
    })
    .safeParse(parsed)
  if (!envelope.success) return err({ code: 'backup-damaged', detail: 'unexpected structure' })
  if (envelope.data.formatVersion !== BACKUP_FORMAT_VERSION)
    return err({ code: 'unsupported-backup-version', found: envelope.data.formatVersion })
  const header = headerSchema.safeParse(envelope.data.header)
  if (!header.success) return err({ code: 'backup-damaged', detail: 'header' })
  // The header as written is the parsed one re-serialised (JSON.stringify keeps the key order), so
  // the tables' text starts right after it; anything else means the file was edited or damaged.
  const head = `${PREFIX}${BACKUP_FORMAT_VERSION},"header":${JSON.stringify(envelope.data.header)},"tables":`
  if (!text.startsWith(head)) return err({ code: 'backup-damaged', detail: 'layout' })
  const tablesJson = text.slice(head.length, -1)
  if ((await digestSha256Hex(new TextEncoder().encode(tablesJson))) !== header.data.contentHash) {
    return err({ code: 'backup-damaged', detail: 'content hash' })
  }
  const { integrity, ...unsealed } = envelope.data.header as Record<string, unknown>
  if ((await integrityOf(unsealed, tablesJson)) !== integrity)
    return err({ code: 'backup-damaged', detail: 'integrity' })
  return decodeTables(header.data, envelope.data.tables)
}

function decodeTables(
  header: BackupHeader,
  rawTables: Record<string, unknown[]>,
): Result<DecodedBackup, BackupFormatError> {
  const names = Object.keys(rawTables).sort()
  if (names.join('\n') !== Object.keys(header.tableCounts).sort().join('\n'))
    return err({ code: 'backup-damaged', detail: 'table list' })
  const tables: Record<string, readonly unknown[]> = {}
  for (const name of names) {
    const rows = rawTables[name] ?? []
    if (rows.length !== header.tableCounts[name])
      return err({ code: 'backup-damaged', detail: `row count of ${name}` })
    const decoded = fromJsonValue(rows, name)
    if (!decoded.ok) return decoded
    Object.defineProperty(tables, name, { value: decoded.value, enumerable: true })
  }
  return ok({ header, tables })
}

function integrityOf(unsealedHeader: object, tablesJson: string): Promise<string> {
  return digestSha256Hex(new TextEncoder().encode(`${JSON.stringify(unsealedHeader)}\n${tablesJson}`))
}
