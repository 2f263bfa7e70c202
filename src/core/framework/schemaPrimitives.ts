import { z } from 'zod'
import { frameworkLimits } from './frameworkLimits'

/** What `identifierSchema` accepts (after trimming). @example identifierPattern.test('MayTinh') // => true */
export const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/
/** What `codeSchema` accepts (after trimming). @example codePattern.test('1.2') // => true */
export const codePattern = /^[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*$/
/** What `kebabCodeSchema` accepts (after trimming). @example kebabPattern.test('quan-huyen') // => true */
export const kebabPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const versionPattern = /^[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*$/

const trimmedCode = () => z.string().trim().min(1).max(frameworkLimits.codeLength)

/**
 * A formula identifier (`[A-Za-z_][A-Za-z0-9_]*`): question and table column codes.
 * @example identifierSchema.parse(' MayTinh ') // => 'MayTinh'
 */
export const identifierSchema = trimmedCode().regex(
  identifierPattern,
  'Expected an identifier: a letter or _, then letters, digits or _',
)

/**
 * A code of a section, component, indicator, part or band: letters, digits and `_`, separated by
 * `.` or `-` (so DTI numbering such as `1.2` works).
 * @example codeSchema.parse('1.2') // => '1.2'
 */
export const codeSchema = trimmedCode().regex(
  codePattern,
  'Expected a code: letters, digits or _ separated by . or -',
)

/** Lower-case kebab case (framework ids, unit groups). @example kebabCodeSchema.parse('quan-huyen') // => 'quan-huyen' */
export const kebabCodeSchema = trimmedCode().regex(kebabPattern, 'Expected lower-case words joined by -')

/** A framework version such as `2025.1`. @example versionSchema.parse('2025.1') // => '2025.1' */
export const versionSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(versionPattern, 'Expected a version such as 2025.1')

/** A non-empty text: trimmed, NFC-normalised, bounded. @example textSchema.parse(' Có ') // => 'Có' */
export const textSchema = z.string().trim().normalize('NFC').min(1).max(frameworkLimits.textLength)

/** Formula source text (parsed later by `validateFramework`). @example formulaSchema.parse('a / b') // => 'a / b' */
export const formulaSchema = z.string().trim().normalize('NFC').min(1).max(frameworkLimits.formulaLength)

/** A choice value: a short trimmed, NFC-normalised code. @example choiceValueSchema.parse('co') // => 'co' */
export const choiceValueSchema = z.string().trim().normalize('NFC').min(1).max(frameworkLimits.codeLength)

/** `{ vi, en? }`, strict. @example localizedTextSchema.parse({ vi: 'Tốt' }) // => { vi: 'Tốt' } */
export const localizedTextSchema = z.strictObject({
  vi: textSchema,
  en: textSchema.exactOptional(),
})

/**
 * A localised text that may also be written as a plain string, taken as Vietnamese (units of
 * measure in hand-written files: `"chiếc"`). The output is always `{ vi, en? }`.
 * @example localizedTextOrStringSchema.parse('chiếc') // => { vi: 'chiếc' }
 */
export const localizedTextOrStringSchema = z
  .union([textSchema, localizedTextSchema])
  .transform((value) => (typeof value === 'string' ? { vi: value } : value))

/** A finite number (zod 4 refuses NaN and ±Infinity). @example numberSchema.parse(1.5) // => 1.5 */
export const numberSchema = z.number()

/** A non-negative number of points. @example pointsSchema.parse(20) // => 20 */
export const pointsSchema = z.number().min(0)

/** A bounded array (every list in a framework is bounded). @example boundedArray(codeSchema, 3).parse(['a']) */
export const boundedArray = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max)
