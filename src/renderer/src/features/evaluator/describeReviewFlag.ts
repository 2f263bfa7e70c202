import type { TFunction } from 'i18next'
import type { Question } from '@core/framework/framework'
import type { ReviewFlag } from '@core/assessment/reviewFlag'
import { formatNumber } from '../../i18n/format'
import type { Language } from '../../i18n/languages'
import { issueMessage } from '../unit/issueMessage'

/** A review flag in one sentence with its numbers: why this value deserves a look. */
export function describeReviewFlag(
  t: TFunction,
  flag: ReviewFlag,
  language: Language,
  question?: Question,
): string {
  const number = (value: number, digits = 2) => formatNumber(value, language, digits)
  switch (flag.kind) {
    case 'outlier-z':
      return t('evaluator.flags.outlier-z', {
        value: number(flag.value),
        z: number(Math.abs(flag.zScore), 1),
        mean: number(flag.mean),
        sd: number(flag.sd),
      })
    case 'outlier-iqr':
      return t(
        flag.value > flag.upperFence ? 'evaluator.flags.outlier-iqr-high' : 'evaluator.flags.outlier-iqr-low',
        {
          value: number(flag.value),
          lower: number(flag.lowerFence),
          upper: number(flag.upperFence),
        },
      )
    case 'year-jump':
      return t(flag.change > 0 ? 'evaluator.flags.year-jump-up' : 'evaluator.flags.year-jump-down', {
        value: number(flag.value),
        previous: number(flag.previous),
        percent: number(Math.abs(flag.change) * 100, 0),
      })
    case 'inconsistent':
      return t('evaluator.flags.inconsistent', {
        message: issueMessage(t, flag.issue, language),
        question: question?.code ?? flag.question,
      })
  }
}
