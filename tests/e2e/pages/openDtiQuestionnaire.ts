import { expect, type Page } from '@playwright/test'
import { QuestionnairePage } from './QuestionnairePage'
import { QuestionnaireUnitHomePage } from './QuestionnaireUnitHomePage'

/** The built-in district DTI framework's name as unit mode lists it. */
export const DTI = 'Bộ chỉ số chuyển đổi số (DTI) cấp huyện'

/** Unit mode: a district's profile, then its 2026 DTI questionnaire, opened. */
export async function openDtiQuestionnaire(page: Page): Promise<QuestionnairePage> {
  const home = new QuestionnaireUnitHomePage(page)
  await home.open()
  await home.createProfile({
    code: 'UBND-HK',
    name: 'Ủy ban nhân dân huyện Hương Khê',
    group: 'UBND quận, huyện, thị xã, thành phố',
  })
  await home.startQuestionnaire(DTI, 2026)
  await expect(page.getByRole('heading', { level: 1, name: DTI })).toBeVisible()
  return new QuestionnairePage(page)
}
