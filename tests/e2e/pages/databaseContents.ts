import type { Page } from '@playwright/test'

/** The IndexedDB databases of the origin and the row count of each store, to say what a failed reopen found. */
export async function databaseContents(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const found: Record<string, Record<string, number> | string> = {}
    for (const info of await indexedDB.databases()) {
      const name = info.name ?? ''
      found[name] = await new Promise<Record<string, number> | string>((resolve) => {
        const request = indexedDB.open(name)
        request.onerror = () => resolve(String(request.error))
        request.onsuccess = () => {
          const database = request.result
          const counts: Record<string, number> = {}
          const names = [...database.objectStoreNames]
          if (names.length === 0) return resolve(counts)
          const tx = database.transaction(names)
          for (const store of names) {
            const count = tx.objectStore(store).count()
            count.onsuccess = () => {
              counts[store] = count.result
            }
          }
          tx.oncomplete = () => {
            database.close()
            resolve(counts)
          }
        }
      })
    }
    return { url: location.href, databases: found }
  })
}
