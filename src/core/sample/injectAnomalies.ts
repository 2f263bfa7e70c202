import { evaluateFormula } from '@core/formula/evaluateFormula'
import type { Question } from '@core/framework/framework'
import type { AnswerValue, Answers } from '@core/responses/answer'
import { questionnaireScope, relevantQuestions } from '@core/responses/questionnaire'
import { isAnswered } from '@core/responses/validateAnswers'
import { failingChecks } from './failingChecks'
import type { SampleAnomaly, SampleAnomalyKind } from './sampleAnomaly'
import type { SampleContext } from './sampleContext'
import type { SampleFrameworkFacts } from './sampleFrameworkFacts'
import type { SampleRandom } from './sampleRandom'

/** Chance per submission of each kind of planted problem ("a few" across a sample). */
export const ANOMALY_RATES: Readonly<Record<SampleAnomalyKind, number>> = {
  missing: 0.18,
  outlier: 0.06,
  inconsistent: 0.08,
  'out-of-range': 0.08,
}

const TRIES = 6

type Work = {
  readonly facts: SampleFrameworkFacts
  readonly context: SampleContext
  readonly random: SampleRandom
  readonly answers: Record<string, AnswerValue>
  readonly anomalies: SampleAnomaly[]
  /** What is asked before any anomaly: no anomaly may change it. */
  readonly asked: ReadonlySet<string>
}

/**
 * Plants a few problems in one unit's clean answers for one year and lists them: possibly an
 * outlier, an inconsistency, an out-of-range percent and one or two blanks (`ANOMALY_RATES`).
 * Each is kept only if it changes nothing else: the questions asked stay the same and the checks
 * that fail are exactly the inconsistent questions, so `checkSubmission` finds precisely what is
 * listed. Decided by the unit-and-year draws alone.
 *
 * @example
 *   const { answers, anomalies } = injectAnomalies(context, facts, clean)
 *   anomalies // => [{ unit: 'SNV', year: 2025, question: 'MayBan', kind: 'outlier', expected: 61, found: 610 }]
 */
export function injectAnomalies(
  context: SampleContext,
  facts: SampleFrameworkFacts,
  clean: Answers,
): { answers: Answers; anomalies: SampleAnomaly[] } {
  const answers: Record<string, AnswerValue> = {}
  for (const code in clean) {
    const value = clean[code]
    if (value !== null && value !== undefined) answers[code] = value
  }
  const work: Work = {
    facts,
    context,
    random: context.yearly.child('anomalies'),
    answers,
    anomalies: [],
    asked: relevantQuestions(facts.questionnaire, answers),
  }
  if (work.random.chance('outlier', ANOMALY_RATES.outlier)) plantOutlier(work)
  if (work.random.chance('inconsistent', ANOMALY_RATES.inconsistent)) plantInconsistency(work)
  if (work.random.chance('out-of-range', ANOMALY_RATES['out-of-range'])) plantOutOfRange(work)
  if (work.random.chance('missing', ANOMALY_RATES.missing)) {
    plantBlank(work)
    if (work.random.chance('missing-second', 0.3)) plantBlank(work)
  }
  return { answers, anomalies: work.anomalies }
}

function plantOutlier(work: Work): void {
  const candidates = numberQuestions(work).filter(
    ({ question, value }) => value > 0 && upperLimit(question) === undefined,
  )
  tryEach(work, 'outlier', candidates, ({ question, value }) =>
    question.type === 'integer' ? value * 10 : Math.round(value * 100) / 10,
  )
}

