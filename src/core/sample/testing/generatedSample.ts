import type { ValidFramework } from '@core/framework/validateFramework'
import { generateSample, type GenerateSampleOptions, type Sample } from '@core/sample/generateSample'

/**
 * A generated sample for tests; throws with the error when generation is refused, so a failing
 * test shows why.
 *
 * @example
 *   const sample = generatedSample(loadedBuiltIn('dti-points'), 2025)
 */
export function generatedSample(
  framework: ValidFramework,
  year: number,
  options: Partial<Omit<GenerateSampleOptions, 'framework' | 'year'>> = {},
): Sample {
  const generated = generateSample({ framework, year, seed: 1, ...options })
  if (!generated.ok) throw new Error(`sample refused: ${JSON.stringify(generated.error)}`)
  return generated.value
}
