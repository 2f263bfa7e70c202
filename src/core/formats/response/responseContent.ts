import { z } from 'zod'
import type { EvidenceRules } from '@core/responses/checkEvidenceFiles'
import {
  feedbackItemSchema,
  ROUND_COUNT_LIMITS,
  ROUND_TEXT_LIMITS,
  type FeedbackItem,
} from '@core/formats/feedback/feedbackContent'

/** What the unit says of one disputed item: it agrees with the appraisal, or explains (giải trình). */
export type ResponseDecision = 'agree' | 'explain'

/**
 * One disputed item answered: the feedback's item as it was sent, the unit's decision, its
 * explanation (required to explain) and the names of the evidence files it adds (under
 * `evidence/<question>/` in the package).
 *
 * @example
 *   const item: ResponseItem = { ...feedbackItem, decision: 'explain', explanation: 'Đã mua thêm 30 máy theo QĐ 12', evidence: ['QĐ 12.pdf'] }
 */
export type ResponseItem = FeedbackItem & {
  readonly decision: ResponseDecision
  readonly explanation: string
  readonly evidence: readonly string[]
}

/**
 * What a response package says: the framework's name, the content hash of the feedback package
 * it answers, and every item of that feedback answered.
 *
 * @example
 *   const content: ResponseContent = { frameworkName: 'Bộ chỉ số 2026', feedbackHash: '…', items: [] }
 */
export type ResponseContent = {
  readonly frameworkName: string
  readonly feedbackHash: string
  readonly items: readonly ResponseItem[]
}

/**
 * The evidence rule for a response's new files when the item is not an evidence question of its
 * own (whose `accept` and `maxFiles` apply instead): documents and pictures, at most 10 files.
 */
export const ROUND_EVIDENCE_RULES: EvidenceRules = {
  accept: ['pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods'],
  maxFiles: 10,
}

/** The content of a response package as read from its manifest (strict: unknown fields refused). */
export const responseContentSchema: z.ZodType<ResponseContent> = z
  .object({
    frameworkName: z.string().max(ROUND_TEXT_LIMITS.label),
    feedbackHash: z.string().regex(/^[0-9a-f]{64}$/),
    items: z
      .array(
        feedbackItemSchema
          .extend({
            decision: z.enum(['agree', 'explain']),
            explanation: z.string().max(ROUND_TEXT_LIMITS.explanation),
            evidence: z.array(z.string().min(1).max(255)).max(ROUND_COUNT_LIMITS.files),
          })
          .strict(),
      )
      .max(ROUND_COUNT_LIMITS.items),
  })
  .strict()
