import { readFileSync } from 'node:fs'

type Question = {
  readonly code: string
  readonly section: string
  readonly type: string
  readonly [key: string]: unknown
}
type FrameworkJson = {
  readonly id: string
  readonly year: number
  readonly name: { readonly vi: string; readonly en: string }
  readonly sections: readonly { readonly code: string; readonly title: { readonly vi: string } }[]
  readonly questions: readonly Question[]
  readonly [key: string]: unknown
}

/** The questionnaire the UI bench types into: how it is shown in unit mode and which field is typed. */
export type BenchFramework = {
  readonly json: FrameworkJson
  readonly name: string
  readonly year: number
  readonly largestSectionTitle: string
  readonly typedQuestion: string
}

const TOTAL_QUESTIONS = 200

/**
 * The built-in department framework (153 questions) grown to 200 questions: optional integer
 * questions, used by no indicator, appended to its largest section, so the bench types into a
 * section as long as a real 200-question questionnaire would show.
 */
export function benchFramework200(): BenchFramework {
  const source = JSON.parse(
    readFileSync('resources/frameworks/dept-ict-readiness.json', 'utf8'),
  ) as FrameworkJson
  const sizes = source.sections.map((section) => ({
    section,
    count: source.questions.filter((question) => question.section === section.code).length,
  }))
  const largest = sizes.sort((a, b) => b.count - a.count)[0]?.section
  if (largest === undefined) throw new Error('the department framework has no section')
  const extra: Question[] = Array.from({ length: TOTAL_QUESTIONS - source.questions.length }, (_, index) => ({
    code: `BENCH${String(index + 1).padStart(2, '0')}`,
    section: largest.code,
    text: { vi: `Câu hỏi đo hiệu năng số ${index + 1}`, en: `Benchmark question ${index + 1}` },
    required: false,
    type: 'integer',
    min: 0,
  }))
  const name = { vi: 'Bộ chỉ số đo hiệu năng (200 câu hỏi)', en: 'Benchmark framework (200 questions)' }
  const json: FrameworkJson = { ...source, id: 'bench-200', name, questions: [...source.questions, ...extra] }
  const typed = json.questions
    .filter((question) => question.section === largest.code && question.type === 'integer')
    .at(-1)
  if (typed === undefined) throw new Error('no integer question in the largest section')
  return {
    json,
    name: name.vi,
    year: source.year,
    largestSectionTitle: largest.title.vi,
    typedQuestion: typed.code,
  }
}
