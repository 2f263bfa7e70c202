import { expect, test } from './fixtures'
import { AppShellPage } from './pages/AppShellPage'
import { FrameworkLibraryPage } from './pages/FrameworkLibraryPage'

test('each screen names the window and takes the focus to its heading, in both languages', async ({
  appPage,
  problems,
}) => {
  const shell = new AppShellPage(appPage)
  await expect(appPage).toHaveTitle('Trang chủ — ICT Index Workbench')

  await shell.openMode('Cài đặt')
  await expect(appPage).toHaveTitle('Cài đặt — ICT Index Workbench')
  await expect(shell.heading).toHaveText('Cài đặt')
  await expect(shell.heading).toBeFocused()

  await shell.openMode('Bộ chỉ số')
  await expect(appPage).toHaveTitle('Bộ chỉ số — ICT Index Workbench')
  await expect(shell.heading).toHaveText('Bộ chỉ số')
  await expect(shell.heading).toBeFocused()
  await shell.chooseLanguage('English')
  await expect(appPage).toHaveTitle('Frameworks — ICT Index Workbench')
  await shell.openMode('Evaluation')
  await expect(appPage).toHaveTitle('Assessments — Evaluation — ICT Index Workbench')
  await expect(shell.heading).toBeFocused()
  await shell.chooseLanguage('Tiếng Việt')
  expect(problems).toEqual([])
})

test('the framework tabs follow the WAI-ARIA tabs pattern: arrows, Home and End, one tab in the Tab order', async ({
  appPage,
  problems,
}) => {
  const library = new FrameworkLibraryPage(appPage)
  await library.goto()
  await library.open('dept-ict-readiness', '2026.1')
  const tabs = appPage.getByRole('tablist').getByRole('tab')
  await expect(tabs).toHaveCount(3)
  const [tree, questions, method] = [tabs.nth(0), tabs.nth(1), tabs.nth(2)]
  await expect(tree).toHaveAttribute('aria-selected', 'true')
  await expect(tree).toHaveAttribute('tabindex', '0')
  await expect(questions).toHaveAttribute('tabindex', '-1')

  await tree.focus()
  await appPage.keyboard.press('ArrowRight')
  await expect(questions).toBeFocused()
  await expect(questions).toHaveAttribute('aria-selected', 'true')
  await expect(tree).toHaveAttribute('tabindex', '-1')
  const panel = appPage.getByRole('tabpanel')
  await expect(panel).toHaveAccessibleName(/Câu hỏi/)
  expect(await questions.getAttribute('aria-controls')).toBe(await panel.getAttribute('id'))

  await appPage.keyboard.press('End')
  await expect(method).toBeFocused()
  await expect(method).toHaveAttribute('aria-selected', 'true')
  await appPage.keyboard.press('ArrowRight')
  await expect(tree).toBeFocused()
  await appPage.keyboard.press('ArrowLeft')
  await expect(method).toBeFocused()
  await appPage.keyboard.press('Home')
  await expect(tree).toBeFocused()
  await expect(tree).toHaveAttribute('aria-selected', 'true')
  await expect(appPage).toHaveTitle(/^Bộ chỉ số sẵn sàng.* — Bộ chỉ số — ICT Index Workbench$/)
  expect(problems).toEqual([])
})
