import { mkdirSync } from 'node:fs'
import type { CDPSession, Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'

// Issue #18, "Done when": every screen the issue changed, at 1366×768 and 1920×1080, in Vietnamese
// and English, photographed to test-results/screens-18 (not git) and checked: no horizontal
// scrollbar, the heading shown, no text running out of its button or tab, no console error.

const OUT = 'test-results/screens-18'
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const
const LANGUAGES = [
  { code: 'vi', label: 'Tiếng Việt' },
  { code: 'en', label: 'English' },
] as const
type Size = (typeof SIZES)[number]
type Language = (typeof LANGUAGES)[number]

const FRAMEWORK_NAME = 'Bộ chỉ số sẵn sàng ứng dụng CNTT cấp sở, ban, ngành'
/** How much slower the page's CPU runs while a progress bar is photographed mid-run. */
const SLOW_CPU = 20

/** What the page shows that a reader would call broken: text past its box, a page wider than the window. */
type LayoutReport = {
  readonly pageWidth: number
  readonly windowWidth: number
  readonly overflowing: readonly string[]
}

function layoutOf(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
    }
    const overflowing = [
      ...document.querySelectorAll<HTMLElement>('button, [role="tab"], a.button, summary, .drop-zone-hint'),
    ]
      .filter(visible)
      // one pixel of rounding is not overflow
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 60)}” ${element.scrollWidth}>${element.clientWidth}`,
      )
    return {
      pageWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
      windowWidth: window.innerWidth,
      overflowing,
    }
  })
}

/** Photographs one screen and checks its layout (soft: one run lists every screen's problems). */
async function shoot(
  page: Page,
  name: string,
  language: Language,
  size: Size,
  options: {
    readonly heading?: Locator
    /** Only what the window shows (a sticky bar would sit mid-page on a full-page picture). */
    readonly viewportOnly?: boolean
    /** Scroll boxes whose table must fit their width (no sideways scrolling inside them). */
    readonly fitting?: Locator
  } = {},
): Promise<void> {
  const heading = options.heading ?? page.getByRole('heading', { level: 1 })
  await expect(heading.first(), `${name}: its heading is shown`).toBeVisible()
  const layout = await layoutOf(page)
  const where = `${name} (${language.code}, ${size.width}×${size.height})`
  expect
    .soft(layout.pageWidth, `${where}: no horizontal scrollbar (page ${layout.pageWidth} px wide)`)
    .toBeLessThanOrEqual(layout.windowWidth)
  expect.soft(layout.overflowing, `${where}: text runs out of these boxes`).toEqual([])
  if (options.fitting !== undefined) {
    const widths = await options.fitting.evaluateAll((boxes) =>
      boxes.map((box) => ({ scroll: box.scrollWidth, client: box.clientWidth })),
    )
    expect(widths.length, `${where}: the boxes to fit are shown`).toBeGreaterThan(0)
    for (const width of widths)
      expect.soft(width.scroll, `${where}: a table wider than its box`).toBeLessThanOrEqual(width.client + 1)
  }
  await page.screenshot({
    path: `${OUT}/${name}-${language.code}-${size.width}.png`,
    fullPage: options.viewportOnly !== true,
    // a bar's width eases to its value: the picture shows where it is going, not a frame mid-way
    animations: 'disabled',
  })
}

async function slowDown(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU })
  return cdp
}

/** Opens the sample workspace (in Vietnamese) and returns the address of its published 2025 assessment. */
async function openSample(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(page.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({ timeout: 15_000 })
  await new AppShellPage(page).openMode('Đánh giá')
  const assessments = page.getByRole('table').filter({ hasText: FRAMEWORK_NAME })
  await assessments.getByRole('row').filter({ hasText: '2025' }).getByRole('link').click()
  await expect(page).toHaveURL(/#\/evaluator\/a\/[^/]+/)
  return /#\/evaluator\/a\/[^/]+/.exec(page.url())?.[0] ?? ''
}

/** Opens every chart's data table on the page. */
async function openChartTables(page: Page): Promise<void> {
  const closed = page.locator('.chart-figure-actions button[aria-expanded="false"]')
  while ((await closed.count()) > 0) await closed.first().click()
}

/** A file dragged over the zone from the file manager: the zone lights up. */
async function dragOver(zone: Locator): Promise<() => Promise<void>> {
  const dataTransfer = await zone.page().evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['{}'], 'bo-chi-so.json', { type: 'application/json' }))
    return transfer
  })
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await zone.dispatchEvent('dragover', { dataTransfer })
  await expect(zone).toHaveClass(/\bdrop-zone-active\b/)
  return async () => {
    await zone.dispatchEvent('dragleave', { dataTransfer })
    await expect(zone).not.toHaveClass(/\bdrop-zone-active\b/)
  }
}

async function printPreview(page: Page, scope: string): Promise<void> {
  await page.evaluate((printing) => (document.documentElement.dataset['printing'] = printing), scope)
  await page.emulateMedia({ media: 'print' })
}

async function endPrintPreview(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(() => delete document.documentElement.dataset['printing'])
}

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test(`screens of #18 with the sample workspace, ${language.code} at ${size.width}×${size.height}`, async ({
      appPage,
      problems,
    }) => {
      test.setTimeout(420_000)
      mkdirSync(OUT, { recursive: true })
      await appPage.setViewportSize(size)
      const assessment = await openSample(appPage)
      await new AppShellPage(appPage).chooseLanguage(language.label)
      await expect(appPage.locator('html')).toHaveAttribute('lang', language.code)

      // Evaluator: the ranking, a unit's explanation, the ranking's print preview.
      await appPage.goto(`/${assessment}/results`)
      const ranking = appPage.locator('table.ranking-table')
      await expect(ranking.locator('tbody tr')).toHaveCount(28)
      await shoot(appPage, 'ranking', language, size)
      await printPreview(appPage, 'ranking')
      await expect(appPage.locator('.shell-header')).toBeHidden()
      await expect(ranking).toBeVisible()
      await shoot(appPage, 'print-ranking', language, size, { heading: ranking })
      await endPrintPreview(appPage)
      await ranking.locator('tbody tr').first().getByRole('button').first().click()
      const explanation = appPage.locator('aside.explanation')
      await expect(explanation).toBeVisible()
      await shoot(appPage, 'explanation', language, size)

      // The report panel: charts with their tables, the signature block, the bar mid-run.
      await appPage.goto(`/${assessment}/report`)
      await expect(appPage.locator('[data-chart="report-composite"] canvas')).toBeVisible()
      await openChartTables(appPage)
      await expect(appPage.locator('[data-chart="report-composite"] table')).toBeVisible()
      // the chart's table shows scores as the ranking does, trailing zeros included
      await expect(appPage.locator('[data-chart="report-composite"] tbody tr').nth(2)).toContainText(
        language.code === 'vi' ? '0,7900' : '0.7900',
      )
      await appPage.locator('details.report-signature > summary').click()
      await expect(appPage.locator('details.report-signature')).toHaveAttribute('open')
      await shoot(appPage, 'report', language, size, {
        fitting: appPage.locator('[data-chart^="report-"] .chart-data-table-scroll'),
      })
      const cdp = await slowDown(appPage)
      await appPage.locator('.toolbar button.primary').first().click()
      const reportProgress = appPage.getByTestId('report-progress')
      await expect(reportProgress.getByRole('progressbar')).toBeVisible({ timeout: 30_000 })
      // photographed once the bar has moved (not at its empty start)
      await expect(reportProgress.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow', '0', {
        timeout: 30_000,
      })
      await shoot(appPage, 'report-progress', language, size)
      await reportProgress.getByRole('button').click()
      await expect(reportProgress).toBeHidden({ timeout: 60_000 })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })

      // The audit log, with its dates.
      await appPage.goto(`/${assessment}/audit`)
      await expect(appPage.locator('.audit-list li').first()).toBeVisible()
      await expect(appPage.locator('.audit-list').first()).toContainText(/\d\d\/\d\d\/\d{4} \d\d:\d\d/)
      await shoot(appPage, 'audit', language, size)

      // The manager: all units (a chart's table open), one unit, the comparison's print preview.
      await appPage.goto('/#/manager')
      await expect(appPage.locator('[data-chart="all-box"] canvas')).toBeVisible()
      await appPage.locator('[data-chart="all-box"] .chart-figure-actions button[aria-expanded]').click()
      await expect(appPage.locator('[data-chart="all-box"] table')).toBeVisible()
      // a unit with no rank in the earlier year has no movement to show, not "unchanged"
      await expect(
        appPage.locator('table.manager-rank-table tr[data-code="P-NGUHANHSON"] td.manager-move'),
      ).toHaveText('—')
      await shoot(appPage, 'manager-all', language, size, {
        fitting: appPage.locator('.manager-rank-scroll, [data-chart="all-box"] .chart-data-table-scroll'),
      })
      await printPreview(appPage, 'comparison')
      const rankChanges = appPage.locator('table.manager-rank-table')
      await expect(rankChanges).toBeVisible()
      await shoot(appPage, 'print-comparison', language, size, { heading: rankChanges })
      await endPrintPreview(appPage)
      await appPage.goto('/#/manager/unit/SNV')
      await expect(appPage.locator('.manager-workspace canvas').first()).toBeVisible()
      await openChartTables(appPage)
      await shoot(appPage, 'manager-unit', language, size, {
        fitting: appPage.locator('.manager-workspace .chart-data-table-scroll:not([hidden])'),
      })

      // The framework library: a file dragged over the drop zone, then a framework's tabs.
      await appPage.goto('/#/frameworks')
      const frameworkZone = appPage.getByTestId('framework-drop-zone')
      await expect(frameworkZone).toBeVisible()
      // unit groups by their names, not their ids
      const library = appPage.locator('table.framework-library-table')
      await expect(library).toContainText(
        language.code === 'vi' ? 'Sở, ban, ngành' : 'Departments, boards and agencies',
      )
      await expect(library).not.toContainText('so-ban-nganh')
      const leaveFrameworks = await dragOver(frameworkZone)
      await shoot(appPage, 'frameworks-drop', language, size)
      await leaveFrameworks()
      await appPage
        .getByRole('button', {
          name: language.code === 'vi' ? 'Mở dept-ict-readiness 2026.1' : 'Open dept-ict-readiness 2026.1',
        })
        .click()
      const tabs = appPage.getByRole('tablist').getByRole('tab')
      await expect(tabs).toHaveCount(3)
      await expect(appPage.locator('#framework-title'), 'the opened framework takes the focus').toBeFocused()
      // a ratio shows what it is divided by ("Tỷ lệ máy tính / CBCC": computers ÷ staff)
      await expect(appPage.locator('.tree-formula').first()).toContainText(
        language.code === 'vi' ? 'MayBan + LapTop · chia cho SoCBCC' : 'MayBan + LapTop · divided by SoCBCC',
      )
      await shoot(appPage, 'framework-tree', language, size)
      await tabs.nth(0).focus()
      await appPage.keyboard.press('ArrowRight')
      await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true')
      await shoot(appPage, 'framework-questions', language, size)

      // Settings: backups, a file dragged over (the list and a backup mid-run: the desktop test below).
      await appPage.goto('/#/settings')
      const backupZone = appPage.getByTestId('backup-drop-zone')
      await expect(backupZone).toBeVisible()
      const leaveBackups = await dragOver(backupZone)
      await shoot(appPage, 'settings-drop', language, size)
      await leaveBackups()

      expect(problems).toEqual([])
    })

    test(`the questionnaire's date entry and history, ${language.code} at ${size.width}×${size.height}`, async ({
      appPage,
      problems,
    }) => {
      test.setTimeout(120_000)
      mkdirSync(OUT, { recursive: true })
      await appPage.setViewportSize(size)
      const home = new QuestionnaireUnitHomePage(appPage)
      await home.open()
      await home.createProfile({ code: 'SNV', name: 'Sở Nội vụ tỉnh Hà Tĩnh', group: 'Sở, ban, ngành' })
      await home.importFramework('bo-chi-so-thu-nghiem.json', unitTestFramework())
      await home.startQuestionnaire('Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT', 2025)
      await new QuestionnairePage(appPage).openSection('Ứng dụng CNTT')
      await new AppShellPage(appPage).chooseLanguage(language.label)
      await expect(appPage.locator('html')).toHaveAttribute('lang', language.code)

      const date = appPage.locator('#answer-NgayBaoCao')
      // typed digit by digit, as a user would: the slashes come by themselves
      await date.pressSequentially('03112025')
      await expect(date).toHaveValue('03/11/2025')
      await date.blur()
      await expect(appPage.getByTestId('save-status')).toHaveText(
        language.code === 'vi' ? 'Đã lưu' : 'Saved',
        {
          timeout: 10_000,
        },
      )
      await date.scrollIntoViewIfNeeded()
      await shoot(appPage, 'questionnaire-date', language, size, { viewportOnly: true })

      await date.fill('31/02/2025')
      await date.blur()
      const error = appPage.locator('.date-input-error')
      await expect(error).toBeVisible()
      await expect(date).toHaveAttribute('aria-invalid', 'true')
      await date.scrollIntoViewIfNeeded()
      await shoot(appPage, 'questionnaire-date-error', language, size, { viewportOnly: true })
      expect(problems).toEqual([])
    })
  }
}

