import { BACKUP_FORMAT_VERSION, decodeBackup } from '@core/formats/backup/backupFormat'
import { err, ok } from '@core/result'
import type { InspectInput, Inspection } from './fileInspector'

/**
 * A database backup, checked by `decodeBackup` (format, header, content hash, integrity, row
 * counts) as a restore checks it: a hash or count that does not check out is `hash-mismatch`, a
 * newer format `newer-format`. Items are its records; the scope is the database it came from.
 *
 * @example
 *   const about = await inspectBackup({ fileName: 'backup.json', bytes, frameworks: [] })
 *   about.ok && about.value.hash // => 'ok'
 */
export async function inspectBackup(input: InspectInput): Inspection {
  const decoded = await decodeBackup(input.bytes)
  if (!decoded.ok) {
    const problem = decoded.error
    if (problem.code === 'unsupported-backup-version')
      return err({
        code: 'newer-format',
        kind: 'backup',
        found: problem.found,
        newest: BACKUP_FORMAT_VERSION,
      })
    if (problem.code === 'backup-damaged')
      return err({ code: 'hash-mismatch', kind: 'backup', detail: problem.detail, count: 1 })
    return err({ code: 'unreadable', kind: 'backup', issues: [problem] })
  }
  const { header } = decoded.value
  return ok({
    kind: 'backup',
    formatVersion: BACKUP_FORMAT_VERSION,
    frameworkId: null,
    frameworkVersion: null,
    year: null,
    scope: header.database,
    items: header.recordCount,
    itemUnit: 'records',
    hash: 'ok',
    details: {
      schemaVersion: header.schemaVersion,
      appVersion: header.appVersion,
      createdAt: header.createdAt,
    },
  })
}
