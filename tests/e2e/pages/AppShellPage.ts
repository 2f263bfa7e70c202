import type { Locator, Page } from '@playwright/test'

/** The shell: header, language switch and mode navigation. */
export class AppShellPage {
  readonly languageSelect: Locator
  readonly navigation: Locator
  readonly heading: Locator

  constructor(readonly page: Page) {
    this.languageSelect = page.getByRole('combobox', { name: 'Ngôn ngữ / Language' }).first()
    this.navigation = page.getByRole('navigation')
    this.heading = page.getByRole('heading', { level: 1 })
  }

  async openMode(name: string): Promise<void> {
    await this.navigation.getByRole('link', { name, exact: true }).click()
  }

  async chooseLanguage(label: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.languageSelect.selectOption({ label })
  }
}
