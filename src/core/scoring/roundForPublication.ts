/**
 * Rounds half away from zero to `decimals` places, for display and export only; ranks always use
 * unrounded values (methodology §3 "Ranking", §4). Shifts the decimal point in the number's text
 * (after trimming to 15 significant digits) so that 0.86545 → 0.8655 even though the binary
 * double is a hair below it.
 *
 * @example
 *   roundForPublication(0.86543, 4) // => 0.8654
 *   roundForPublication(-2.5, 0)    // => -3
 */
export function roundForPublication(value: number, decimals = 4): number {
  if (!Number.isFinite(value)) return value
  if (value === 0) return 0 // -0 too: never show "-0"
  const sign = value < 0 ? -1 : 1
  const [mantissa, exponent] = Number(Math.abs(value).toPrecision(15)).toExponential().split('e')
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`)
  const rounded = Math.floor(shifted + 0.5)
  const [roundedMantissa, roundedExponent] = rounded.toExponential().split('e')
  const result = sign * Number(`${roundedMantissa}e${Number(roundedExponent) - decimals}`)
  return result === 0 ? 0 : result // never show "-0"
}
