import { latestAppraisals, type Appraisal } from '@core/assessment/appraisal'
import { canonicalJson } from '@core/canonicalJson'
import type { Answers, AnswerValue } from '@core/responses/answer'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { FeedbackContent, FeedbackItem } from './feedbackContent'

/**
 * What a round's feedback is built from: the provisional results (appraisals applied), for points
 * frameworks the results without the points appraisals (the points the rule gives: what the unit
 * "declared" for a criterion), the ranking's component codes, the units' declared answers and the
 * appraisals.
 */
export type RoundSource = {
  readonly result: AssessmentResult
  readonly rulePoints: AssessmentResult | null
  readonly componentCodes: readonly string[]
  readonly declared: ReadonlyMap<string, Answers>
  readonly appraisals: readonly Appraisal[]
}

/** The texts the package shows, in the caller's language (Vietnamese for an official document). */
export type RoundTexts = {
  readonly frameworkName: string
  readonly label: (kind: 'answer' | 'points', code: string) => string
  readonly value: (kind: 'answer' | 'points', code: string, value: AnswerValue | null) => string
  readonly componentName: (code: string) => string
}

/**
 * The unit's disputed items: each appraisal in force (the latest per question or criterion) whose
 * value differs from what the unit declared (its answer; for a criterion, the points the rule
 * gives), in the order they were appraised.
 *
 * @example
 *   disputedItems('SNV', source, texts).map((item) => item.question) // => ['MayTinh']
 */
export function disputedItems(unit: string, source: RoundSource, texts: RoundTexts): FeedbackItem[] {
  const declared = source.declared.get(unit) ?? {}
  const index = source.result.units.findIndex((scored) => scored.code === unit)
  return latestAppraisals(source.appraisals.filter((appraisal) => appraisal.unit === unit)).flatMap(
    (appraisal): FeedbackItem[] => {
      const kind = appraisal.kind ?? 'answer'
      const before: AnswerValue | null =
        kind === 'points'
          ? ((source.rulePoints ?? source.result).indicators[appraisal.question]?.score[index] ?? null)
          : (declared[appraisal.question] ?? null)
      if (canonicalJson(before) === canonicalJson(appraisal.value)) return []
      return [
        {
          question: appraisal.question,
          kind,
          label: texts.label(kind, appraisal.question),
          declared: texts.value(kind, appraisal.question, before),
          appraised: texts.value(kind, appraisal.question, appraisal.value),
          reason: appraisal.reason,
        },
      ]
    },
  )
}

/**
 * One unit's feedback content (without attachments): its provisional composite, rank among all
 * scored units and component scores, and its disputed items.
 *
 * @example
 *   feedbackForUnit('SNV', source, texts, 'Đề nghị giải trình trước hạn.').rank // => 5
 */
export function feedbackForUnit(
  unit: string,
  source: RoundSource,
  texts: RoundTexts,
  message: string,
): Omit<FeedbackContent, 'attachments'> {
  const { result } = source
  const index = result.units.findIndex((scored) => scored.code === unit)
  const at = <T>(values: readonly (T | null)[] | undefined): T | null =>
    index < 0 ? null : (values?.[index] ?? null)
  return {
    frameworkName: texts.frameworkName,
    message,
    composite: at(result.components[result.rootCode]?.score),
    rank: at(result.components[result.rootCode]?.rank),
    unitCount: result.units.length,
    components: source.componentCodes.map((code) => ({
      code,
      name: texts.componentName(code),
      score: at(result.components[code]?.score),
    })),
    items: disputedItems(unit, source, texts),
  }
}
