import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { err, ok, type Result } from '@core/result'
import {
  BACKUP_REASONS,
  type BackupEntry,
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
}

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
      if (name.endsWith('.tmp') || orphanData || orphanSidecar)
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
    const newest = (await listWithFiles()).entries.find((entry) => entry.verified)
    const isRoutine = request.reason === 'scheduled' || request.reason === 'quit'
    if (isRoutine && newest !== undefined && newest.contentHash === request.contentHash)
      return ok({ status: 'unchanged', entry: newest })

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

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.byteLength >= prefix.byteLength && prefix.every((byte, index) => bytes[index] === byte)
}
