import { parseDatabaseMarker, type DatabaseMarker } from '@core/storage/checkDatabaseMarker'
import type { DesktopApi } from '../../../shared/ipc/contract'

/**
 * Where the marker of a database is kept, outside IndexedDB: it must survive the database being
 * emptied or recreated. One marker per database name.
 */
export type DatabaseMarkerStore = {
  /** The marker last written for this database; null when none (or an unreadable one) is kept. */
  read(databaseName: string): Promise<DatabaseMarker | null>
  /** Replaces the marker of `marker.databaseName`; false when the store refused (private mode, quota). */
  write(marker: DatabaseMarker): Promise<boolean>
}

/** The `localStorage` key of a database's marker. */
export const markerStorageKey = (databaseName: string) => `ictwb.databaseMarker.${databaseName}`

/**
 * Markers in `localStorage` (browser edition). Clearing the site's IndexedDB alone (Chromium
 * resetting a corrupt database, a full disk, DevTools) leaves `localStorage`, so the next start
 * notices; clearing all site data removes both and the app starts as new.
 *
 * @example
 *   const store = createLocalStorageMarkerStore(() => window.localStorage)
 */
export function createLocalStorageMarkerStore(
  storage: () => Storage | undefined = () => globalThis.localStorage,
): DatabaseMarkerStore {
  return {
    read: (databaseName) => {
      try {
        return Promise.resolve(
          parseDatabaseMarker(storage()?.getItem(markerStorageKey(databaseName)) ?? null),
        )
      } catch {
        return Promise.resolve(null)
      }
    },
    write: (marker) => {
      try {
        const target = storage()
        if (target === undefined) return Promise.resolve(false)
        target.setItem(markerStorageKey(marker.databaseName), JSON.stringify(marker))
        return Promise.resolve(true)
      } catch {
        return Promise.resolve(false)
      }
    },
  }
}

/**
 * Markers in the profile folder, written by main (desktop edition): outside everything Chromium
 * keeps for the page, so even a reset of all site data leaves them.
 *
 * @example
 *   const store = createDesktopMarkerStore(window.desktop)
 */
export function createDesktopMarkerStore(
  desktop: Pick<DesktopApi, 'readDatabaseMarker' | 'writeDatabaseMarker'>,
): DatabaseMarkerStore {
  return {
    read: async (databaseName) => {
      const read = await desktop.readDatabaseMarker({ databaseName }).catch(() => null)
      return read?.ok ? read.value : null
    },
    write: async (marker) => {
      const written = await desktop.writeDatabaseMarker({ marker }).catch(() => null)
      return written?.ok === true
    },
  }
}
