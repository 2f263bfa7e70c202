import type { CellStyle } from './workbookSpec'

const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F\uFFFE\uFFFF]/

/**
 * The first style field Excel could not take (`null` when all are fine): colours must be
 * `RRGGBB`, font sizes 1–409, number formats 1–255 characters without control characters.
 *
 * @example
 *   checkCellStyle({ fill: 'FFF2CC', fontSize: 11 }) // => null
 *   checkCellStyle({ fill: 'yellow' }) // => 'fill'
 */
export function checkCellStyle(style: CellStyle): keyof CellStyle | null {
  if (style.fill !== undefined && !HEX_COLOUR.test(style.fill)) return 'fill'
  if (style.fontColor !== undefined && !HEX_COLOUR.test(style.fontColor)) return 'fontColor'
  if (
    style.fontSize !== undefined &&
    !(Number.isFinite(style.fontSize) && style.fontSize >= 1 && style.fontSize <= 409)
  )
    return 'fontSize'
  const format = style.numberFormat
  if (format !== undefined && (format.length === 0 || format.length > 255 || CONTROL.test(format)))
    return 'numberFormat'
  return null
}
