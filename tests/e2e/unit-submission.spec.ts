import { expect, test } from './fixtures'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

const FRAMEWORK_NAME = 'Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT'

test('submitting makes a revision final and read-only; a new revision starts from it and the history says what changed', async ({
  appPage,
  problems,
}) => {
  const home = new QuestionnaireUnitHomePage(appPage)
  const questionnaire = new QuestionnairePage(appPage)
  await home.open()
  await home.createProfile({ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' })
  await home.importFramework('khung.json', unitTestFramework())
  await home.startQuestionnaire(FRAMEWORK_NAME, 2025)
  await expect(questionnaire.submissionPanel).toContainText(
    'còn 0 giá trị cần sửa và 2 câu bắt buộc chưa trả lời',
  )

  await questionnaire.typeAnswer('MayTinh', '80')
  await questionnaire.openSection('Hạ tầng nhân lực')
  await questionnaire.typeAnswer('SoCBCC', '95')
  await questionnaire.waitUntilSaved()
  await expect(questionnaire.submissionPanel).toContainText('Sẵn sàng nộp')
  await questionnaire.submissionPanel.getByRole('button', { name: 'Nộp phiếu' }).click()
  await questionnaire.submissionPanel.getByRole('button', { name: 'Xác nhận nộp' }).click()

  await expect(questionnaire.submissionPanel).toContainText('Đã nộp')
  await expect(questionnaire.saveStatus).toHaveText('Chỉ xem')
  await expect(questionnaire.control('SoCBCC')).toHaveAttribute('readonly', '')
  await questionnaire.submissionPanel.getByRole('button', { name: 'Tạo bản sửa đổi (lần 2)' }).click()

  await expect(appPage.getByText('năm 2025 · bộ chỉ số phiên bản 2025.1 · lần 2')).toBeVisible()
  await expect(questionnaire.control('SoCBCC')).toHaveValue('95')
  await questionnaire.typeAnswer('SoCBCC', '96')
  await questionnaire.waitUntilSaved()
  const history = appPage.getByRole('region', { name: 'Lịch sử' })
  await expect(history).toContainText('1 câu trả lời khác lần trước: SoCBCC')
  await expect(history).toContainText('SoCBCC: 95 → 96')
  await history.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/unit-revision-history-vi.png' })

  await appPage.getByRole('button', { name: '← Về danh sách phiếu của đơn vị' }).click()
  await expect(home.submissions.getByRole('row')).toHaveCount(3)
  await expect(home.submissions.getByRole('button', { name: /Mở phiếu năm 2025, lần 1/ })).toHaveText('Xem')
  await expect(home.submissions.getByRole('button', { name: /Mở phiếu năm 2025, lần 2/ })).toHaveText(
    'Khai tiếp',
  )
  await appPage.screenshot({ path: 'test-results/screenshots/unit-submissions-vi.png', fullPage: true })
  expect(problems).toEqual([])
})

test('the questionnaire speaks English and reads English numbers when the interface is English', async ({
  appPage,
  problems,
}) => {
  const home = new QuestionnaireUnitHomePage(appPage)
  await home.open()
  await home.createProfile({ code: 'SYT', name: 'Sở Y tế', group: 'Sở, ban, ngành' })
  await home.importFramework('framework.json', unitTestFramework())
  await appPage
    .getByRole('combobox', { name: 'Ngôn ngữ / Language' })
    .first()
    .selectOption({ label: 'English' })
  await appPage
    .getByRole('button', { name: 'Start the 2025 questionnaire: Test ICT readiness framework' })
    .click()

  await appPage.getByRole('textbox', { name: /^MayTinh / }).fill('1,234.5')
  await expect(appPage.getByRole('status').and(appPage.getByTestId('save-status'))).toHaveText('Saved')
  await appPage.getByRole('textbox', { name: /^MayTinh / }).blur()
  await expect(appPage.getByRole('textbox', { name: /^MayTinh / })).toHaveValue('1,234.5')
  await expect(appPage.locator('[data-question="MayTinh"]')).toContainText(
    'A whole number is needed (no decimals).',
  )
  await appPage.screenshot({ path: 'test-results/screenshots/unit-questionnaire-en.png' })
  expect(problems).toEqual([])
})
