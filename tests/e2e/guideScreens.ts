import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Where the guide's screenshots go: the folder the app serves them from when they are being
 * refreshed (`npm run guide:screens` sets GUIDE_SCREENS=1), test output otherwise, so an ordinary
 * e2e run checks the steps without rewriting committed pictures.
 */
export const GUIDE_SCREENS_FOLDER =
  process.env['GUIDE_SCREENS'] === '1' ? 'src/renderer/public/guide' : 'test-results/guide-screens'

const LANGUAGES = [
  { language: 'vi', label: 'Tiếng Việt', navigation: 'Chế độ làm việc' },
  { language: 'en', label: 'English', navigation: 'Modes' },
] as const

/** Switches the interface language and waits until the page shows it. */
export async function switchLanguage(page: Page, language: 'vi' | 'en'): Promise<void> {
  const target = LANGUAGES.find((entry) => entry.language === language)!
  await page
    .getByRole('combobox', { name: 'Ngôn ngữ / Language' })
    .first()
    .selectOption({ label: target.label })
  await expect(page.locator('html')).toHaveAttribute('lang', language)
  await expect(page.getByRole('navigation', { name: target.navigation })).toBeVisible()
}

/**
 * Sets `position` of the bars that stick to the top of the page ('' gives them back their own):
 * a region scrolled into view would otherwise have the questionnaire's bar over its top. Static
 * takes the same place in the flow, so nothing else moves. Through the CSSOM, which the app's CSP
 * allows (a `<style>` injected by the screenshot's `style` option is refused).
 */
const setBarsPosition = (page: Page, position: '' | 'static') =>
  page.evaluate((value) => {
    for (const bar of document.querySelectorAll<HTMLElement>('.questionnaire-bar')) bar.style.position = value
  }, position)

/**
 * Writes one picture of the guide in Vietnamese and in English (`<folder>/<language>/<name>.png`),
 * of the viewport or of one region, then goes back to Vietnamese. The region is found once
 * (by a Vietnamese name) and kept as the same element while the language changes.
 */
export async function shoot(page: Page, name: string, region?: Locator): Promise<void> {
  const element = region === undefined ? null : await region.elementHandle()
  for (const { language } of LANGUAGES) {
    mkdirSync(join(GUIDE_SCREENS_FOLDER, language), { recursive: true })
    await switchLanguage(page, language)
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))))
    const path = join(GUIDE_SCREENS_FOLDER, language, `${name}.png`)
    if (element === null) await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
    else {
      await setBarsPosition(page, 'static')
      await element.screenshot({ path, animations: 'disabled', caret: 'hide' })
      await setBarsPosition(page, '')
    }
  }
  await switchLanguage(page, 'vi')
}
