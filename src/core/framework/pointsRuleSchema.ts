import { z } from 'zod'
import { frameworkLimits } from './frameworkLimits'
import type { ChoiceOutcome, PointsAlternative, PointsPart, PointsRule, PointsStep } from './pointsRule'
import type { SameShape } from './sameShape'
import {
  boundedArray,
  choiceValueSchema,
  codeSchema,
  formulaSchema,
  localizedTextSchema,
  numberSchema,
  pointsSchema,
} from './schemaPrimitives'

const items = frameworkLimits.ruleItems

/** Schema of `PointsStep`. @example pointsStepSchema.parse({ atLeast: 4, points: 20 }) */
export const pointsStepSchema = z.strictObject({ atLeast: numberSchema, points: numberSchema })

/** Schema of `ChoiceOutcome`. @example choiceOutcomeSchema.parse({ choice: 'chu-tich', value: 1 }) */
export const choiceOutcomeSchema = z.strictObject({ choice: choiceValueSchema, value: numberSchema })

/**
 * Schema of `PointsRule`, discriminated on `kind`; recursive through `sum-of-parts` and `best-of`.
 * Points must be non-negative except `steps`, `choice` and `yes-no` values, which may be negative
 * to express deductions.
 *
 * @example
 *   pointsRuleSchema.parse({ kind: 'yes-no', yesPoints: 10, noPoints: 0 })
 */
export const pointsRuleSchema: z.ZodType<PointsRule> = z.lazy(() => pointsRuleUnion)

/** Schema of `PointsPart`. @example pointsPartSchema.parse({ code: 'a', formula: 'X', maxPoints: 5, rule: { kind: 'ratio-times-max' } }) */
export const pointsPartSchema = z.strictObject({
  code: codeSchema,
  name: localizedTextSchema.exactOptional(),
  formula: formulaSchema,
  maxPoints: pointsSchema,
  rule: pointsRuleSchema,
})

/** Schema of `PointsAlternative`. @example pointsAlternativeSchema.parse({ code: 'a', formula: 'X', rule: { kind: 'ratio-times-max' } }) */
export const pointsAlternativeSchema = z.strictObject({
  code: codeSchema,
  name: localizedTextSchema.exactOptional(),
  formula: formulaSchema,
  rule: pointsRuleSchema,
})

const pointsRuleUnion = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ratio-times-max') }),
  z.strictObject({ kind: z.literal('steps'), steps: boundedArray(pointsStepSchema, items).min(1) }),
  z.strictObject({
    kind: z.literal('choice'),
    mode: z.enum(['points', 'fraction']),
    outcomes: boundedArray(choiceOutcomeSchema, frameworkLimits.choices).min(1),
  }),
  z.strictObject({ kind: z.literal('yes-no'), yesPoints: numberSchema, noPoints: numberSchema }),
  z.strictObject({ kind: z.literal('per-item'), pointsPerItem: numberSchema.positive() }),
  z.strictObject({ kind: z.literal('sum-of-parts'), parts: boundedArray(pointsPartSchema, items).min(1) }),
  z.strictObject({
    kind: z.literal('best-of'),
    alternatives: boundedArray(pointsAlternativeSchema, items).min(1),
  }),
  z.strictObject({
    kind: z.literal('presence-bonus'),
    presencePoints: pointsSchema,
    bonusFormula: formulaSchema,
    bonusPoints: pointsSchema,
  }),
  z.strictObject({ kind: z.literal('penalty'), points: numberSchema.positive() }),
  z.strictObject({ kind: z.literal('normalise-to-best') }),
])

void (true satisfies SameShape<z.output<typeof pointsRuleUnion>, PointsRule>)
void (true satisfies SameShape<z.output<typeof pointsStepSchema>, PointsStep>)
void (true satisfies SameShape<z.output<typeof choiceOutcomeSchema>, ChoiceOutcome>)
void (true satisfies SameShape<z.output<typeof pointsPartSchema>, PointsPart>)
void (true satisfies SameShape<z.output<typeof pointsAlternativeSchema>, PointsAlternative>)
