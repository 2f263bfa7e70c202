import { z } from 'zod'

/**
 * One disputed item of a feedback package: a question (`kind: 'answer'`) or a points criterion
 * (`kind: 'points'`) whose appraised value differs from what the unit declared, both as the text
 * the evaluator's screen shows, and the appraisal's reason.
 *
 * @example
 *   const item: FeedbackItem = { question: 'MayTinh', kind: 'answer', label: 'Số máy tính', declared: '150', appraised: '120', reason: 'Biên bản kiểm kê 2025' }
 */
export type FeedbackItem = {
  readonly question: string
  readonly kind: 'answer' | 'points'
  readonly label: string
  readonly declared: string
  readonly appraised: string
  readonly reason: string
}

/** One component of the unit's provisional result: its code, name and score (`null`: not computed). */
export type FeedbackComponent = {
  readonly code: string
  readonly name: string
  readonly score: number | null
}

/**
 * What a feedback package says to one unit: the framework's name, the evaluator's message, the
 * unit's provisional composite score, rank among `unitCount` units and components, every disputed
 * item, and the names of the files attached (under `attachments/` in the package).
 *
 * @example
 *   const content: FeedbackContent = { frameworkName: 'Bộ chỉ số 2026', message: 'Đề nghị giải trình trước hạn.', composite: 71.2, rank: 5, unitCount: 28, components: [], items: [], attachments: ['CV-123.pdf'] }
 */
export type FeedbackContent = {
  readonly frameworkName: string
  readonly message: string
  readonly composite: number | null
  readonly rank: number | null
  readonly unitCount: number
  readonly components: readonly FeedbackComponent[]
  readonly items: readonly FeedbackItem[]
  readonly attachments: readonly string[]
}

/** Longest texts a round file carries (a cell holds at most 32,767 characters). */
export const ROUND_TEXT_LIMITS = {
  label: 2000,
  value: 4000,
  reason: 4000,
  message: 2000,
  explanation: 4000,
} as const
/** Most items, components and files a round file lists. */
export const ROUND_COUNT_LIMITS = { items: 2000, components: 200, files: 200 } as const

const code = z.string().min(1).max(200)
const fileName = z.string().min(1).max(255)

/** The disputed item as read from a file. */
export const feedbackItemSchema = z.object({
  question: code,
  kind: z.enum(['answer', 'points']),
  label: z.string().max(ROUND_TEXT_LIMITS.label),
  declared: z.string().max(ROUND_TEXT_LIMITS.value),
  appraised: z.string().max(ROUND_TEXT_LIMITS.value),
  reason: z.string().max(ROUND_TEXT_LIMITS.reason),
})

const score = z.number().finite().nullable()

/** The content of a feedback package as read from its manifest (strict: unknown fields refused). */
export const feedbackContentSchema: z.ZodType<FeedbackContent> = z
  .object({
    frameworkName: z.string().max(ROUND_TEXT_LIMITS.label),
    message: z.string().max(ROUND_TEXT_LIMITS.message),
    composite: score,
    rank: z.number().int().min(1).nullable(),
    unitCount: z.number().int().min(0),
    components: z
      .array(z.object({ code, name: z.string().max(ROUND_TEXT_LIMITS.label), score }).strict())
      .max(ROUND_COUNT_LIMITS.components),
    items: z.array(feedbackItemSchema.strict()).max(ROUND_COUNT_LIMITS.items),
    attachments: z.array(fileName).max(ROUND_COUNT_LIMITS.files),
  })
  .strict()
