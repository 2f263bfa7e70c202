import type { Download, Locator, Page } from '@playwright/test'
import { freezeResultsVersion } from '@core/assessment/resultsVersion'
import type { YearResults } from '@core/comparison/yearResults'
import type { AssessmentResult } from '@core/scoring/assessmentResult'

/** One published year to put in the database as the evaluator's publish would leave it. */
export type PublishedYear = {
  readonly framework: unknown
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly result: AssessmentResult
}

/** The manager mode: all units, one unit, charts with their tables, exports. */
export class ManagerPage {
  readonly rankTable: Locator
  readonly heatMap: Locator

  constructor(readonly page: Page) {
    this.rankTable = page.locator('table.manager-rank-table')
    this.heatMap = page.locator('table.manager-heatmap')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/manager')
  }

  /**
   * Writes published assessments and their official results straight into IndexedDB, in the
   * shapes `assessmentRows.ts` stores (the sample workspace that will do this in the app is
   * another issue's).
   */
  /** Seeds generated years (core's `threeYearSeries`) as published assessments. */
  async seedGeneratedYears(years: readonly { readonly framework: unknown; readonly results: YearResults }[]) {
    await this.seedPublishedYears(
      years.map(({ framework, results }) => ({
        framework: JSON.parse(JSON.stringify(framework)),
        frameworkId: results.frameworkId,
        frameworkVersion: results.frameworkVersion,
        year: results.year,
        result: results.result,
      })),
    )
  }

  async seedPublishedYears(years: readonly PublishedYear[]): Promise<void> {
    const at = new Date().toISOString()
    // Version 1 of each year's official results, frozen (with its digest) here in Node.
    const seeded = years.map((row) => ({
      ...row,
      version: freezeResultsVersion(
        {
          assessmentId: `${row.frameworkId}|${row.year}|seed`,
          version: 1,
          publishedAt: at,
          engineVersion: row.result.engineVersion,
          framework: row.framework,
          finalAnswers: null,
          appraisals: [],
          result: row.result,
        },
        { origin: 'upgraded', auditSeq: null },
      ),
    }))
    await this.page.evaluate(
      async ({ rows, at }) => {
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('ict-index-workbench')
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        await new Promise<void>((resolve, reject) => {
          const transaction = database.transaction(['assessments', 'resultVersions'], 'readwrite')
          for (const row of rows) {
            const id = `${row.frameworkId}|${row.year}|seed`
            transaction.objectStore('assessments').put({
              id,
              frameworkId: row.frameworkId,
              frameworkVersion: row.frameworkVersion,
              year: row.year,
              status: 'published',
              source: 'evaluator',
              units: row.result.units.map((unit) => ({
                code: unit.code,
                name: unit.name,
                group: unit.group,
              })),
              approvals: [],
              createdAt: at,
              updatedAt: at,
              publishedAt: at,
              rev: 2,
              framework: row.framework,
            })
            transaction.objectStore('resultVersions').put(row.version)
          }
          transaction.oncomplete = () => resolve()
          transaction.onerror = () => reject(transaction.error)
        })
        database.close()
      },
      { rows: seeded, at },
    )
  }

  chart(id: string): Locator {
    return this.page.locator(`[data-chart="${id}"]`)
  }

  /** The chart's data-table alternative, opened with its "Xem dạng bảng" toggle. */
  async chartTable(id: string): Promise<Locator> {
    const panel = this.chart(id)
    const toggle = panel.getByRole('button', { name: /Xem dạng bảng|Ẩn bảng/ })
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    return panel.locator('table')
  }

  async chooseYears(earlier: number, later: number): Promise<void> {
    await this.page.getByLabel('đến năm').selectOption(String(later))
    await this.page.getByLabel('So sánh từ năm').selectOption(String(earlier))
  }

  async exportWorkbook(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Xuất toàn bộ so sánh ra Excel' }).click()
    return download
  }

  async exportChartPng(id: string): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.chart(id).getByRole('button', { name: 'Lưu ảnh PNG' }).click()
    return download
  }

  async screenshotChart(id: string, name: string): Promise<void> {
    await this.chart(id).scrollIntoViewIfNeeded()
    await this.chart(id).screenshot({ path: `test-results/screenshots/manager-${name}.png` })
  }
}
