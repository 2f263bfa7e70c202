import type { Locator, Page } from '@playwright/test'

/** Unit mode's home: the unit profile, the submissions list and the frameworks to start. */
export class QuestionnaireUnitHomePage {
  readonly saveProfileButton: Locator
  readonly submissions: Locator

  constructor(readonly page: Page) {
    this.saveProfileButton = page.getByRole('button', { name: 'Lưu thông tin đơn vị' })
    this.submissions = page.getByRole('region', { name: 'Phiếu khai của đơn vị' })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/unit')
  }

  async createProfile(profile: {
    readonly code: string
    readonly name: string
    readonly group: string
  }): Promise<void> {
    await this.page.getByLabel('Mã đơn vị').fill(profile.code)
    await this.page.getByLabel('Tên đơn vị').fill(profile.name)
    await this.page.getByLabel('Nhóm đơn vị').selectOption({ label: profile.group })
    await this.saveProfileButton.click()
  }

  /** Adds a framework file through the "JSON file" button (the browser's own file chooser). */
  async importFramework(fileName: string, framework: unknown): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Thêm bộ chỉ số từ tệp JSON…' }).click()
    await (
      await chooser
    ).setFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(framework), 'utf8'),
    })
  }

  async startQuestionnaire(frameworkName: string, year: number): Promise<void> {
    await this.page.getByRole('button', { name: `Khai phiếu năm ${year}: ${frameworkName}` }).click()
  }
}
