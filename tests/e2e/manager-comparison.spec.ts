import { mkdirSync, readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { fiveNumberSummary } from '@core/comparison/distribution'
import { indicatorChanges } from '@core/comparison/indicatorChanges'
import { rankChanges } from '@core/comparison/rankChanges'
import { strengthsAndWeaknesses } from '@core/comparison/strengthsAndWeaknesses'
import { threeYearSeries, VERSION_CHANGES } from '@core/comparison/testing/threeYearSeries'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { roundForPublication } from '@core/scoring/roundForPublication'
import { expect, test } from './fixtures'
import { ManagerPage } from './pages/ManagerPage'

// Three years of 60 units (Đà Nẵng's 28 and 32 synthetic), generated and scored by the engine here in
// Node; 2024 and 2025 use framework version 2025.1, 2026 uses 2026.1, which renamed, changed, added
// and dropped an indicator and says so in its comparability notes.
const generated = threeYearSeries({ extraUnits: 32 })
const years = generated.map((year) => year.results)
const [y2024, y2025, y2026] = years
if (y2024 === undefined || y2025 === undefined || y2026 === undefined) throw new Error('three years expected')
const UNIT = 'STTTT'
const unitName = y2026.result.units.find((unit) => unit.code === UNIT)?.name ?? ''

const viFixed = (value: number, digits = 4) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    roundForPublication(value, digits),
  )
const viScore = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : viFixed(value)

