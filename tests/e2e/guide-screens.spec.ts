import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { shoot } from './guideScreens'
import { chooseFramework, EvaluatorPage } from './pages/EvaluatorPage'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

// The guide's screenshots, taken while following the guides' steps with the labels they quote:
// a new officer from a blank machine to a sent workbook, then an evaluator from a new assessment
// to a published report (importing that workbook), then the manager's and the administrator's
// screens. `npm run guide:screens` writes them to src/renderer/public/guide/<language>/; a unit
// test (features/guide/guideImages.test.ts) reads the names given to `shoot` here.

const FRAMEWORK_NAME = 'Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT'
const YEAR = 2025

test('follows the officer’s and the evaluator’s guides and takes the guide’s screenshots', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(300_000)
  await appPage.setViewportSize({ width: 1366, height: 768 })
  const files = mkdtempSync(join(tmpdir(), 'guide-screens-'))

  // Officer, step 1: a machine without data asks for the role.
  await expect(appPage.getByRole('heading', { name: 'Bạn dùng ứng dụng với vai trò nào?' })).toBeVisible()
  await shoot(appPage, 'officer-first-run')
  await appPage.getByRole('button', { name: 'Cán bộ đơn vị' }).click()
  await appPage.getByRole('link', { name: 'Nhập thông tin đơn vị' }).click()
  await expect(appPage.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeVisible()

  // The unit's profile.
  const home = new QuestionnaireUnitHomePage(appPage)
  await appPage.getByLabel('Mã đơn vị').fill('STC')
  await appPage.getByLabel('Tên đơn vị').fill('Sở Tài chính')
  await appPage.getByLabel('Nhóm đơn vị').selectOption({ label: 'Sở, ban, ngành' })
  await shoot(appPage, 'officer-profile')
  await home.saveProfileButton.click()

  // The framework file received from the evaluator, then the year's questionnaire.
  await home.importFramework('bo-chi-so-2025.json', unitTestFramework())
  await expect(appPage.getByText(`Đã thêm: ${FRAMEWORK_NAME}`).first()).toBeVisible()
  await shoot(appPage, 'officer-frameworks')
  await home.startQuestionnaire(FRAMEWORK_NAME, YEAR)
  const questionnaire = new QuestionnairePage(appPage)
  await expect(appPage.getByRole('heading', { level: 1, name: FRAMEWORK_NAME })).toBeVisible()

  // Filling in: answers save by themselves; "Cần xem lại" lists what is left.
  await questionnaire.typeAnswer('MayTinh', '80')
  await questionnaire.typeAnswer('MayTinhInternet', '70')
  await questionnaire.waitUntilSaved()
  await shoot(appPage, 'officer-questionnaire')
  await shoot(appPage, 'officer-problems', questionnaire.problems)
  await questionnaire.openSection('Hạ tầng nhân lực')
  await questionnaire.typeAnswer('SoCBCC', '95')
  await questionnaire.choose('CoPhongCNTT', 'Có')
  await questionnaire.typeAnswer('SoCBCNTT', '3')
  await questionnaire.openSection('Ứng dụng CNTT')
  await questionnaire.typeAnswer('TyLeVanBanDienTu', '85')
  await questionnaire.waitUntilSaved()

  // Submitting.
  await expect(questionnaire.submissionPanel).toContainText('Sẵn sàng nộp')
  await questionnaire.submissionPanel.getByRole('button', { name: 'Nộp phiếu' }).click()
  await expect(questionnaire.submissionPanel.getByRole('button', { name: 'Xác nhận nộp' })).toBeVisible()
  await shoot(appPage, 'officer-submit', questionnaire.submissionPanel)
  await questionnaire.submissionPanel.getByRole('button', { name: 'Xác nhận nộp' }).click()
  await expect(questionnaire.submissionPanel).toContainText('Đã nộp')

  // Exporting the file to send.
  const exportSection = appPage.getByRole('heading', { name: 'Xuất tệp để gửi' }).locator('xpath=..')
  await shoot(appPage, 'officer-export', exportSection)
  const sent = appPage.waitForEvent('download')
  await appPage.getByRole('button', { name: 'Xuất tệp Excel…' }).click()
  const workbook = join(files, (await sent).suggestedFilename())
  await (await sent).saveAs(workbook)
  expect(workbook).toMatch(/\.xlsx$/)

  // Evaluator: the year's assessment.
  const evaluator = new EvaluatorPage(appPage)
  await evaluator.open()
  await appPage.getByRole('link', { name: 'Tạo kỳ đánh giá' }).click()
  await chooseFramework(appPage.getByRole('combobox', { name: /^Bộ chỉ số/ }), FRAMEWORK_NAME)
  await appPage.getByLabel('Năm đánh giá').fill(String(YEAR))
  await appPage
    .getByLabel('Đơn vị được đánh giá')
    .fill('STC\tSở Tài chính\tSở, ban, ngành\nSNV\tSở Nội vụ\tSở, ban, ngành')
  await shoot(appPage, 'evaluator-create')
  await appPage.getByRole('button', { name: 'Tạo kỳ đánh giá' }).click()
  await expect(evaluator.statusBoard).toBeVisible()

  // Blank workbooks for every unit.
  await shoot(appPage, 'evaluator-units')
  const blank = await evaluator.exportBlankWorkbooks()
  expect(blank.suggestedFilename()).toMatch(/\.zip$/)

  // Receiving the officer's workbook ("Nhập phiếu Excel của các đơn vị" starts closed once a
  // questionnaire is in, as the officer's submission on this same machine is).
  const importHost = appPage.locator('details.import-host')
  if (!(await importHost.evaluate((details) => (details as HTMLDetailsElement).open)))
    await importHost.locator('summary').click()
  await evaluator.importWorkbooks([workbook])
  await shoot(appPage, 'evaluator-import', importHost)

  // The other unit's questionnaire, as if it had been imported too: a ranking needs two units.
  await evaluator.seedSubmittedAnswers({ id: 'e2e-so-ban-nganh', version: '2025.1' }, YEAR, [
    {
      unitCode: 'SNV',
      answers: {
        SoCBCC: 120,
        MayTinh: 130,
        MayTinhInternet: 90,
        CoPhongCNTT: true,
        SoCBCNTT: 2,
        TyLeVanBanDienTu: 70,
      },
    },
  ])
  await evaluator.refreshSubmissions()
  await expect(evaluator.statusFilter('Đã nhận')).toContainText('2')

  // Reviewing the unit.
  await evaluator.openUnit('Sở Tài chính')
  await expect(
    appPage.getByRole('heading', { name: 'Số liệu tự khai, thẩm định và cuối cùng' }),
  ).toBeVisible()
  await shoot(appPage, 'evaluator-review')

  // Results, publication, report.
  await evaluator.page.goBack()
  await evaluator.openTab('Kết quả và xếp hạng')
  await expect(evaluator.rankingTable).toBeVisible()
  await shoot(appPage, 'evaluator-results')
  await evaluator.publish()
  await expect(evaluator.publishBar).toContainText('công bố ngày')
  await evaluator.openTab('Báo cáo')
  await expect(appPage.getByRole('button', { name: 'Xuất báo cáo Excel…' })).toBeVisible()
  await shoot(appPage, 'evaluator-report')
  const report = await evaluator.exportReport()
  expect(report.suggestedFilename()).toMatch(/\.xlsx$/)

  // Manager: the published year is there; results of other years come from files.
  await appPage
    .getByRole('navigation', { name: 'Chế độ làm việc' })
    .getByRole('link', { name: 'Lãnh đạo' })
    .click()
  const importResults = appPage.getByRole('heading', { name: 'Nhập kết quả các năm trước' })
  await importResults.scrollIntoViewIfNeeded()
  await shoot(appPage, 'manager-import', importResults.locator('xpath=..'))

  // Administrator: frameworks and backups.
  await appPage
    .getByRole('navigation', { name: 'Chế độ làm việc' })
    .getByRole('link', { name: 'Bộ chỉ số' })
    .click()
  await expect(appPage.getByRole('button', { name: 'Nhập bộ chỉ số…' })).toBeVisible()
  await shoot(appPage, 'admin-frameworks')
  await appPage.getByRole('button', { name: /^Mở / }).first().click()
  await expect(appPage.getByRole('button', { name: 'Xuất tệp JSON' })).toBeVisible()
  await shoot(appPage, 'admin-framework-detail')
  await appPage
    .getByRole('navigation', { name: 'Chế độ làm việc' })
    .getByRole('link', { name: 'Cài đặt' })
    .click()
  const backups = appPage.getByRole('heading', { name: 'Sao lưu', exact: true })
  await backups.scrollIntoViewIfNeeded()
  await shoot(appPage, 'admin-backup', backups.locator('xpath=..'))

  // The manager's comparison needs several years: the sample workspace has three.
  await appPage
    .getByRole('navigation', { name: 'Chế độ làm việc' })
    .getByRole('link', { name: 'Trang chủ' })
    .click()
  await appPage.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click()
  await expect(appPage.getByRole('region', { name: 'Không gian dữ liệu mẫu' })).toBeVisible({
    timeout: 15_000,
  })
  await appPage
    .getByRole('navigation', { name: 'Chế độ làm việc' })
    .getByRole('link', { name: 'Lãnh đạo' })
    .click()
  await expect(appPage.getByLabel('So sánh từ năm')).toBeVisible({ timeout: 15_000 })
  await shoot(appPage, 'manager-compare')

  expect(problems).toEqual([])
})
