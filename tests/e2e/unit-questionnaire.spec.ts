import { expect, test } from './fixtures'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'
import { unitTestFramework } from './pages/QuestionnaireTestFramework'

const FRAMEWORK_NAME = 'Bộ chỉ số thử nghiệm mức độ sẵn sàng ứng dụng CNTT'
const pdf = {
  name: 'Quyết định 123-QĐ.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n% kiểm chứng\n'),
}

test('an officer fills every question type, fixes a problem from the list, reloads and finds every answer', async ({
  appPage,
  problems,
}) => {
  const home = new QuestionnaireUnitHomePage(appPage)
  const questionnaire = new QuestionnairePage(appPage)
  await home.open()
  await expect(appPage.getByRole('heading', { level: 2, name: 'Chưa có phiếu khai nào' })).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/unit-empty-vi.png', fullPage: true })

  await home.createProfile({ code: 'SNV', name: 'Sở Nội vụ tỉnh Hà Tĩnh', group: 'Sở, ban, ngành' })
  await home.importFramework('bo-chi-so-thu-nghiem.json', unitTestFramework())
  await expect(appPage.getByText(`Đã thêm: ${FRAMEWORK_NAME}, phiên bản 2025.1.`)).toBeVisible()
  await appPage.screenshot({ path: 'test-results/screenshots/unit-home-vi.png', fullPage: true })
  await home.startQuestionnaire(FRAMEWORK_NAME, 2025)

  await expect(appPage.getByRole('heading', { level: 1, name: FRAMEWORK_NAME })).toBeVisible()
  await expect(questionnaire.sections).toBeVisible()
  await questionnaire.typeAnswer('MayTinh', '1.234')
  await questionnaire.typeAnswer('MayTinhInternet', '1.500')
  await questionnaire.control('MayTinhInternet').blur()
  await expect(questionnaire.question('MayTinhInternet')).toContainText(
    'Số máy tính kết nối Internet không được lớn hơn tổng số máy tính.',
  )
  await questionnaire.addComment('MayTinh', 'Số liệu theo kiểm kê tài sản ngày 30/9')

  await questionnaire.openSection('Hạ tầng nhân lực')
  await questionnaire.typeAnswer('SoCBCC', '120')
  await expect(questionnaire.control('SoCBCNTT')).toHaveCount(0)
  await questionnaire.choose('CoPhongCNTT', 'Có')
  await questionnaire.typeAnswer('SoCBCNTT', '5')

  await questionnaire.openSection('Ứng dụng CNTT')
  await questionnaire.typeAnswer('TyLeVanBanDienTu', '87,5')
  await questionnaire.choose('CongThongTin', 'Dùng chung cổng của tỉnh')
  await questionnaire.tick('KenhHoTro', 'Điện thoại')
  await questionnaire.tick('KenhHoTro', 'Zalo')
  await questionnaire.addRow('PhanMem')
  await expect(questionnaire.cell('PhanMem', 'Tên phần mềm', 1)).toBeFocused()
  await questionnaire.cell('PhanMem', 'Tên phần mềm', 1).fill('Hệ thống quản lý văn bản và điều hành')
  await questionnaire.cell('PhanMem', 'Số người dùng', 1).fill('1.250')
  await questionnaire.cellChoice('PhanMem', 'Đang sử dụng', 1).selectOption({ label: 'Có' })
  await questionnaire.addRow('PhanMem')
  await questionnaire.cell('PhanMem', 'Tên phần mềm', 2).fill('Một cửa điện tử')
  await appPage.getByRole('button', { name: 'Chuyển dòng 2 lên' }).click()
  await questionnaire.typeAnswer('GhiChu', 'Đề nghị hỗ trợ nâng cấp đường truyền')
  await questionnaire.dateControl('NgayBaoCao').fill('03/11/2025')
  await questionnaire.attachEvidence('KiemChung', [pdf])
  await expect(questionnaire.question('KiemChung')).toContainText('Quyết định 123-QĐ.pdf')
  await questionnaire.waitUntilSaved()
  await appPage.screenshot({ path: 'test-results/screenshots/unit-questionnaire-vi.png', fullPage: true })

  await questionnaire
    .problem('MayTinhInternet', 'Số máy tính kết nối Internet không được lớn hơn tổng số máy tính.')
    .click()
  await expect(questionnaire.control('MayTinhInternet')).toBeFocused()
  await appPage.screenshot({ path: 'test-results/screenshots/unit-validation-vi.png', fullPage: true })
  await questionnaire.typeAnswer('MayTinhInternet', '1.000')
  await questionnaire.waitUntilSaved()
  await expect(questionnaire.problems).toContainText('Không còn lỗi')

  await appPage.reload()

  await expect(appPage.getByRole('heading', { level: 1, name: FRAMEWORK_NAME })).toBeVisible()
  await questionnaire.openSection('Hạ tầng kỹ thuật')
  await expect(questionnaire.control('MayTinh')).toHaveValue('1.234')
  await expect(questionnaire.control('MayTinhInternet')).toHaveValue('1.000')
  await expect(questionnaire.comment('MayTinh')).toHaveValue('Số liệu theo kiểm kê tài sản ngày 30/9')
  await questionnaire.openSection('Hạ tầng nhân lực')
  await expect(questionnaire.control('SoCBCC')).toHaveValue('120')
  await expect(
    questionnaire.control('CoPhongCNTT', 'radiogroup').getByRole('radio', { name: 'Có', exact: true }),
  ).toBeChecked()
  await expect(questionnaire.control('SoCBCNTT')).toHaveValue('5')
  await questionnaire.openSection('Ứng dụng CNTT')
  await expect(questionnaire.control('TyLeVanBanDienTu')).toHaveValue('87,5')
  await expect(
    questionnaire
      .control('CongThongTin', 'radiogroup')
      .getByRole('radio', { name: 'Dùng chung cổng của tỉnh' }),
  ).toBeChecked()
  await expect(
    questionnaire.control('KenhHoTro', 'group').getByRole('checkbox', { name: 'Zalo' }),
  ).toBeChecked()
  await expect(
    questionnaire.control('KenhHoTro', 'group').getByRole('checkbox', { name: 'Thư điện tử' }),
  ).not.toBeChecked()
  await expect(questionnaire.cell('PhanMem', 'Tên phần mềm', 1)).toHaveValue('Một cửa điện tử')
  await expect(questionnaire.cell('PhanMem', 'Tên phần mềm', 2)).toHaveValue(
    'Hệ thống quản lý văn bản và điều hành',
  )
  await expect(questionnaire.cell('PhanMem', 'Số người dùng', 2)).toHaveValue('1.250')
  await expect(questionnaire.cellChoice('PhanMem', 'Đang sử dụng', 2)).toHaveValue('yes')
  await expect(questionnaire.control('GhiChu')).toHaveValue('Đề nghị hỗ trợ nâng cấp đường truyền')
  await expect(questionnaire.dateControl('NgayBaoCao')).toHaveValue('03/11/2025')
  await expect(questionnaire.question('KiemChung')).toContainText('Quyết định 123-QĐ.pdf')
  await expect(questionnaire.saveStatus).toHaveText('Đã lưu')
  expect(problems).toEqual([])
})