function plantInconsistency(work: Work): void {
  const scope = questionnaireScope(work.facts.questionnaire, work.answers)
  const bounded = new Map(
    work.facts.upperBounds
      .filter((bound) => bound.terms.length === 1 && bound.terms[0] === bound.question)
      .map((bound) => [bound.question, bound]),
  )
  const candidates = numberQuestions(work).flatMap((candidate) => {
    const bound = bounded.get(candidate.question.code)
    const limit = bound === undefined ? null : evaluateFormula(bound.limit, scope)
    return typeof limit === 'number' && limit >= 1 ? [{ ...candidate, limit }] : []
  })
  const factor = work.random.between('inconsistent-factor', 1.05, 1.6)
  tryEach(work, 'inconsistent', candidates, ({ question, limit }) =>
    question.type === 'integer' ? Math.ceil(limit * factor) + 1 : Math.round(limit * factor * 10) / 10 + 0.1,
  )
}

function plantOutOfRange(work: Work): void {
  const candidates = numberQuestions(work).flatMap((candidate) => {
    const max = upperLimit(candidate.question)
    return max === undefined ? [] : [{ ...candidate, max }]
  })
  tryEach(work, 'out-of-range', candidates, ({ question, max }) => {
    const above = max + Math.max(1, max * work.random.between('out-of-range-amount', 0.05, 0.6))
    return question.type === 'integer' ? Math.ceil(above) : Math.round(above * 10) / 10
  })
}

function plantBlank(work: Work): void {
  const taken = new Set(work.anomalies.map((anomaly) => anomaly.question))
  const candidates = work.facts.questionnaire.order.filter(
    (question) =>
      question.required &&
      work.asked.has(question.code) &&
      !work.facts.relevanceInputs.has(question.code) &&
      !taken.has(question.code) &&
      isAnswered(question, work.answers[question.code]),
  )
  tryEach(
    work,
    'missing',
    candidates.map((question) => ({ question })),
    () => null,
  )
}

type Candidate = { readonly question: Question }

/** Tries candidates in a random order until one changes exactly what it should; records it. */
function tryEach<C extends Candidate>(
  work: Work,
  kind: SampleAnomalyKind,
  candidates: readonly C[],
  replace: (candidate: C) => AnswerValue | null,
): void {
  const ordered = [...candidates].sort(
    (a, b) =>
      work.random.uniform(`${kind}:${a.question.code}`) - work.random.uniform(`${kind}:${b.question.code}`),
  )
  const inconsistent = work.anomalies
    .filter((anomaly) => anomaly.kind === 'inconsistent')
    .map((anomaly) => anomaly.question)
  for (const candidate of ordered.slice(0, TRIES)) {
    const code = candidate.question.code
    const expected = work.answers[code]
    if (expected === undefined) continue
    const found = replace(candidate)
    if (found === null) delete work.answers[code]
    else work.answers[code] = found
    const wanted = new Set(kind === 'inconsistent' ? [...inconsistent, code] : inconsistent)
    if (
      sameSet(relevantQuestions(work.facts.questionnaire, work.answers), work.asked) &&
      sameSet(failingChecks(work.facts.questionnaire, work.answers), wanted)
    ) {
      work.anomalies.push({
        unit: work.context.unit.code,
        year: work.context.year,
        question: code,
        kind,
        expected,
        found,
      })
      return
    }
    work.answers[code] = expected
  }
}

function numberQuestions(work: Work): { question: Question; value: number }[] {
  const taken = new Set(work.anomalies.map((anomaly) => anomaly.question))
  return work.facts.questionnaire.order.flatMap((question) => {
    const value = work.answers[question.code]
    const isNumber = question.type === 'integer' || question.type === 'decimal' || question.type === 'percent'
    if (
      !isNumber ||
      typeof value !== 'number' ||
      !work.asked.has(question.code) ||
      work.facts.relevanceInputs.has(question.code) ||
      taken.has(question.code)
    )
      return []
    return [{ question, value }]
  })
}

/** The largest valid number: `max`, or 100 for a percent without one. */
function upperLimit(question: Question): number | undefined {
  if (question.type !== 'integer' && question.type !== 'decimal' && question.type !== 'percent')
    return undefined
  return question.max ?? (question.type === 'percent' ? 100 : undefined)
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item))
}
