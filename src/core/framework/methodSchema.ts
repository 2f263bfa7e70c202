import { z } from 'zod'
import type { Aggregation, Imputation, MethodDefaults, Normalisation, Treatment } from './method'
import { aggregations } from './method'
import type { SameShape } from './sameShape'
import { codeSchema, numberSchema } from './schemaPrimitives'

/** Schema of `Normalisation`, discriminated on `method`. @example normalisationSchema.parse({ method: 'rank' }) */
export const normalisationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('min-max'), lower: numberSchema, upper: numberSchema }),
  z.strictObject({ method: z.literal('z-score'), mean: numberSchema, sd: numberSchema.positive() }),
  z.strictObject({ method: z.literal('ratio-to-max') }),
  z.strictObject({ method: z.literal('distance-to-max') }),
  z.strictObject({ method: z.literal('rank') }),
  z.strictObject({ method: z.literal('percentile-rank') }),
  z.strictObject({
    method: z.literal('goalposts'),
    lower: numberSchema,
    upper: numberSchema,
    scale: numberSchema.positive(),
  }),
  z.strictObject({ method: z.literal('none') }),
])

/** Schema of `Aggregation`. @example aggregationSchema.parse('geometric') */
export const aggregationSchema = z.enum(aggregations)

/** Schema of `Imputation`, discriminated on `method`. @example imputationSchema.parse({ method: 'mean' }) */
export const imputationSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('none') }),
  z.strictObject({ method: z.literal('mean') }),
  z.strictObject({ method: z.literal('median') }),
  z.strictObject({ method: z.literal('group-mean'), attribute: codeSchema }),
  z.strictObject({ method: z.literal('zero') }),
  z.strictObject({ method: z.literal('previous-year') }),
])

/** Schema of `Treatment`, discriminated on `method`. @example treatmentSchema.parse({ method: 'coinr', winmax: 5 }) */
export const treatmentSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('none') }),
  z.strictObject({ method: z.literal('coinr'), winmax: z.number().int().min(0).max(1000) }),
  z.strictObject({ method: z.literal('winsorise'), winmax: z.number().int().min(0).max(1000) }),
  z.strictObject({ method: z.literal('log') }),
])

/**
 * Schema of `MethodDefaults`; `{}` (or no `method` at all) gives min-max 0–1 and no imputation.
 * @example methodDefaultsSchema.parse({}) // => { normalisation: { method: 'min-max', lower: 0, upper: 1 }, imputation: { method: 'none' } }
 */
export const methodDefaultsSchema = z.strictObject({
  normalisation: normalisationSchema.prefault({ method: 'min-max', lower: 0, upper: 1 }),
  aggregation: aggregationSchema.exactOptional(),
  imputation: imputationSchema.prefault({ method: 'none' }),
  treatment: treatmentSchema.exactOptional(),
})

void (true satisfies SameShape<z.output<typeof normalisationSchema>, Normalisation>)
void (true satisfies SameShape<z.output<typeof aggregationSchema>, Aggregation>)
void (true satisfies SameShape<z.output<typeof imputationSchema>, Imputation>)
void (true satisfies SameShape<z.output<typeof treatmentSchema>, Treatment>)
void (true satisfies SameShape<z.output<typeof methodDefaultsSchema>, MethodDefaults>)
