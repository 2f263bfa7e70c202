import { expect, test } from './fixtures'

test('Settings → Giới thiệu lists the app, engine, schema and file format versions and this version’s changes, in Vietnamese and English', async ({
  appPage,
  problems,
}) => {
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.goto('/#/settings')
  const about = appPage.getByRole('region', { name: 'Giới thiệu' })
  await expect(about.getByText('Phiên bản ứng dụng', { exact: true })).toBeVisible()
  await expect(about.locator('.about-versions')).toContainText('Phiên bản bộ tính điểm1')
  await expect(about.locator('.about-versions')).toContainText('Phiên bản cơ sở dữ liệu7')
  const formats = about.getByRole('table')
  for (const kind of [
    'questionnaire',
    'submission-package',
    'framework',
    'authoring-workbook',
    'results-report',
    'ranking-csv',
    'lineage',
    'comparison-workbook',
    'backup',
    'council-package',
    'appraisal-package',
  ])
    await expect(formats.getByRole('row').filter({ hasText: kind })).toHaveCount(1)
  await expect(formats.getByRole('row', { name: /Bản sao lưu dữ liệu/ })).toContainText('1')
  await expect(
    about.getByRole('heading', { name: /Những thay đổi trong phiên bản \d+\.\d+\.\d+/ }),
  ).toBeVisible()
  expect(await about.locator('.about-changes li').count()).toBeGreaterThan(3)
  await about.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/settings-about-vi.png', fullPage: true })

  await appPage.getByLabel('Ngôn ngữ / Language').first().selectOption('en')
  const aboutEn = appPage.getByRole('region', { name: 'About' })
  await expect(aboutEn.getByText('Scoring engine version', { exact: true })).toBeVisible()
  await expect(aboutEn.getByRole('heading', { name: /Changes in version/ })).toBeVisible()
  await expect(aboutEn.getByRole('row', { name: /Database backup/ })).toContainText('backup')
  await appPage.screenshot({ path: 'test-results/screenshots/settings-about-en.png', fullPage: true })
  expect(problems).toEqual([])
})
