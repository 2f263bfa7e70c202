import type { Framework } from '@core/framework/framework'
import { frameworkLimits } from '@core/framework/frameworkLimits'
import type { LocalizedText } from '@core/framework/localizedText'
import { codePattern, identifierPattern, kebabPattern } from '@core/framework/schemaPrimitives'

/**
 * Whether a framework `importIMeta` built from an iMeta table already has exactly the shape the
 * framework schema would give it (decision 0026): codes and identifiers matching their patterns,
 * texts trimmed, NFC and within their lengths, lists within their limits, finite numbers. Then
 * the schema would return it unchanged (importIMeta builds its objects in the schema's key order),
 * and `importIMeta` skips it and only validates the meaning. When this says no, `importIMeta`
 * runs the schema, whose issues name what is wrong. Only the fields `importIMeta` fills are
 * looked at.
 *
 * @example
 *   iMetaShapeHolds(framework) ? validateFramework(framework) : loadFramework(framework)
 */
export function iMetaShapeHolds(framework: Framework): boolean {
  const { questions, indicators, components } = framework
  if (
    !isKebab(framework.id) ||
    !Number.isInteger(framework.year) ||
    framework.year < 2000 ||
    framework.year > 2100 ||
    !isLocalized(framework.name) ||
    questions.length > frameworkLimits.questions ||
    indicators.length > frameworkLimits.indicators ||
    components.length > frameworkLimits.components
  )
    return false
  for (const component of components)
    if (
      !isCode(component.code) ||
      !isLocalized(component.name) ||
      (component.parent !== null && !isCode(component.parent)) ||
      !Number.isFinite(component.weight)
    )
      return false
  for (const indicator of indicators)
    if (
      !isCode(indicator.code) ||
      !isLocalized(indicator.name) ||
      !isText(indicator.formula, frameworkLimits.formulaLength) ||
      !isCode(indicator.parent) ||
      !Number.isFinite(indicator.weight) ||
      (indicator.unit !== undefined && !isLocalized(indicator.unit)) ||
      (indicator.denominator !== undefined && !isIdentifier(indicator.denominator))
    )
      return false
  for (const question of questions)
    if (
      !isIdentifier(question.code) ||
      !isLocalized(question.text) ||
      ('unit' in question && question.unit !== undefined && !isLocalized(question.unit))
    )
      return false
  return true
}

const isText = (text: string, limit: number = frameworkLimits.textLength) =>
  text.length >= 1 && text.length <= limit && text.trim() === text && text.normalize('NFC') === text

const isLocalized = (text: LocalizedText) => isText(text.vi) && (text.en === undefined || isText(text.en))

const isPatterned = (pattern: RegExp) => (code: string) =>
  code.length <= frameworkLimits.codeLength && pattern.test(code)

const isCode = isPatterned(codePattern)
const isIdentifier = isPatterned(identifierPattern)
const isKebab = isPatterned(kebabPattern)
