import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { QuestionnairePage } from './pages/QuestionnairePage'
import { QuestionnaireUnitHomePage } from './pages/QuestionnaireUnitHomePage'

type Question = {
  readonly code: string
  readonly section: string
  readonly type: string
  readonly choices?: readonly { readonly value: string; readonly label: { readonly vi: string } }[]
  readonly columns?: readonly {
    readonly code: string
    readonly type: string
    readonly text: { readonly vi: string }
  }[]
  readonly checks?: readonly { readonly formula: string }[]
}
type Framework = {
  readonly name: { readonly vi: string }
  readonly year: number
  readonly sections: readonly { readonly code: string; readonly title: { readonly vi: string } }[]
  readonly questions: readonly Question[]
}

const framework = JSON.parse(
  readFileSync('resources/frameworks/dept-ict-readiness.json', 'utf8'),
) as Framework

// Every code on the right of a check ("A <= B + C") is a total: answering totals 100 and every
// other count 1 satisfies all cross-field checks of the framework.
const totals = new Set(
  framework.questions.flatMap((question) =>
    (question.checks ?? []).flatMap(
      (check) => (check.formula.split('<=')[1] ?? '').match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [],
    ),
  ),
)

/** What the officer types for a question, and what the field shows back after a reload. */
function answerFor(question: Question): { readonly typed: string; readonly shown: string } {
  if (question.type === 'decimal') return { typed: '1.234,5', shown: '1.234,5' }
  if (totals.has(question.code)) return { typed: '100', shown: '100' }
  if (question.code === 'SoDonViTrucThuoc') return { typed: '3', shown: '3' }
  return { typed: '1', shown: '1' }
}

test('an officer fills the whole built-in department questionnaire, reloading half-way, and every confirmed answer is there', async ({
  appPage,
  problems,
}) => {
  test.setTimeout(240_000)
  const home = new QuestionnaireUnitHomePage(appPage)
  const questionnaire = new QuestionnairePage(appPage)
  await home.open()
  await home.createProfile({
    code: 'STTTT',
    name: 'Sở Thông tin và Truyền thông tỉnh Hà Tĩnh',
    group: 'Sở, ban, ngành',
  })
  await home.startQuestionnaire(framework.name.vi, framework.year)
  const asked: Question[] = []

  const fillSection = async (sectionCode: string, title: string) => {
    await questionnaire.openSection(title)
    for (const question of framework.questions.filter((item) => item.section === sectionCode)) {
      if ((await questionnaire.question(question.code).count()) === 0) continue
      asked.push(question)
      switch (question.type) {
        case 'integer':
        case 'decimal':
          await questionnaire.typeAnswer(question.code, answerFor(question).typed)
          break
        case 'yes-no':
          await questionnaire.choose(question.code, 'Có')
          break
        case 'single-choice':
          await questionnaire.choose(question.code, question.choices?.at(-1)?.label.vi ?? '')
          break
        case 'text':
          await questionnaire.typeAnswer(question.code, `Nội dung ${question.code} — đơn vị tự khai`)
          break
        case 'table':
          for (const row of [1, 2]) {
            await questionnaire.addRow(question.code)
            for (const column of question.columns ?? []) {
              await questionnaire
                .cell(question.code, column.text.vi, row)
                .fill(column.type === 'text' ? `Phần mềm quản lý số ${row}` : String(row))
            }
          }
          break
        default:
          throw new Error(`the department framework has no ${question.type} question`)
      }
    }
  }

  const checkSection = async (sectionCode: string, title: string) => {
    await questionnaire.openSection(title)
    for (const question of asked.filter((item) => item.section === sectionCode)) {
      switch (question.type) {
        case 'integer':
        case 'decimal':
          await expect(questionnaire.control(question.code)).toHaveValue(answerFor(question).shown)
          break
        case 'yes-no':
          await expect(
            questionnaire
              .control(question.code, 'radiogroup')
              .getByRole('radio', { name: 'Có', exact: true }),
          ).toBeChecked()
          break
        case 'single-choice':
          await expect(
            questionnaire
              .control(question.code, 'radiogroup')
              .getByRole('radio', { name: question.choices?.at(-1)?.label.vi ?? '', exact: true }),
          ).toBeChecked()
          break
        case 'text':
          await expect(questionnaire.control(question.code)).toHaveValue(
            `Nội dung ${question.code} — đơn vị tự khai`,
          )
          break
        case 'table':
          for (const row of [1, 2]) {
            for (const column of question.columns ?? []) {
              await expect(questionnaire.cell(question.code, column.text.vi, row)).toHaveValue(
                column.type === 'text' ? `Phần mềm quản lý số ${row}` : String(row),
              )
            }
          }
          break
      }
    }
  }

  const [first, second, ...rest] = framework.sections
  if (first === undefined || second === undefined) throw new Error('expected several sections')
  await fillSection(first.code, first.title.vi)
  await fillSection(second.code, second.title.vi)
  await questionnaire.waitUntilSaved()
  await appPage.reload()
  await checkSection(first.code, first.title.vi)
  await checkSection(second.code, second.title.vi)
  for (const section of rest) await fillSection(section.code, section.title.vi)
  await questionnaire.waitUntilSaved()
  await appPage.reload()

  for (const section of framework.sections) await checkSection(section.code, section.title.vi)
  await expect(appPage.getByTestId('progress-total')).toHaveText(
    `Đã trả lời ${asked.length}/${asked.length} câu được hỏi · câu bắt buộc: 107/107`,
  )
  await expect(questionnaire.problems).toContainText('Không còn lỗi')
  await expect(questionnaire.submissionPanel).toContainText('Sẵn sàng nộp')
  await appPage.screenshot({ path: 'test-results/screenshots/unit-department-complete-vi.png' })
  expect(new Set(asked.map((question) => question.type))).toEqual(
    new Set(['integer', 'decimal', 'yes-no', 'single-choice', 'text', 'table']),
  )
  expect(problems).toEqual([])
})
