import { err, ok, type Result } from '@core/result'
import type { BackupSource } from '@core/storage/databaseBackup'
import { MAX_BACKUP_CHUNK_BYTES, type DesktopApi, type DesktopError } from '../../../shared/ipc/contract'
import type { BackupHost } from './backups'

/** Thrown inside a restore's stream when main cannot give the next chunk (the file went away). */
export class BackupReadFailed extends Error {
  constructor(readonly failure: DesktopError) {
    super(failure.code)
  }
}

/**
 * The desktop's backups: sent to main in chunks (`beginBackup` / `appendBackup` /
 * `finishBackup` / `abortBackup`) and read back in chunks (`readBackupChunk`), so neither side
 * holds a whole backup in memory (decision 0023).
 *
 * @example
 *   createBackups(desktopBackupHost(window.desktop), { appVersion })
 */
export function desktopBackupHost(
  desktop: Pick<
    DesktopApi,
    'beginBackup' | 'appendBackup' | 'finishBackup' | 'abortBackup' | 'readBackupChunk' | 'listBackups'
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
    read: async (id): Promise<Result<BackupSource, DesktopError>> => {
      // The first chunk is read here so a missing or damaged backup is an error value.
      const first = await desktop.readBackupChunk({ id, offset: 0, length: MAX_BACKUP_CHUNK_BYTES })
      if (!first.ok) return err(first.error)
      const { total } = first.value
      return ok(async function* () {
        let offset = 0
        while (offset < total) {
          const chunk =
            offset === 0
              ? first
              : await desktop.readBackupChunk({ id, offset, length: MAX_BACKUP_CHUNK_BYTES })
          if (!chunk.ok) throw new BackupReadFailed(chunk.error)
          if (chunk.value.bytes.byteLength === 0) return
          offset += chunk.value.bytes.byteLength
          yield chunk.value.bytes
        }
      })
    },
  }
}
