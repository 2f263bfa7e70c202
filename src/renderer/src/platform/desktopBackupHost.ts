import { err, ok, type Result } from '@core/result'
import type { BackupSource } from '@core/storage/databaseBackup'
import { MAX_BACKUP_CHUNK_BYTES, type DesktopApi, type DesktopError } from '../../../shared/ipc/contract'
import { BackupReadFailed } from './backupReadFailed'
import type { BackupHost } from './backups'

export { BackupReadFailed }

type ChunkReply = Result<{ readonly bytes: Uint8Array; readonly total: number }, DesktopError>

/**
 * A file main reads for the renderer in chunks (`readBackupChunk`, `readPickedFileChunk`) as a
 * stream a restore can read again: the first chunk is read here, so a missing file is an error
 * value; a chunk refused later throws `BackupReadFailed` inside the stream.
 *
 * @example
 *   await chunkedSource((offset, length) => desktop.readBackupChunk({ id, offset, length }))
 */
export async function chunkedSource(
  readChunk: (offset: number, length: number) => Promise<ChunkReply>,
): Promise<Result<BackupSource, DesktopError>> {
  const first = await readChunk(0, MAX_BACKUP_CHUNK_BYTES)
  if (!first.ok) return err(first.error)
  const { total } = first.value
  return ok(async function* () {
    let offset = 0
    while (offset < total) {
      const chunk = offset === 0 ? first : await readChunk(offset, MAX_BACKUP_CHUNK_BYTES)
      if (!chunk.ok) throw new BackupReadFailed(chunk.error)
      if (chunk.value.bytes.byteLength === 0) return
      offset += chunk.value.bytes.byteLength
      yield chunk.value.bytes
    }
  })
}

/**
 * The desktop's backups: sent to main in chunks (`beginBackup` / `appendBackup` /
 * `finishBackup` / `abortBackup`) and read back in chunks (`readBackupChunk`; a backup file the
 * user picked or dropped, by its token with `readPickedFileChunk`), so neither side holds a whole
 * backup in memory (decision 0023).
 *
 * @example
 *   createBackups(desktopBackupHost(window.desktop), { appVersion })
 */
export function desktopBackupHost(
  desktop: Pick<
    DesktopApi,
    | 'beginBackup'
    | 'appendBackup'
    | 'finishBackup'
    | 'abortBackup'
    | 'readBackupChunk'
    | 'readPickedFileChunk'
    | 'listBackups'
  >,
): BackupHost {
  return {
    storage: 'profile-folder',
    begin: async (reason) => {
      const begun = await desktop.beginBackup({ reason })
      if (!begun.ok) return begun
      const { uploadId } = begun.value
      return ok({
        append: (chunk) => desktop.appendBackup({ uploadId, chunk }),
        finish: (request) => desktop.finishBackup({ uploadId, ...request }),
        abort: async () => {
          await desktop.abortBackup({ uploadId }).catch(() => undefined)
        },
      })
    },
    list: () => desktop.listBackups(),
    read: (id) => chunkedSource((offset, length) => desktop.readBackupChunk({ id, offset, length })),
    readPicked: (token) =>
      chunkedSource((offset, length) => desktop.readPickedFileChunk({ token, offset, length })),
  }
}