/**
 * The desktop bridge, faked in the page before the app loads, with three backups in the profile's
 * folder (one damaged): the backup list with its dates and sizes shows only in the desktop edition.
 */
async function fakeDesktop(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const entry = (id: string, createdAt: string, reason: string, bytes: number, verified: boolean) => ({
      id,
      createdAt,
      reason,
      bytes,
      sha256: 'a'.repeat(64),
      contentHash: 'b'.repeat(64),
      recordCount: 1_284,
      schemaVersion: 9,
      verified,
      revealToken: null,
    })
    const entries = [
      entry('b3', '2026-12-07T07:30:00.000Z', 'manual', 52_428_801, true),
      entry('b2', '2026-12-06T16:45:00.000Z', 'before-import', 1_532_000, true),
      entry('b1', '2026-11-30T01:05:00.000Z', 'scheduled', 1_498_112, false),
    ]
    const answers: Record<string, unknown> = {
      getAppInfo: {
        productName: 'ICT Index Workbench',
        version: '0.1.0',
        runtime: 'desktop',
        electron: '45.5.0',
        chrome: '142',
        node: '24',
        platform: 'win32',
      },
      listBackups: entries,
      beginBackup: { uploadId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
      appendBackup: { bytes: 1 },
      abortBackup: null,
      openFiles: null,
      saveFile: null,
      pickFolder: null,
      printToPdf: null,
    }
    const desktop = new Proxy(
      {},
      {
        get: (_target, name: string) => {
          if (name === 'onMenuCommand' || name === 'onBackupRequested') return () => () => {}
          // a backup being written stays so (its bar showing) until the test lets it finish
          if (name === 'finishBackup')
            return () =>
              new Promise((resolve) =>
                Object.assign(window, {
                  finishBackup: () => resolve({ ok: true, value: { status: 'written', entry: entries[0] } }),
                }),
              )
          return () =>
            Promise.resolve(
              name in answers
                ? { ok: true, value: answers[name] }
                : { ok: false, error: { code: 'invalid-request', issues: [`not in this test: ${name}`] } },
            )
        },
      },
    )
    Object.defineProperty(window, 'desktop', { value: desktop })
  })
}

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test(`the desktop's backup list with its dates, ${language.code} at ${size.width}×${size.height}`, async ({
      page,
    }) => {
      mkdirSync(OUT, { recursive: true })
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`)
      })
      await fakeDesktop(page)
      await page.setViewportSize(size)
      await page.goto('/#/settings')
      await new AppShellPage(page).chooseLanguage(language.label)
      await expect(page.locator('html')).toHaveAttribute('lang', language.code)
      const rows = page.locator('table.backup-table tbody tr')
      await expect(rows).toHaveCount(3)
      // one date format in every language; sizes through the formatting module
      await expect(rows.nth(0).locator('td').nth(0)).toHaveText(/^07\/12\/2026 \d\d:30$/)
      await expect(rows.nth(0).locator('td').nth(2)).toHaveText('50 MB')
      await expect(rows.nth(1).locator('td').nth(2)).toHaveText(language.code === 'vi' ? '1,5 MB' : '1.5 MB')
      await expect(rows.nth(2).locator('td').nth(0)).toHaveText(/^\d\d\/1[12]\/2026 \d\d:05$/)
      await expect(rows.nth(2).getByRole('button').first()).toBeDisabled()
      await page.getByTestId('backup-drop-zone').scrollIntoViewIfNeeded()
      await shoot(page, 'settings-backup-list', language, size, {
        fitting: page.locator('.backups'),
      })

      // A backup mid-run: the bar, its count and a cancel button; then it finishes.
      await page.getByTestId('backup-drop-zone').locator('button.primary').click()
      const progress = page.getByTestId('backup-progress')
      await expect(progress.getByRole('progressbar')).toBeVisible()
      await expect(progress.getByRole('button')).toBeEnabled()
      await progress.scrollIntoViewIfNeeded()
      await shoot(page, 'settings-progress', language, size, { viewportOnly: true })
      await page.evaluate(() => (window as unknown as { finishBackup: () => void }).finishBackup())
      await expect(progress).toBeHidden()
      expect(problems).toEqual([])
    })
  }
}
