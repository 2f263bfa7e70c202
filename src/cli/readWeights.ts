import { readCellNumber } from '@core/excel/cellNumber'
import { cellText } from '@core/formats/coinr/tableGrid'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { CliContext } from './cliContext'
import { readDataTable } from './readDataTable'

/** Reads `--weights` (columns iCode, Weight) against the framework's codes. */
export async function readWeights(path: string, framework: ValidFramework, context: CliContext) {
  const table = await readDataTable(path, context)
  if (!table.ok) return table
  const [header = [], ...rows] = table.value
  const codeColumn = header.findIndex((cell) => cellText(cell).toLowerCase() === 'icode')
  const weightColumn = header.findIndex((cell) => cellText(cell).toLowerCase() === 'weight')
  if (codeColumn < 0 || weightColumn < 0)
    return { ok: false as const, error: context.say('missingOption', { option: `${path}: iCode, Weight` }) }
  const known = new Set([
    ...framework.indicators.map((indicator) => indicator.code),
    ...framework.components.map((component) => component.code),
  ])
  const weights: Record<string, number> = {}
  for (const row of rows) {
    const code = cellText(row[codeColumn])
    if (code === '') continue
    if (!known.has(code)) return { ok: false as const, error: context.say('unknownWeightCode', { code }) }
    const weight = readCellNumber(row[weightColumn])
    if (weight === 'invalid' || weight === null || weight < 0)
      return {
        ok: false as const,
        error: context.say('badOptionValue', {
          option: '--weights',
          value: cellText(row[weightColumn]),
          expected: 'a weight ≥ 0',
        }),
      }
    weights[code] = weight
  }
  return { ok: true as const, value: weights }
}
