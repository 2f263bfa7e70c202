import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'
import { openDtiQuestionnaire } from './pages/openDtiQuestionnaire'

/** Reads the stored draft straight from IndexedDB, as a reload would. */
async function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = indexedDB.open('ict-index-workbench')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result.transaction('submissions').objectStore('submissions').getAll()
          read.onsuccess = () => {
            resolve((read.result[0] as { answers: Record<string, unknown> }).answers)
            request.result.close()
          }
        }
      }),
  )
}

test('a save that fails says so plainly, keeps the edit, stores nothing partial, and succeeds on retry', async ({
  appPage,
  problems,
}) => {
  const questionnaire = await openDtiQuestionnaire(appPage)
  await questionnaire.typeAnswer('SoCuocHopBCD', '4')
  await questionnaire.waitUntilSaved()

  await appPage.evaluate(() => Object.assign(window, { __ictwbFailNextSave: 'quota' }))
  await questionnaire.typeAnswer('SoCuocHopChuTri', '3')

  await expect(questionnaire.saveStatus).toHaveText(
    'Chưa lưu được: ổ đĩa hoặc bộ nhớ lưu trữ đã đầy. Hãy giải phóng dung lượng rồi thử lại.',
  )
  await expect(appPage.getByText('Các thay đổi của bạn vẫn được giữ trong cửa sổ này')).toBeVisible()
  await expect(questionnaire.control('SoCuocHopChuTri')).toHaveValue('3')
  expect(await storedAnswers(appPage)).toEqual({ SoCuocHopBCD: 4 })
  await appPage.screenshot({ path: 'test-results/screenshots/unit-save-failed-vi.png' })

  await appPage.getByRole('button', { name: 'Thử lưu lại' }).click()
  await questionnaire.waitUntilSaved()
  expect(await storedAnswers(appPage)).toEqual({ SoCuocHopBCD: 4, SoCuocHopChuTri: 3 })
  await appPage.reload()
  await expect(questionnaire.control('SoCuocHopChuTri')).toHaveValue('3')
  expect(problems).toEqual([])
})

test('an edit whose save failed is still there after leaving through the top navigation and coming back, and is saved by the retry', async ({
  appPage,
  problems,
}) => {
  const questionnaire = await openDtiQuestionnaire(appPage)
  await questionnaire.typeAnswer('SoCuocHopBCD', '4')
  await questionnaire.waitUntilSaved()
  // The disk stays full: the save fails, and so does the one leaving the screen tries again.
  await appPage.evaluate(() => Object.assign(window, { __ictwbFailNextSave: 2 }))
  await questionnaire.typeAnswer('SoCuocHopChuTri', '3')
  await expect(questionnaire.saveStatus).toHaveText(/^Chưa lưu được/)

  const modes = appPage.getByRole('navigation', { name: 'Chế độ làm việc' })
  await modes.getByRole('link', { name: 'Đánh giá' }).click()
  // The router asks before leaving unsaved edits (navigation-router.spec.ts); the officer leaves.
  await appPage.getByRole('dialog').getByRole('button', { name: 'Vẫn rời đi' }).click()
  await modes.getByRole('link', { name: 'Đơn vị' }).click()
  const home = new QuestionnaireUnitHomePage(appPage)
  await home.submissions.getByRole('button', { name: /Mở phiếu năm 2026/ }).click()

  await expect(questionnaire.control('SoCuocHopChuTri')).toHaveValue('3')
  await expect(questionnaire.saveStatus).toHaveText(/^Chưa lưu được/)
  expect(await storedAnswers(appPage)).toEqual({ SoCuocHopBCD: 4 })
  await appPage.getByRole('button', { name: 'Thử lưu lại' }).click()
  await questionnaire.waitUntilSaved()
  expect(await storedAnswers(appPage)).toEqual({ SoCuocHopBCD: 4, SoCuocHopChuTri: 3 })
  expect(problems).toEqual([])
})

test('the self-score of a points framework adds up while filling in, with pending criteria said plainly', async ({
  appPage,
  problems,
}) => {
  const questionnaire = await openDtiQuestionnaire(appPage)

  await questionnaire.typeAnswer('SoCuocHopBCD', '4')
  await questionnaire.choose('CoChuyenMucCDS', 'Có')
  await questionnaire.control('TruongBanBCD', 'radiogroup').getByRole('radio').first().check()
  await questionnaire.waitUntilSaved()

  await expect(appPage.getByTestId('self-score-total')).toContainText('Tổng điểm tạm tính')
  await expect(questionnaire.selfScore).toContainText(
    'chỉ biết khi cán bộ đánh giá tính điểm cho tất cả đơn vị',
  )
  await questionnaire.selfScore.scrollIntoViewIfNeeded()
  await appPage.screenshot({ path: 'test-results/screenshots/unit-self-score-vi.png', fullPage: true })
  expect(problems).toEqual([])
})

test('Enter moves to the next question and F8 to the next problem', async ({ appPage }) => {
  const questionnaire = await openDtiQuestionnaire(appPage)

  await questionnaire.control('SoCuocHopBCD').fill('2')
  await questionnaire.control('SoCuocHopBCD').press('Enter')
  await expect(questionnaire.control('SoCuocHopChuTri')).toBeFocused()
  await questionnaire.control('SoCuocHopChuTri').fill('abc')
  await questionnaire.control('SoCuocHopChuTri').press('Enter')
  await expect(questionnaire.control('TongSoCuocHopCDS')).toBeFocused()
  await expect(questionnaire.question('SoCuocHopChuTri')).toContainText('“abc” không phải là số')

  await appPage.keyboard.press('F8')

  await expect(questionnaire.control('SoCuocHopChuTri')).toBeFocused()
})
