import type { Result } from '@core/result'
import { decodeBackup, type BackupFormatError, type DecodedBackup } from './backupFormat'
import { chunksOf, decodeBackupStream, isBackupStream } from './backupStream'

/**
 * Decodes a backup of either format in memory: format 2 (streamed, decision 0021) or format 1
 * (one JSON text, decision 0004). Large backups go through `readBackupStream` instead.
 *
 * @example
 *   const decoded = await decodeAnyBackup(bytes)
 */
export function decodeAnyBackup(bytes: Uint8Array): Promise<Result<DecodedBackup, BackupFormatError>> {
  return isBackupStream(bytes) ? decodeBackupStream(chunksOf(bytes)) : decodeBackup(bytes)
}
