import { z } from 'zod'
import { frameworkLimits } from './frameworkLimits'
import type { Choice, Question, QuestionCheck, TableColumn } from './question'
import type { SameShape } from './sameShape'
import {
  boundedArray,
  choiceValueSchema,
  codeSchema,
  formulaSchema,
  identifierSchema,
  localizedTextOrStringSchema,
  localizedTextSchema,
  numberSchema,
  pointsSchema,
} from './schemaPrimitives'

/** Schema of `Choice`. @example choiceSchema.parse({ value: 'co', label: { vi: 'Có' } }) */
export const choiceSchema = z.strictObject({
  value: choiceValueSchema,
  label: localizedTextSchema,
  points: pointsSchema.exactOptional(),
})

/** Schema of `QuestionCheck`. @example questionCheckSchema.parse({ formula: 'a <= b', message: { vi: 'a > b' } }) */
export const questionCheckSchema = z.strictObject({ formula: formulaSchema, message: localizedTextSchema })

const choices = boundedArray(choiceSchema, frameworkLimits.choices)
const count = z.int().min(0)
const numberFields = {
  unit: localizedTextOrStringSchema.exactOptional(),
  min: numberSchema.exactOptional(),
  max: numberSchema.exactOptional(),
}
const columnBase = {
  code: identifierSchema,
  text: localizedTextSchema,
  required: z.boolean().default(false),
}

/** Schema of `TableColumn`, discriminated on `type`. @example tableColumnSchema.parse({ code: 'Ten', text: { vi: 'Tên' }, type: 'text' }) */
export const tableColumnSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...columnBase, type: z.enum(['integer', 'decimal', 'percent']), ...numberFields }),
  z.strictObject({ ...columnBase, type: z.literal('yes-no') }),
  z.strictObject({ ...columnBase, type: z.literal('single-choice'), choices }),
  z.strictObject({ ...columnBase, type: z.literal('text'), maxLength: count.positive().exactOptional() }),
  z.strictObject({ ...columnBase, type: z.literal('date') }),
])

const questionBase = {
  code: identifierSchema,
  section: codeSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.exactOptional(),
  required: z.boolean().default(false),
  relevance: formulaSchema.exactOptional(),
  checks: boundedArray(questionCheckSchema, frameworkLimits.checks).exactOptional(),
}
const extension = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]{1,16}$/, 'Expected a file extension without the dot, such as pdf')

/**
 * Schema of `Question`, discriminated on `type`. Empty choice and column lists and `min > max`
 * pass here and are reported by `validateFramework` with their own codes.
 *
 * @example
 *   questionSchema.parse({ code: 'MayTinh', section: 'HTKT', text: { vi: 'Số máy tính' }, type: 'integer', unit: 'chiếc' })
 */
export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...questionBase, type: z.enum(['integer', 'decimal', 'percent']), ...numberFields }),
  z.strictObject({ ...questionBase, type: z.literal('yes-no') }),
  z.strictObject({ ...questionBase, type: z.enum(['single-choice', 'multi-choice']), choices }),
  z.strictObject({ ...questionBase, type: z.literal('text'), maxLength: count.positive().exactOptional() }),
  z.strictObject({ ...questionBase, type: z.literal('date') }),
  z.strictObject({
    ...questionBase,
    type: z.literal('table'),
    columns: boundedArray(tableColumnSchema, frameworkLimits.columns),
    minRows: count.exactOptional(),
    maxRows: count.exactOptional(),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal('evidence'),
    accept: boundedArray(extension, frameworkLimits.acceptedExtensions).exactOptional(),
    maxFiles: count.positive().exactOptional(),
  }),
])

void (true satisfies SameShape<z.output<typeof choiceSchema>, Choice>)
void (true satisfies SameShape<z.output<typeof questionCheckSchema>, QuestionCheck>)
void (true satisfies SameShape<z.output<typeof tableColumnSchema>, TableColumn>)
void (true satisfies SameShape<z.output<typeof questionSchema>, Question>)
