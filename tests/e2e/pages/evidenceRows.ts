import type { Page } from '@playwright/test'

/**
 * Writes `rows` evidence rows of `rowBytes` random bytes each straight into the app's IndexedDB,
 * shaped as evidenceRepository writes them, one transaction per row (random bytes: evidence is
 * PDFs and photos, already compressed, so LevelDB cannot shrink them). The bytes are made in the
 * page, so nothing large crosses the CDP wire. Ids are `<idPrefix>-000`, `-001`, …
 *
 * @example
 *   await fillEvidence(page, { rows: 128, rowBytes: 8 * 1024 * 1024, idPrefix: 'bench-evidence' })
 */
export async function fillEvidence(
  page: Page,
  options: { readonly rows: number; readonly rowBytes: number; readonly idPrefix: string },
): Promise<void> {
  await page.evaluate(async ({ rows, rowBytes, idPrefix }) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ict-index-workbench')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    for (let index = 0; index < rows; index += 1) {
      const bytes = new Uint8Array(rowBytes)
      for (let at = 0; at < rowBytes; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536))
      const transaction = database.transaction('evidence', 'readwrite')
      transaction.objectStore('evidence').put({
        id: `${idPrefix}-${String(index).padStart(3, '0')}`,
        submissionId: `${idPrefix}-submission-${index % 8}`,
        questionCode: `Q${(index % 50) + 1}`,
        fileName: `Minh chứng ${index}.pdf`,
        bytes,
        size: rowBytes,
        addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      })
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error)
      })
    }
    database.close()
  }, options)
}

/**
 * Every evidence row's id, size and SHA-256 (size -1 when the bytes and the `size` field disagree),
 * read one at a time from the app's IndexedDB, sorted by id.
 *
 * @example
 *   expect(await evidenceDigests(page)).toHaveLength(128)
 */
export function evidenceDigests(page: Page): Promise<{ id: string; size: number; sha256: string }[]> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ict-index-workbench')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const get = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const keys = (await get(
      database.transaction('evidence').objectStore('evidence').getAllKeys(),
    )) as string[]
    const digests: { id: string; size: number; sha256: string }[] = []
    for (const key of keys) {
      const row = (await get(database.transaction('evidence').objectStore('evidence').get(key))) as {
        id: string
        bytes: Uint8Array
        size: number
      }
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', row.bytes as Uint8Array<ArrayBuffer>))
      digests.push({
        id: row.id,
        size: row.bytes.byteLength === row.size ? row.size : -1,
        sha256: [...hash].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
      })
    }
    database.close()
    return digests.sort((a, b) => (a.id < b.id ? -1 : 1))
  })
}
