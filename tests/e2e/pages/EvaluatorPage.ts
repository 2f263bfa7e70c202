import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** A submission row as unit mode stores it (the shape `submissionRows.ts` writes), for seeding. */
export type SeededSubmission = {
  readonly unitCode: string
  readonly answers: Readonly<Record<string, unknown>>
}

/** The evaluator mode: assessments, the status board, a unit's review, results, sensitivity and report. */
export class EvaluatorPage {
  readonly statusBoard: Locator
  readonly rankingTable: Locator
  readonly publishBar: Locator

  constructor(readonly page: Page) {
    this.statusBoard = page.getByRole('table', { name: 'Tình trạng các đơn vị' })
    this.rankingTable = page.locator('table.ranking-table')
    this.publishBar = page.locator('.publish-bar')
  }

  async open(): Promise<void> {
    await this.page.goto('/#/evaluator')
  }

  async createAssessment(options: {
    readonly unitsText: string
    readonly year: number
    readonly frameworkName?: string
  }): Promise<void> {
    await this.page.getByRole('link', { name: 'Tạo kỳ đánh giá' }).click()
    if (options.frameworkName !== undefined)
      await chooseFramework(this.page.getByRole('combobox', { name: /^Bộ chỉ số/ }), options.frameworkName)
    // Each step with its own timeout, so a stall fails naming the step instead of the whole test.
    await this.page.getByLabel('Năm đánh giá').fill(String(options.year), { timeout: 15_000 })
    await expect(this.page.getByLabel('Năm đánh giá')).toHaveValue(String(options.year))
    await this.page.getByLabel('Đơn vị được đánh giá').fill(options.unitsText, { timeout: 15_000 })
    await this.page.getByRole('button', { name: 'Tạo kỳ đánh giá' }).click({ timeout: 15_000 })
  }

  /**
   * Puts submitted unit-mode submissions straight into IndexedDB, as if each unit had filled and
   * submitted its questionnaire on this machine (the bulk import of workbooks is not in the app yet).
   */
  async seedSubmittedAnswers(
    framework: { readonly id: string; readonly version: string },
    year: number,
    submissions: readonly SeededSubmission[],
  ): Promise<void> {
    await this.page.evaluate(
      async ({ framework, year, submissions }) => {
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('ict-index-workbench')
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        const at = new Date().toISOString()
        await new Promise<void>((resolve, reject) => {
          const transaction = database.transaction('submissions', 'readwrite')
          const store = transaction.objectStore('submissions')
          for (const submission of submissions) {
            store.put({
              id: `${submission.unitCode}|${framework.id}|${framework.version}|${year}|r1`,
              source: 'unit',
              unitCode: submission.unitCode,
              frameworkId: framework.id,
              frameworkVersion: framework.version,
              year,
              revision: 1,
              status: 'submitted',
              rev: 2,
              answers: submission.answers,
              comments: {},
              entries: {},
              createdAt: at,
              updatedAt: at,
              submittedAt: at,
              lastQuestion: null,
            })
          }
          transaction.oncomplete = () => resolve()
          transaction.onerror = () => reject(transaction.error)
        })
        database.close()
      },
      { framework, year, submissions },
    )
  }

  /** Opens "edit the list of units", changes the text and saves. */
  async editUnitList(change: (text: string) => string): Promise<void> {
    await this.page.locator('details.edit-units > summary').click()
    const field = this.page.locator('details.edit-units').getByLabel('Đơn vị được đánh giá')
    await field.fill(change(await field.inputValue()))
    await this.page.getByRole('button', { name: 'Lưu danh sách đơn vị' }).click()
  }

  /** Imports workbooks through the bulk import panel hosted on the status board, and waits until every file is done. */
  async importWorkbooks(paths: readonly string[]): Promise<void> {
    const panel = this.page.getByRole('region', { name: 'Nhập phiếu Excel của các đơn vị' })
    const chooser = this.page.waitForEvent('filechooser')
    await panel.getByRole('button', { name: 'Chọn tệp…' }).click()
    await (await chooser).setFiles([...paths])
    await expect(panel.getByText(new RegExp(`^Xong ${paths.length} tệp trong`))).toBeVisible({
      timeout: 180_000,
    })
  }

  async refreshSubmissions(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kiểm tra phiếu khai mới' }).click()
  }

  statusFilter(label: string): Locator {
    return this.page
      .getByRole('group', { name: 'Lọc theo tình trạng' })
      .getByRole('button', { name: new RegExp(`^${label} \\d+$`) })
  }

  async statusCount(label: string): Promise<number> {
    return Number(await this.statusFilter(label).locator('.count').textContent())
  }

  async openUnit(name: string): Promise<void> {
    await this.statusBoard.getByRole('link', { name, exact: true }).click()
  }

  async showAllQuestions(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Câu hỏi hiển thị' })
      .getByRole('button', { name: 'Tất cả câu hỏi' })
      .click()
  }

  answerRow(questionCode: string): Locator {
    return this.page.locator(`tr[data-question="${questionCode}"]`)
  }

  async appraise(questionCode: string, value: string, reason: string): Promise<void> {
    // Exact: a code may be the start of another one (MayBan, MayBan_DVTT).
    await this.page.getByRole('button', { name: `Thẩm định ${questionCode}`, exact: true }).click()
    const form = this.page.getByRole('form', { name: `Thẩm định ${questionCode}`, exact: true })
    await form.getByLabel('Giá trị thẩm định (để trống nếu “không có số liệu”)').fill(value)
    await form.getByLabel('Lý do (bắt buộc)').fill(reason)
    await form.getByRole('button', { name: 'Lưu thẩm định' }).click()
  }

  async openTab(name: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Các phần của kỳ đánh giá' })
      .getByRole('link', { name })
      .click()
  }

  /** The ranking table's rows as text: rank, code and composite as shown. */
  async rankingRows(): Promise<{ rank: string; code: string; composite: string }[]> {
    return this.rankingTable.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        rank: row.querySelector('td.rank')?.textContent ?? '',
        code: row.querySelector('td.code')?.textContent ?? '',
        composite: row.querySelector('td.composite')?.textContent ?? '',
      })),
    )
  }

  async publish(): Promise<void> {
    await this.publishBar.getByRole('button', { name: 'Công bố kết quả (khoá)' }).click()
    await this.publishBar.getByRole('button', { name: 'Công bố', exact: true }).click()
  }

  async exportReport(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Xuất báo cáo Excel…' }).click()
    return download
  }

  async exportBlankWorkbooks(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 })
    await this.page.getByRole('button', { name: 'Xuất phiếu trống cho mọi đơn vị (.zip)…' }).click()
    return download
  }

  async exportRankingCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Xuất bảng xếp hạng (CSV)…' }).click()
    return download
  }
}

/**
 * Chooses the framework whose option names `frameworkName` in the new-assessment form, by the
 * option's value (its catalog key), retried until the select holds it: the list is read live
 * (built-in, then imported frameworks), and selecting by a label read a moment earlier once
 * waited until a CI run's test timeout.
 */
export async function chooseFramework(select: Locator, frameworkName: string): Promise<void> {
  await expect(async () => {
    const option = select.locator('option', { hasText: frameworkName }).first()
    const value = (await option.getAttribute('value', { timeout: 2_000 })) ?? ''
    await select.selectOption(value, { timeout: 2_000 })
    await expect(select).toHaveValue(value, { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
}
