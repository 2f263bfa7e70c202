import { toFiniteOrNull } from './formulaOperand'

/**
 * Rounds to `digits` decimals (negative digits round to tens, hundreds…), halves away from zero,
 * as Excel's ROUND does: `round(2.5) = 3`, `round(-2.5) = -3`, `round(1.005, 2) = 1.01`.
 *
 * Why not `Math.round(x * 10 ** digits) / 10 ** digits`: `Math.round` rounds halves up
 * (`-2.5 → -2`) and `1.005 * 100` is `100.49999…` in binary. Shifting the decimal point through the
 * number's shortest decimal text avoids both. Fractional digits are truncated; the result is
 * `null` only when it would not be finite.
 *
 * @example
 *   roundHalfAwayFromZero(-2.5, 0) // => -3
 *   roundHalfAwayFromZero(1234, -2) // => 1200
 */
export function roundHalfAwayFromZero(value: number, digits: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(digits)) return null
  // Beyond ±400 places every finite double is already exact or rounds to 0; clamping keeps the exponent text sane.
  const places = Math.min(400, Math.max(-400, Math.trunc(digits)))
  const shifted = shiftDecimalPoint(Math.abs(value), places)
  if (!Number.isFinite(shifted)) return toFiniteOrNull(value)
  const rounded = shiftDecimalPoint(Math.round(shifted), -places)
  return toFiniteOrNull(value < 0 ? -rounded : rounded)
}

/** `value × 10^places`, computed on the decimal text so no binary rounding creeps in. */
function shiftDecimalPoint(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e')
  return Number(`${mantissa}e${Number(exponent) + places}`)
}
