// The browser edition served over plain http from an intranet address (not localhost): the page
// is not a secure context, so crypto.randomUUID, crypto.subtle and navigator.storage do not exist.
// Chromium is told that intranet.test is this machine, so the very same server is reached under a
// name a province's intranet would use. A questionnaire is filled and exported, imported by the
// evaluator, and a backup downloaded and checked — the paths that need random ids and hashes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chunksOf, decodeBackupStream } from '@core/formats/backup/backupStream'
import { chromiumArgs, findChromium } from './chromium'
import { expect, test } from './fixtures'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

const port = Number(process.env['E2E_PORT'] ?? 4790)
const INTRANET = `http://intranet.test:${port}/`

test.use({
  baseURL: INTRANET,
  launchOptions: {
    executablePath: findChromium(),
    args: [...chromiumArgs, '--host-resolver-rules=MAP intranet.test 127.0.0.1'],
  },
})

let folder = ''
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ictwb-intranet-e2e-'))
})
test.afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
})

test('served over plain http on an intranet address, a unit fills and exports, the evaluator imports, and a backup downloads', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  await page.goto(INTRANET)
  expect(
    await page.evaluate(() => ({
      secure: window.isSecureContext,
      randomUUID: typeof crypto.randomUUID,
      subtle: typeof crypto.subtle,
    })),
  ).toEqual({ secure: false, randomUUID: 'undefined', subtle: 'undefined' })

  const home = new QuestionnaireUnitHomePage(page)
  const questionnaire = new QuestionnairePage(page)
  const framework = unitTestFramework()
  await home.open()
  await home.createProfile({ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' })
  await home.importFramework('khung.json', framework)
  await home.startQuestionnaire('Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT', 2025)
  await questionnaire.typeAnswer('MayTinh', '80')
  await questionnaire.waitUntilSaved()
  await page.reload()
  await expect(questionnaire.control('MayTinh')).toHaveValue('80')

  const exported = page.waitForEvent('download')
  await questionnaire.submissionPanel.getByRole('button', { name: 'Xuất tệp Excel…' }).click()
  const file = await exported
  const path = join(folder, file.suggestedFilename())
  await file.saveAs(path)

  await page.getByRole('navigation').getByRole('link', { name: 'Đánh giá', exact: true }).click()
  const importPanel = page.getByRole('region', { name: 'Nhập phiếu Excel của các đơn vị' })
  await importPanel
    .getByRole('combobox', { name: 'Bộ chỉ số' })
    .selectOption({ value: `${framework.id}@${framework.version}` })
  const chooser = page.waitForEvent('filechooser')
  await importPanel.getByRole('button', { name: 'Chọn tệp…' }).click()
  await (await chooser).setFiles([path])
  const row = importPanel.getByRole('region', { name: 'Kết quả từng tệp' }).locator('tbody tr')
  await expect(row).toHaveAttribute('data-outcome', 'imported', { timeout: 60_000 })

  await page.goto(`${INTRANET}#/settings`)
  // No origin-private file system on plain http: no automatic snapshots, and Settings says why.
  await expect(page.getByTestId('snapshots-unavailable')).toContainText(
    'Không có bản sao lưu tự động: trình duyệt chỉ cho lưu chúng khi trang được mở qua https',
  )
  const backup = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tải bản sao lưu' }).click()
  const decoded = await decodeBackupStream(
    chunksOf(new Uint8Array(readFileSync(await (await backup).path()))),
  )
  expect(decoded.ok).toBe(true)
  expect(problems).toEqual([])
})
