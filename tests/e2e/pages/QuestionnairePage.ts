import { expect, type Locator, type Page } from '@playwright/test'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The questionnaire screen. Answer controls are found the way the accessibility contract
 * promises: their accessible name begins with the question code, then the question text.
 */
export class QuestionnairePage {
  readonly saveStatus: Locator
  readonly sections: Locator
  readonly problems: Locator
  readonly selfScore: Locator
  readonly submissionPanel: Locator

  constructor(readonly page: Page) {
    this.saveStatus = page.getByRole('status').and(page.getByTestId('save-status'))
    this.sections = page.getByRole('navigation', { name: 'Các phần của phiếu' })
    this.problems = page.getByRole('region', { name: 'Cần xem lại' })
    this.selfScore = page.getByRole('region', { name: 'Điểm tự chấm' })
    this.submissionPanel = page.getByRole('region', { name: 'Nộp phiếu' })
  }

  /** The answer control of a question (a text box, a radio group, a check-box group …). */
  control(code: string, role: 'textbox' | 'radiogroup' | 'group' | 'combobox' = 'textbox'): Locator {
    return this.page.getByRole(role, { name: new RegExp(`^${escape(code)} `) })
  }

  /** A date answer (a text box typed as dd/MM/yyyy, found by its label). */
  dateControl(code: string): Locator {
    return this.page.getByLabel(new RegExp(`^${escape(code)} `))
  }

  question(code: string): Locator {
    return this.page.locator(`[data-question="${code}"]`)
  }

  async openSection(title: string): Promise<void> {
    await this.sections.getByRole('button', { name: new RegExp(escape(title)) }).click()
  }

  async typeAnswer(code: string, text: string): Promise<void> {
    await this.control(code).fill(text)
  }

  async choose(code: string, option: string): Promise<void> {
    await this.control(code, 'radiogroup').getByRole('radio', { name: option, exact: true }).check()
  }

  async tick(code: string, option: string): Promise<void> {
    await this.control(code, 'group').getByRole('checkbox', { name: option, exact: true }).check()
  }

  cell(code: string, column: string, row: number): Locator {
    return this.page.getByRole('textbox', {
      name: new RegExp(`^${escape(code)} .*: ${escape(column)}, dòng ${row}$`),
    })
  }

  cellChoice(code: string, column: string, row: number): Locator {
    return this.page.getByRole('combobox', {
      name: new RegExp(`^${escape(code)} .*: ${escape(column)}, dòng ${row}$`),
    })
  }

  async addRow(code: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${escape(code)} .*: thêm dòng$`) }).click()
  }

  async attachEvidence(
    code: string,
    files: readonly { readonly name: string; readonly mimeType: string; readonly buffer: Buffer }[],
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: new RegExp(`^${escape(code)} .*: đính kèm tệp$`) }).click()
    await (await chooser).setFiles([...files])
  }

  async addComment(code: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: `Thêm ghi chú cho ${code}`, exact: true }).click()
    await this.page.getByLabel(new RegExp(`^Ghi chú cho ${escape(code)} `)).fill(text)
  }

  comment(code: string): Locator {
    return this.page.getByLabel(new RegExp(`^Ghi chú cho ${escape(code)} `))
  }

  /** "Đã lưu" appears only once the save transaction committed and nothing typed is waiting. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Đã lưu', { timeout: 5000 })
  }

  problem(code: string, message: string | RegExp): Locator {
    return this.problems.getByRole('button', {
      name:
        typeof message === 'string' ? `${code} ${message}` : new RegExp(`^${escape(code)} ${message.source}`),
    })
  }
}
