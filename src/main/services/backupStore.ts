import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { err, ok, type Result } from '@core/result'
import {
  BACKUP_REASONS,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_STREAMED_BACKUP_BYTES,
  type BackupReason,
  type BackupEntry,
  type FinishBackupRequest,
  type DesktopError,
  type WriteBackupOutcome,
  type WriteBackupRequest,
} from '../../shared/ipc/contract'
import { BACKUP_ID_PATTERN } from '../ipc/requestSchemas'
import { DEFAULT_RETENTION, selectBackupsToKeep, type RetentionPolicy } from '@core/storage/backupRetention'
import { syncFolder, writeFileAtomic } from './writeFileAtomic'

/** Steps of one backup write, reported to `onPhase` (the kill test records where each kill landed). */
export type BackupPhase = 'recover' | 'write-data' | 'verify' | 'write-sidecar' | 'rotate' | 'done'

export type BackupStoreOptions = {
  /** `<userData>/backups` */
  readonly folder: string
  readonly retention?: RetentionPolicy
  readonly now?: () => Date
  readonly randomSuffix?: () => string
  readonly onPhase?: (phase: BackupPhase) => void
  /** Gives each listed backup a token for "show in folder". */
  readonly revealToken?: (path: string) => string | null
}

export type BackupStore = {
  write(request: WriteBackupRequest): Promise<Result<WriteBackupOutcome, DesktopError>>
  list(): Promise<readonly BackupEntry[]>
  read(id: string): Promise<Result<{ readonly entry: BackupEntry; readonly bytes: Uint8Array }, DesktopError>>
  /**
   * A backup written in chunks (decision 0023): `begin` opens a part file, `append` writes each
   * chunk to it as it arrives (memory holds one chunk), `finish` checks and commits it like
   * `write` (rename, read-back hash streamed from disk, sidecar, rotation), `abort` removes it.
   * A begun backup idle for `STALE_UPLOAD_MS` (a renderer that crashed) is removed at the next
   * `begin`.
   */
  begin(reason: BackupReason): Promise<Result<{ readonly uploadId: string }, DesktopError>>
  append(uploadId: string, chunk: Uint8Array): Promise<Result<{ readonly bytes: number }, DesktopError>>
  finish(request: FinishBackupRequest): Promise<Result<WriteBackupOutcome, DesktopError>>
  abort(uploadId: string): Promise<Result<null, DesktopError>>
  /** Why a begun backup is being made, or `null` for an unknown upload. */
  reasonOf(uploadId: string): BackupReason | null
  /** Up to `length` bytes of a backup from `offset` (restore streams the file; the format checks itself). */
  readChunk(
    id: string,
    offset: number,
    length: number,
  ): Promise<Result<{ readonly bytes: Uint8Array; readonly total: number }, DesktopError>>
}

/** A begun chunked backup with no call for this long is taken as abandoned (the renderer crashed). */
export const STALE_UPLOAD_MS = 10 * 60 * 1000

type Upload = {
  readonly reason: BackupReason
  readonly path: string
  readonly handle: FileHandle
  readonly hash: ReturnType<typeof createHash>
  bytes: number
  touchedAt: number
  /** The first bytes, until the backup prefix can be checked. */
  head: Uint8Array
}
const partName = (uploadId: string) => `upload-${uploadId}.part`
const PART_FILE = /^upload-[0-9a-f-]{36}\.part$/

/** The start every backup file has (`core/formats/backup/backupFormat`); anything else is not written. */
const BACKUP_PREFIX = new TextEncoder().encode('{"format":"ict-index-workbench-backup"')

const sidecarSchema = z.strictObject({
  id: z.string().regex(BACKUP_ID_PATTERN),
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  recordCount: z.number().int().min(0),
  schemaVersion: z.number().int().min(1),
})
type Sidecar = z.infer<typeof sidecarSchema>

const dataName = (id: string) => `backup-${id}.json`
const sidecarName = (id: string) => `backup-${id}.meta.json`
const DATA_FILE = /^backup-(\d{8}T\d{9}Z-[0-9a-f]{6})\.json$/
const SIDECAR_FILE = /^backup-(\d{8}T\d{9}Z-[0-9a-f]{6})\.meta\.json$/

/**
 * The backups folder: each backup is a data file plus a sidecar with its SHA-256, both written
 * through temp file + fsync + rename. A backup counts only once its data file was read back and
 * matched, and its sidecar is in place; only then are older good ones rotated out (decision 0004).
 * Operations run one at a time.
 *
 * @example
 *   const store = createBackupStore({ folder: join(app.getPath('userData'), 'backups') })
 *   await store.write({ reason: 'scheduled', bytes, contentHash, recordCount, schemaVersion: 1 })
 */
