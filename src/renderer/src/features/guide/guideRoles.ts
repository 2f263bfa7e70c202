/** The four readers of the in-app guide, in the order the guide lists them. */
export const GUIDE_ROLES = ['officer', 'evaluator', 'manager', 'admin'] as const
export type GuideRole = (typeof GUIDE_ROLES)[number]

export const isGuideRole = (value: unknown): value is GuideRole =>
  typeof value === 'string' && (GUIDE_ROLES as readonly string[]).includes(value)
