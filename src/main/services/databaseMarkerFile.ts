import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { err, ok, type Result } from '@core/result'
import { parseDatabaseMarker } from '@core/storage/checkDatabaseMarker'
import type { DatabaseMarkerRecord, DesktopError } from '../../shared/ipc/contract'
import { writeFileAtomic } from './writeFileAtomic'

/**
 * The wipe-detection markers of the desktop edition (decision 0013): one small JSON file per
 * database in `<userData>/database-markers/`, outside Chromium's IndexedDB and Local Storage, so
 * a profile whose site data was reset still has it. Written atomically (temp file, fsync, rename).
 * Database names are checked by the IPC schema (`DATABASE_NAME_PATTERN`), so a name is a safe
 * file-name part.
 *
 * @example
 *   const markers = createDatabaseMarkerFiles({ folder: join(app.getPath('userData'), 'database-markers') })
 *   await markers.write(marker)
 */
export function createDatabaseMarkerFiles(options: { readonly folder: string }) {
  const pathOf = (databaseName: string) => join(options.folder, `${databaseName}.json`)
  return {
    async read(databaseName: string): Promise<Result<DatabaseMarkerRecord | null, DesktopError>> {
      let text: string
      try {
        text = await readFile(pathOf(databaseName), 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok(null)
        return err({ code: 'io-failed', message: error instanceof Error ? error.message : String(error) })
      }
      const marker = parseDatabaseMarker(text)
      // A marker naming another database (a file copied by hand) is as good as none.
      return ok(marker !== null && marker.databaseName === databaseName ? marker : null)
    },
    async write(marker: DatabaseMarkerRecord): Promise<Result<null, DesktopError>> {
      try {
        await mkdir(options.folder, { recursive: true })
        await writeFileAtomic(pathOf(marker.databaseName), new TextEncoder().encode(JSON.stringify(marker)))
        return ok(null)
      } catch (error) {
        return err({ code: 'io-failed', message: error instanceof Error ? error.message : String(error) })
      }
    },
  }
}
