import type { Locator, Page } from '@playwright/test'

/** The framework library (Bộ chỉ số): list, detail tabs and import. */
export class FrameworkLibraryPage {
  readonly list: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.list = page.getByRole('table')
    this.status = page.getByRole('status')
  }

  async goto(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Bộ chỉ số', exact: true }).click()
  }

  async open(id: string, version: string): Promise<void> {
    await this.page.getByRole('button', { name: `Mở ${id} ${version}` }).click()
  }

  async showTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Nhập bộ chỉ số…' }).click()
    await (await chooser).setFiles(file)
  }
}
