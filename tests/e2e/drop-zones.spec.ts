import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { FrameworkLibraryPage } from './pages/FrameworkLibraryPage'

type DroppedFile = { readonly name: string; readonly mimeType: string; readonly bytes: Buffer }

/** A DataTransfer in the page holding the files, as a drag from the file manager carries them. */
async function transferOf(page: Page, files: readonly DroppedFile[]) {
  const plain = files.map((file) => ({ ...file, bytes: file.bytes.toString('base64') }))
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer()
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.bytes), (char) => char.charCodeAt(0))
      transfer.items.add(new File([bytes], file.name, { type: file.mimeType }))
    }
    return transfer
  }, plain)
}

/** Drags the files over the zone (checking the highlight), then drops them. */
async function dropOn(zone: Locator, files: readonly DroppedFile[]): Promise<void> {
  const dataTransfer = await transferOf(zone.page(), files)
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await zone.dispatchEvent('dragover', { dataTransfer })
  await expect(zone).toHaveClass(/\bdrop-zone-active\b/)
  await zone.dispatchEvent('drop', { dataTransfer })
  await expect(zone).not.toHaveClass(/\bdrop-zone-active\b/)
}

const textFile: DroppedFile = { name: 'ghi-chu.txt', mimeType: 'text/plain', bytes: Buffer.from('ghi chú') }

test('a framework file dropped on the library is imported; another kind gets a translated error', async ({
  appPage,
  problems,
}) => {
  const library = new FrameworkLibraryPage(appPage)
  await library.goto()
  const zone = appPage.getByTestId('framework-drop-zone')
  await expect(zone).toContainText('hoặc kéo thả một tệp (.json, .xlsx, .csv) vào đây')

  // Entering and leaving without dropping takes the highlight away again.
  const dataTransfer = await transferOf(appPage, [textFile])
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await expect(zone).toHaveClass(/\bdrop-zone-active\b/)
  await zone.dispatchEvent('dragleave', { dataTransfer })
  await expect(zone).not.toHaveClass(/\bdrop-zone-active\b/)

  await dropOn(zone, [textFile])
  await expect(zone.getByRole('alert')).toHaveText(
    'Không nhận “ghi-chu.txt”: ở đây chỉ nhận tệp .json, .xlsx, .csv.',
  )
  await expect(library.list.getByRole('row')).toHaveCount(4)
  await appPage.screenshot({ path: 'test-results/screenshots/frameworks-drop-refused-vi.png' })

  await dropOn(zone, [
    {
      name: 'ASEM_iMeta.csv',
      mimeType: 'text/csv',
      bytes: readFileSync(resolve(__dirname, '../../examples/coinr-asem/ASEM_iMeta.csv')),
    },
  ])
  await expect(appPage.getByText(/Đã nhập “ASEM_iMeta” \(asem-imeta 1\)/)).toBeVisible()
  await expect(zone.getByRole('alert')).toHaveCount(0)
  await expect(library.list.getByRole('row')).toHaveCount(5)
  expect(problems).toEqual([])
})

test('a unit list dropped on the new assessment form fills the units; two files at once are refused', async ({
  appPage,
  problems,
}) => {
  await appPage.goto('/#/evaluator/new')
  const zone = appPage.getByTestId('unit-list-drop-zone')
  const units: DroppedFile = {
    name: 'danang-units.csv',
    mimeType: 'text/csv',
    bytes: readFileSync(resolve(__dirname, '../fixtures/units/danang-units.csv')),
  }

  await dropOn(zone, [units, { ...units, name: 'ban-sao.csv' }])
  await expect(zone.getByRole('alert')).toHaveText('Ở đây chỉ nhận một tệp mỗi lần; hãy thả một tệp.')
  await expect(appPage.getByLabel('Đơn vị được đánh giá')).toHaveValue('')

  await dropOn(zone, [units])
  await expect(appPage.getByText(/Đã đọc \d+ đơn vị từ “danang-units.csv”/)).toBeVisible()
  await expect(appPage.getByLabel('Đơn vị được đánh giá')).not.toHaveValue('')
  expect(problems).toEqual([])
})
