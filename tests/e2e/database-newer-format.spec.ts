import { schemaHistory } from '@core/storage/schemaHistory'
import { expect, test } from './fixtures'

const CURRENT = schemaHistory.at(-1)?.version ?? 0

// A newer app version's database opened by this (older) version: Dexie would open it, so the app
// itself refuses, names the version that wrote it, and writes nothing.
test('an older app refuses a database in a newer data format, names the version needed, and writes nothing', async ({
  appPage,
}) => {
  await expect(appPage.getByRole('heading', { level: 1 }).first()).toBeVisible()
  const upgraded = await appPage.evaluate(
    ({ version }) =>
      new Promise<string>((resolve, reject) => {
        // The app's connection closes itself on a version change (Dexie's default), so this upgrade proceeds.
        const request = indexedDB.open('ict-index-workbench', version * 10)
        request.onerror = () => reject(new Error(String(request.error)))
        request.onblocked = () => reject(new Error('blocked'))
        request.onsuccess = () => {
          const database = request.result
          const transaction = database.transaction(['settings', 'units'], 'readwrite')
          transaction
            .objectStore('settings')
            .put({ key: 'schemaWriter', value: { schemaVersion: version, appVersion: '9.1.0' } })
          transaction.objectStore('units').put({ code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh' })
          transaction.oncomplete = () => {
            database.close()
            resolve('done')
          }
          transaction.onerror = () => reject(new Error(String(transaction.error)))
        }
      }),
    { version: CURRENT + 5 },
  )
  expect(upgraded).toBe('done')

  await appPage.reload()
  const alert = appPage.getByRole('alert')
  await expect(alert.getByRole('heading')).toHaveText('Không mở được kho dữ liệu trên máy')
  await expect(alert).toContainText(`phiên bản 9.1.0 của ứng dụng, theo định dạng dữ liệu ${CURRENT + 5}`)
  await expect(alert).toContainText(`chỉ ghi định dạng ${CURRENT}`)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.screenshot({ path: 'test-results/screenshots/database-newer-format-vi.png' })

  // Nothing was written: the newer app's rows and its own record are as it left them.
  const stored = await appPage.evaluate(
    () =>
      new Promise<{ version: number; writer: unknown; units: number }>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(new Error(String(request.error)))
        request.onsuccess = () => {
          const database = request.result
          const transaction = database.transaction(['settings', 'units'], 'readonly')
          const writer = transaction.objectStore('settings').get('schemaWriter')
          const units = transaction.objectStore('units').count()
          transaction.oncomplete = () => {
            database.close()
            resolve({ version: database.version, writer: writer.result?.value, units: units.result })
          }
        }
      }),
  )
  expect(stored).toEqual({
    version: (CURRENT + 5) * 10,
    writer: { schemaVersion: CURRENT + 5, appVersion: '9.1.0' },
    units: 1,
  })
})