export function createBackupStore(options: BackupStoreOptions): BackupStore {
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation)
    queue = next.catch(() => undefined)
    return next
  }
  const phase = (name: BackupPhase) => options.onPhase?.(name)
  const toEntry = (sidecar: Sidecar, verified: boolean): BackupEntry => ({
    ...sidecar,
    verified,
    revealToken: options.revealToken?.(join(options.folder, dataName(sidecar.id))) ?? null,
  })

  const uploads = new Map<string, Upload>()
  const clock = () => (options.now?.() ?? new Date()).getTime()

  // Hashing every backup on every listing is wasteful: remember results per file size and mtime.
  const verified = new Map<string, boolean>()
  const isIntact = async (sidecar: Sidecar): Promise<boolean> => {
    const path = join(options.folder, dataName(sidecar.id))
    const info = await stat(path).catch(() => null)
    if (info === null || info.size !== sidecar.bytes) return false
    const key = `${sidecar.id}:${sidecar.sha256}:${info.size}:${info.mtimeMs}`
    const known = verified.get(key)
    if (known !== undefined) return known
    const bytes = await readFile(path).catch(() => null)
    const intact = bytes !== null && bytes.byteLength === sidecar.bytes && sha256(bytes) === sidecar.sha256
    if (verified.size > 1000) verified.clear()
    verified.set(key, intact)
    return intact
  }

  const listWithFiles = async (): Promise<{ entries: BackupEntry[]; names: string[] }> => {
    await mkdir(options.folder, { recursive: true })
    const names = await readdir(options.folder)
    const entries: BackupEntry[] = []
    for (const name of names) {
      const id = SIDECAR_FILE.exec(name)?.[1]
      if (id === undefined || !names.includes(dataName(id))) continue
      const sidecar = await readSidecar(join(options.folder, name))
      if (sidecar === null || sidecar.id !== id) continue
      entries.push(toEntry(sidecar, await isIntact(sidecar)))
    }
    entries.sort(
      (left, right) => right.createdAt.localeCompare(left.createdAt) || right.id.localeCompare(left.id),
    )
    return { entries, names }
  }

  /** Removes what an interrupted write left: temp files, data files without a sidecar, sidecars without data. */
  const recover = async (): Promise<void> => {
    phase('recover')
    const { names } = await listWithFiles()
    for (const name of names) {
      const dataId = DATA_FILE.exec(name)?.[1]
      const sidecarId = SIDECAR_FILE.exec(name)?.[1]
      const orphanData = dataId !== undefined && !names.includes(sidecarName(dataId))
      const orphanSidecar = sidecarId !== undefined && !names.includes(dataName(sidecarId))
      const abandonedPart =
        PART_FILE.test(name) &&
        ![...uploads.values()].some((upload) => upload.path === join(options.folder, name))
      if (name.endsWith('.tmp') || orphanData || orphanSidecar || abandonedPart)
        await rm(join(options.folder, name), { force: true })
    }
    await syncFolder(options.folder)
  }

  const rotate = async (): Promise<void> => {
    phase('rotate')
    const { entries } = await listWithFiles()
    const good = entries.filter((entry) => entry.verified)
    const keep = selectBackupsToKeep(good, options.retention ?? DEFAULT_RETENTION)
    for (const entry of entries) {
      if (keep.has(entry.id)) continue
      // Sidecar first: a kill between the two leaves an orphan data file, removed by the next recover().
      await rm(join(options.folder, sidecarName(entry.id)), { force: true })
      await rm(join(options.folder, dataName(entry.id)), { force: true })
    }
    await syncFolder(options.folder)
  }

  const write = async (request: WriteBackupRequest): Promise<Result<WriteBackupOutcome, DesktopError>> => {
    if (!startsWith(request.bytes, BACKUP_PREFIX)) return err({ code: 'not-a-backup' })
    await recover()
    const unchanged = await unchangedEntry(request)
    if (unchanged !== null) return ok({ status: 'unchanged', entry: unchanged })

    const createdAt = (options.now?.() ?? new Date()).toISOString()
    const id = `${createdAt.replace(/[-:.]/g, '')}-${options.randomSuffix?.() ?? randomBytes(3).toString('hex')}`
    const sidecar: Sidecar = {
      id,
      createdAt,
      reason: request.reason,
      bytes: request.bytes.byteLength,
      sha256: sha256(request.bytes),
      contentHash: request.contentHash,
      recordCount: request.recordCount,
      schemaVersion: request.schemaVersion,
    }
    phase('write-data')
    await writeFileAtomic(join(options.folder, dataName(id)), request.bytes)
    phase('verify')
    const readBack = await readFile(join(options.folder, dataName(id)))
    if (readBack.byteLength !== sidecar.bytes || sha256(readBack) !== sidecar.sha256) {
      await rm(join(options.folder, dataName(id)), { force: true })
      return err({ code: 'backup-verify-failed' })
    }
    phase('write-sidecar')
    await writeFileAtomic(
      join(options.folder, sidecarName(id)),
      new TextEncoder().encode(JSON.stringify(sidecar, null, 2)),
    )
    await rotate()
    phase('done')
    return ok({ status: 'written', entry: toEntry(sidecar, true) })
  }

  const unchangedEntry = async (request: {
    readonly reason: BackupReason
    readonly contentHash: string
  }): Promise<BackupEntry | null> => {
    const newest = (await listWithFiles()).entries.find((entry) => entry.verified)
    const isRoutine = request.reason === 'scheduled' || request.reason === 'quit'
    return isRoutine && newest !== undefined && newest.contentHash === request.contentHash ? newest : null
  }

  const dropStaleUploads = async () => {
    for (const [uploadId, upload] of uploads)
      if (clock() - upload.touchedAt >= STALE_UPLOAD_MS) await abort(uploadId)
  }

  const begin = async (
    reason: BackupReason,
  ): Promise<Result<{ readonly uploadId: string }, DesktopError>> => {
    await dropStaleUploads()
    await mkdir(options.folder, { recursive: true })
    const uploadId = randomUUID()
    const path = join(options.folder, partName(uploadId))
    const handle = await open(path, 'w')
    uploads.set(uploadId, {
      reason,
      path,
      handle,
      hash: createHash('sha256'),
      bytes: 0,
      touchedAt: clock(),
      head: new Uint8Array(),
    })
    return ok({ uploadId })
  }

  const append = async (
    uploadId: string,
    chunk: Uint8Array,
  ): Promise<Result<{ readonly bytes: number }, DesktopError>> => {
    const upload = uploads.get(uploadId)
    if (upload === undefined) return err({ code: 'backup-upload-not-found' })
    if (
      chunk.byteLength > MAX_BACKUP_CHUNK_BYTES ||
      upload.bytes + chunk.byteLength > MAX_STREAMED_BACKUP_BYTES
    ) {
      await abort(uploadId)
      return err({ code: 'backup-too-large' })
    }
    if (upload.head.byteLength < BACKUP_PREFIX.byteLength) {
      const head = new Uint8Array(upload.head.byteLength + chunk.byteLength)
      head.set(upload.head)
      head.set(chunk, upload.head.byteLength)
      upload.head = head.slice(0, BACKUP_PREFIX.byteLength)
      const seen = upload.head.byteLength
      if (!BACKUP_PREFIX.slice(0, seen).every((byte, index) => upload.head[index] === byte)) {
        await abort(uploadId)
        return err({ code: 'not-a-backup' })
      }
    }
    await upload.handle.write(chunk)
    upload.hash.update(chunk)
    upload.bytes += chunk.byteLength
    upload.touchedAt = clock()
    return ok({ bytes: upload.bytes })
  }

  const abort = async (uploadId: string): Promise<Result<null, DesktopError>> => {
    const upload = uploads.get(uploadId)
    if (upload === undefined) return ok(null)
    uploads.delete(uploadId)
    await upload.handle.close().catch(() => undefined)
    await rm(upload.path, { force: true })
    return ok(null)
  }

  const finish = async (request: FinishBackupRequest): Promise<Result<WriteBackupOutcome, DesktopError>> => {
    const upload = uploads.get(request.uploadId)
    if (upload === undefined) return err({ code: 'backup-upload-not-found' })
    if (upload.head.byteLength < BACKUP_PREFIX.byteLength) {
      await abort(request.uploadId)
      return err({ code: 'not-a-backup' })
    }
    const discard = () => rm(upload.path, { force: true })
    try {
      await upload.handle.sync()
    } finally {
      await upload.handle.close()
    }
    // Still registered while leftovers are removed, so its own part file is kept.
    await recover()
    uploads.delete(request.uploadId)
    const unchanged = await unchangedEntry({ reason: upload.reason, contentHash: request.contentHash })
    if (unchanged !== null) {
      await discard()
      return ok({ status: 'unchanged', entry: unchanged })
    }
    const createdAt = (options.now?.() ?? new Date()).toISOString()
    const id = `${createdAt.replace(/[-:.]/g, '')}-${options.randomSuffix?.() ?? randomBytes(3).toString('hex')}`
    const sidecar: Sidecar = {
      id,
      createdAt,
      reason: upload.reason,
      bytes: upload.bytes,
      sha256: upload.hash.digest('hex'),
      contentHash: request.contentHash,
      recordCount: request.recordCount,
      schemaVersion: request.schemaVersion,
    }
    phase('write-data')
    const dataPath = join(options.folder, dataName(id))
    await rename(upload.path, dataPath)
    await syncFolder(options.folder)
    phase('verify')
    const readBack = await sha256OfFile(dataPath).catch(() => null)
    if (readBack === null || readBack.bytes !== sidecar.bytes || readBack.sha256 !== sidecar.sha256) {
      await rm(dataPath, { force: true })
      return err({ code: 'backup-verify-failed' })
    }
    phase('write-sidecar')
    await writeFileAtomic(
      join(options.folder, sidecarName(id)),
      new TextEncoder().encode(JSON.stringify(sidecar, null, 2)),
    )
    await rotate()
    phase('done')
    return ok({ status: 'written', entry: toEntry(sidecar, true) })
  }

  const readChunk = async (
    id: string,
    offset: number,
    length: number,
  ): Promise<Result<{ readonly bytes: Uint8Array; readonly total: number }, DesktopError>> => {
    if (!BACKUP_ID_PATTERN.test(id)) return err({ code: 'backup-not-found', id })
    const sidecar = await readSidecar(join(options.folder, sidecarName(id)))
    if (sidecar === null || sidecar.id !== id) return err({ code: 'backup-not-found', id })
    let handle: FileHandle | null = null
    try {
      handle = await open(join(options.folder, dataName(id)), 'r')
      const size = (await handle.stat()).size
      if (size !== sidecar.bytes) return err({ code: 'backup-damaged', id })
      const wanted = Math.max(0, Math.min(length, MAX_BACKUP_CHUNK_BYTES, size - offset))
      const bytes = new Uint8Array(wanted)
      const { bytesRead } = await handle.read(bytes, 0, wanted, offset)
      return ok({ bytes: bytes.subarray(0, bytesRead), total: size })
    } catch {
      return err({ code: 'backup-not-found', id })
    } finally {
      await handle?.close()
    }
  }

  const read = async (
    id: string,
  ): Promise<Result<{ readonly entry: BackupEntry; readonly bytes: Uint8Array }, DesktopError>> => {
    if (!BACKUP_ID_PATTERN.test(id)) return err({ code: 'backup-not-found', id })
    const sidecar = await readSidecar(join(options.folder, sidecarName(id)))
    if (sidecar === null || sidecar.id !== id) return err({ code: 'backup-not-found', id })
    const bytes = await readFile(join(options.folder, dataName(id))).catch(() => null)
    if (bytes === null) return err({ code: 'backup-not-found', id })
    if (bytes.byteLength !== sidecar.bytes || sha256(bytes) !== sidecar.sha256)
      return err({ code: 'backup-damaged', id })
    return ok({ entry: toEntry(sidecar, true), bytes: new Uint8Array(bytes) })
  }

  return {
    write: (request) => serial(() => write(request)),
    list: () => serial(async () => (await listWithFiles()).entries),
    read: (id) => serial(() => read(id)),
    // Appends run outside the queue (each upload is one renderer's, in order); commits within it.
    begin: (reason) => serial(() => begin(reason)),
    append: (uploadId, chunk) => append(uploadId, chunk),
    finish: (request) => serial(() => finish(request)),
    abort: (uploadId) => abort(uploadId),
    reasonOf: (uploadId) => uploads.get(uploadId)?.reason ?? null,
    readChunk: (id, offset, length) => readChunk(id, offset, length),
  }
}

async function readSidecar(path: string): Promise<Sidecar | null> {
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

async function sha256OfFile(path: string): Promise<{ readonly bytes: number; readonly sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).byteLength
  }
  return { bytes, sha256: hash.digest('hex') }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.byteLength >= prefix.byteLength && prefix.every((byte, index) => bytes[index] === byte)
}
