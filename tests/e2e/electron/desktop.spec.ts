import { _electron, expect, test, type ElectronApplication } from '@playwright/test'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

let app: ElectronApplication

test.beforeEach(async () => {
  const userData = await mkdtemp(join(tmpdir(), 'ictwb-electron-'))
  app = await _electron.launch({ args: ['.'], env: { ...process.env, ICTWB_USER_DATA_DIR: userData } })
})

test.afterEach(async () => {
  await app.close()
})

test('opens the app on the app:// origin with the bridge and no Node in the page', async () => {
  const page = await app.firstWindow()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn muốn làm gì?')
  expect(page.url()).toMatch(/^app:\/\/workbench\//)
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
    'undefined',
  )
  expect(await page.evaluate(() => typeof (window as unknown as { desktop?: unknown }).desktop)).toBe(
    'object',
  )
})

test('refuses to navigate away from the app', async () => {
  const page = await app.firstWindow()
  const before = page.url()

  await page.evaluate(() => {
    window.location.href = 'https://example.org/'
  })
  await page.waitForTimeout(500)

  expect(page.url()).toBe(before)
})

test('denies window.open', async () => {
  const page = await app.firstWindow()

  const opened = await page.evaluate(() => window.open('https://example.org/') === null)

  expect(opened).toBe(true)
  expect(app.windows()).toHaveLength(1)
})
