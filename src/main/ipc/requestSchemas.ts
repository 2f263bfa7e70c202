import { z } from 'zod'
import {
  BACKUP_REASONS,
  FILE_PURPOSES,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_STREAMED_BACKUP_BYTES,
  MAX_DROPPED_ITEMS,
  MAX_SAVE_BYTES,
  type InvokeMethod,
  type WireRequest,
} from '../../shared/ipc/contract'

/**
 * zod schemas for every request the renderer can send. Strict objects: extra keys (including
 * `__proto__` smuggled through structured clone) are rejected, strings and byte arrays are bounded.
 */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((character) => character.charCodeAt(0) < 32),
    {
      message: 'file name contains a forbidden character',
    },
  )
  .refine((name) => name !== '.' && name !== '..', { message: 'file name is a path segment' })

const boundedBytes = (maxBytes: number) =>
  z
    .instanceof(Uint8Array)
    .refine((value) => value.byteLength <= maxBytes, { message: `more than ${maxBytes} bytes` })

const purpose = z.enum(FILE_PURPOSES)

/**
 * A dropped path as the preload read it from `webUtils.getPathForFile`: absolute, no NUL, bounded.
 * Main checks it further (normalised, not a device path, not inside the profile) before reading.
 */
const droppedPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), { message: 'path contains NUL' })

/** Random tokens main handed out (UUIDs). */
const token = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)

/** Backup ids main made: `20250131T103000123Z-a1b2c3` (date, time, random suffix); nothing path-like. */
export const BACKUP_ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-f]{6}$/

/** IndexedDB names the app uses (`ict-index-workbench`, …): also part of the marker's file name. */
export const DATABASE_NAME_PATTERN = /^[a-z][a-z0-9-]{0,63}$/
const databaseName = z.string().regex(DATABASE_NAME_PATTERN)

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

/** Ids main gave to a begun chunked backup (UUIDs). */
const uploadId = token

export const requestSchemas = {
  getAppInfo: z.undefined(),
  openFiles: z.strictObject({ purpose, multiple: z.boolean() }),
  pickFolder: z.strictObject({ purpose }),
  readDroppedFiles: z.strictObject({ purpose, paths: z.array(droppedPath).min(1).max(MAX_DROPPED_ITEMS) }),
  saveFile: z.strictObject({ suggestedName: fileName, bytes: boundedBytes(MAX_SAVE_BYTES) }),
  showInFolder: z.strictObject({ token }),
  printToPdf: z.strictObject({ suggestedName: fileName, landscape: z.boolean() }),
  listBackups: z.undefined(),
  beginBackup: z.strictObject({ reason: z.enum(BACKUP_REASONS) }),
  appendBackup: z.strictObject({
    uploadId: uploadId,
    chunk: boundedBytes(MAX_BACKUP_CHUNK_BYTES).refine((value) => value.byteLength > 0, {
      message: 'empty chunk',
    }),
  }),
  finishBackup: z.strictObject({
    uploadId: uploadId,
    contentHash: sha256Hex,
    recordCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    schemaVersion: z.number().int().min(1).max(1_000_000),
  }),
  abortBackup: z.strictObject({ uploadId: uploadId }),
  readBackupChunk: z.strictObject({
    id: z.string().regex(BACKUP_ID_PATTERN),
    offset: z.number().int().min(0).max(MAX_STREAMED_BACKUP_BYTES),
    length: z.number().int().min(1).max(MAX_BACKUP_CHUNK_BYTES),
  }),
  readPickedFileChunk: z.strictObject({
    token,
    offset: z.number().int().min(0).max(MAX_STREAMED_BACKUP_BYTES),
    length: z.number().int().min(1).max(MAX_BACKUP_CHUNK_BYTES),
  }),
  readDatabaseMarker: z.strictObject({ databaseName }),
  writeDatabaseMarker: z.strictObject({
    marker: z.strictObject({
      format: z.literal(1),
      databaseName,
      identity: z.string().min(1).max(100),
      counts: z
        .record(
          z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/),
          z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        )
        .refine((counts) => Object.keys(counts).length <= 100, { message: 'too many tables' }),
      lastChangeAt: z.string().datetime(),
      auditHead: z
        .strictObject({
          count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
          hash: z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .nullable(),
        })
        .optional(),
    }),
  }),
} as const satisfies { readonly [M in InvokeMethod]: z.ZodType<WireRequest<M>> }