test('a manager compares three years of 60 units across a framework version change, checks the numbers, and exports the comparison', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(240_000)
  mkdirSync('test-results/screenshots', { recursive: true })
  const manager = new ManagerPage(appPage)
  await manager.open()
  await expect(appPage.getByRole('heading', { name: 'Chưa có kết quả để so sánh' })).toBeVisible()

  await manager.seedPublishedYears(
    generated.map(({ framework, results }) => ({
      framework: JSON.parse(JSON.stringify(framework)),
      frameworkId: results.frameworkId,
      frameworkVersion: results.frameworkVersion,
      year: results.year,
      result: results.result,
    })),
  )
  const allStarted = Date.now()
  await appPage.reload()
  await expect(manager.heatMap.locator('tbody tr')).toHaveCount(60)
  await expect(manager.chart('all-groups').locator('canvas')).toBeVisible()
  const allUnitsMs = Date.now() - allStarted

  // The version change is said, not hidden.
  await expect(appPage.getByTestId('manager-version-note')).toContainText(
    'Năm 2026 dùng phiên bản 2026.1, năm 2025 dùng phiên bản 2025.1',
  )

  // Rank changes 2025 → 2026 (the default pair) agree with the engine's ranks.
  const expected2526 = rankChanges(y2025, y2026)
  await expect(manager.rankTable.locator('tbody tr')).toHaveCount(60)
  const shown = await manager.rankTable
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-code'),
        ...[...row.children].map((cell) => cell.textContent?.trim() ?? ''),
      ]),
    )
  expect(shown.map((row) => row[0])).toEqual(expected2526.map((row) => row.code))
  for (const [index, row] of expected2526.entries()) {
    const line = shown[index] ?? []
    expect(line[1], row.code).toBe(String(row.rankAfter))
    expect(line[4], row.code).toBe(String(row.rankBefore))
    expect(line[5], row.code).toBe(
      row.change === 0
        ? '= giữ nguyên'
        : row.change !== null && row.change > 0
          ? `▲ tăng ${row.change}`
          : `▼ giảm ${-(row.change ?? 0)}`,
    )
    expect(line[7], row.code).toBe(viScore(row.compositeAfter))
  }

  // Over the three years: the bump chart's table lists the movers 2024 → 2026 with the engine's ranks.
  await manager.chooseYears(2024, 2026)
  await expect(
    appPage.getByRole('heading', { name: 'Thay đổi thứ hạng năm 2026 so với năm 2024' }),
  ).toBeVisible()
  const expected2426 = rankChanges(y2024, y2026)
  const bumpTable = await manager.chartTable('all-bump')
  const firstMover = [...expected2426]
    .filter((row) => (row.change ?? 0) > 0)
    .sort(
      (a, b) =>
        (b.change ?? 0) - (a.change ?? 0) ||
        (b.compositeChange ?? 0) - (a.compositeChange ?? 0) ||
        a.code.localeCompare(b.code),
    )[0]
  await expect(bumpTable.locator('tbody tr').first()).toContainText(firstMover?.name ?? '')
  await expect(bumpTable.locator('tbody tr').first().locator('td').last()).toHaveText(
    String(firstMover?.rankAfter),
  )
  await expect((await manager.chartTable('all-movers')).locator('tbody tr')).toHaveCount(10)

  // Distribution: the five-number summary of each year's composite.
  const boxTable = await manager.chartTable('all-box')
  for (const [index, year] of years.entries()) {
    const summary = fiveNumberSummary(year.result.components[year.result.rootCode]?.score ?? [])
    await expect(boxTable.locator('tbody tr').nth(index).locator('td').nth(3)).toHaveText(
      viScore(summary?.median),
    )
  }
  // Heat map: the best unit of 2026 first, with its components.
  const root2026 = y2026.result.components[y2026.result.rootCode]
  const best = root2026?.rank.indexOf(1) ?? -1
  await expect(manager.heatMap.locator('tbody tr').first()).toContainText(
    y2026.result.units[best]?.name ?? '',
  )
  await expect(manager.heatMap.locator('tbody tr').first().locator('td').nth(2)).toHaveText(
    viScore(y2026.result.components['HTKT']?.score[best]),
  )

  for (const [id, name] of [
    ['all-bump', 'bump'],
    ['all-movers', 'movers'],
    ['all-box', 'boxplot'],
    ['all-histogram', 'histogram'],
    ['all-groups', 'groups'],
    ['heatmap', 'heatmap'],
  ] as const) {
    await manager.screenshotChart(id, name)
  }
  await appPage.locator('[data-chart="heatmap"]').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/manager-all-units-page.png', fullPage: true })

  // Any chart exports as a PNG.
  const png = await manager.exportChartPng('all-box')
  expect([...readFileSync(await png.path()).subarray(0, 8)]).toEqual([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ])

  // One unit: its years, its indicator changes (not comparable ones marked) and its standing.
  const unitStarted = Date.now()
  await manager.rankTable.getByRole('button', { name: unitName }).click()
  await expect(appPage.getByRole('heading', { name: `${unitName} qua các năm` })).toBeVisible()
  await expect(manager.chart('unit-radar').locator('canvas')).toBeVisible()
  const unitMs = Date.now() - unitStarted
  for (const [index, year] of years.entries()) {
    const at = year.result.units.findIndex((unit) => unit.code === UNIT)
    const root = year.result.components[year.result.rootCode]
    await expect(appPage.locator('.manager-unit-summary li').nth(index)).toHaveText(
      `Năm ${year.year}: chỉ số chung ${viScore(root?.score[at])}, hạng ${root?.rank[at]}/60.`,
    )
  }
  const changes = indicatorChanges(y2024, y2026, UNIT, years)
  if (changes === null) throw new Error('changes')
  const indicatorRows = appPage.locator('table.manager-indicator-table tbody tr')
  await expect(indicatorRows.first()).toHaveAttribute('data-code', changes.rows[0]?.code ?? '')
  await expect(indicatorRows.first().locator('td').last()).toHaveText(
    `${(changes.rows[0]?.contributionChange ?? 0) > 0 ? '+' : '−'}${viFixed(Math.abs(changes.rows[0]?.contributionChange ?? 0))}`,
  )
  await appPage.getByRole('button', { name: /Xem tất cả \d+ chỉ tiêu/ }).click()
  await expect(appPage.locator(`tr[data-code="${VERSION_CHANGES.changed}"]`)).toContainText(
    'không so sánh được: đổi định nghĩa',
  )
  await expect(appPage.locator(`tr[data-code="${VERSION_CHANGES.changed}"] td`).last()).toHaveText('—')
  await expect(appPage.locator(`tr[data-code="${VERSION_CHANGES.added}"]`)).toContainText(
    'không so sánh được: chỉ tiêu mới',
  )
  await expect(appPage.locator(`tr[data-code="${VERSION_CHANGES.dropped}"]`)).toContainText(
    'không so sánh được: đã bỏ',
  )
  await expect(appPage.locator(`tr[data-code="${VERSION_CHANGES.renamed.code}"]`)).toContainText(
    'đổi mã, so sánh được',
  )
  const standing = strengthsAndWeaknesses(y2026, UNIT, { limit: 3 })
  const name = (code: string) => y2026.structure.nodes.find((node) => node.code === code)?.name.vi ?? code
  for (const item of standing?.strengths ?? [])
    await expect(appPage.locator('.manager-strengths')).toContainText(
      `${name(item.code)}: cao hơn trung vị nhóm ${viFixed(item.difference, 2)}`,
    )
  for (const item of standing?.weaknesses ?? [])
    await expect(appPage.locator('.manager-weaknesses')).toContainText(
      `${name(item.code)}: thấp hơn trung vị nhóm ${viFixed(-item.difference, 2)}`,
    )
  await manager.screenshotChart('unit-trend', 'unit-trend')
  await manager.screenshotChart('unit-radar', 'unit-radar')
  await appPage.getByRole('button', { name: 'Theo thứ hạng' }).click()
  const rankTable = await manager.chartTable('unit-rank')
  await expect(rankTable.locator('tbody tr').last().locator('td')).toHaveText(
    `hạng ${root2026?.rank[y2026.result.units.findIndex((unit) => unit.code === UNIT)]}/60`,
  )
  await manager.screenshotChart('unit-rank', 'unit-rank')
  await appPage.locator('.manager-standing').scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/manager-unit-page.png', fullPage: true })

  // The whole comparison as a workbook, read back.
  const download = await manager.exportWorkbook()
  expect(download.suggestedFilename()).toBe('so-sanh-dept-ict-readiness-2024-2026.xlsx')
  const bytes = new Uint8Array(readFileSync(await download.path()))
  const workbook = await readWorkbook(bytes)
  if (!workbook.ok) throw new Error(JSON.stringify(workbook.error))
  expect(workbook.value.sheets.map((sheet) => sheet.name)).toEqual([
    'Tổng quan',
    'Các năm',
    'Thay đổi hạng',
    'Phân bố',
    'Theo nhóm',
    'Thành phần 2026',
    `Đơn vị ${UNIT}`,
    'Biểu đồ',
  ])
  const rankSheet = workbook.value.sheets[2]?.rows.slice(3) ?? []
  expect(rankSheet.map((row) => [row[0], row[3], row[4], row[5], row[7]])).toEqual(
    expected2426.map((row) => [row.code, row.rankBefore, row.rankAfter, row.change, row.compositeAfter]),
  )
  const pictures = Object.keys(unzipSync(bytes)).filter(
    (path) => path.startsWith('xl/media/') && path.endsWith('.png'),
  )
  expect(pictures.length).toBe(9)

  console.log(
    `manager, 60 units × 3 years: all-units view rendered in ${allUnitsMs} ms after reload; unit view in ${unitMs} ms`,
  )
  expect(problems).toEqual([])
})
