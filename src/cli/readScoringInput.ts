import { importIData } from '@core/formats/coinr/importIData'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import type { ScoringOverrides, UnitAnswers } from '@core/scoring/scoringOptions'
import type { CliContext } from './cliContext'
import { loadFrameworkArgument } from './loadFrameworkArgument'
import type { ParsedOptions } from './parseOptions'
import { readDataTable } from './readDataTable'
import { readWeights } from './readWeights'

/** What `ictwb score`, `audit` and `sensitivity` compute from: the framework, the units' values, the methods. */
export type ScoringInput = {
  readonly framework: ValidFramework
  readonly units: readonly UnitAnswers[]
  readonly overrides: ScoringOverrides
}

/**
 * Reads the input the scoring commands share: `--framework` (with `--denominate`), `--weights`
 * (columns iCode, Weight), `--data` (a COINr iData table, CSV or xlsx) read against the
 * framework, and the method flags already parsed (`parseScoringFlags`). The first problem comes
 * back as translated lines; the caller checked that `--framework` and `--data` are given.
 *
 * @example
 *   const input = await readScoringInput(options, context, methods.value)
 *   if (input.ok) computeAssessment(input.value.framework, input.value.units, { overrides: input.value.overrides })
 */
export async function readScoringInput(
  { values, flags }: ParsedOptions,
  context: CliContext,
  methods: ScoringOverrides,
): Promise<Result<ScoringInput, string>> {
  const framework = await loadFrameworkArgument(values['--framework'] as string, context, {
    denominate: flags.has('--denominate'),
  })
  if (!framework.ok) return err(framework.error.lines.join('\n'))
  const weights =
    values['--weights'] === undefined
      ? ok({})
      : await readWeights(values['--weights'], framework.value, context)
  if (!weights.ok) return err(weights.error)
  const data = await readDataTable(values['--data'] as string, context)
  if (!data.ok) return err(data.error)
  const units = importIData(data.value, framework.value)
  if (!units.ok) return err(units.error.map((issue) => context.describeIssue(issue)).join('\n'))
  return ok({
    framework: framework.value,
    units: units.value,
    overrides: { ...methods, weights: weights.value },
  })
}
