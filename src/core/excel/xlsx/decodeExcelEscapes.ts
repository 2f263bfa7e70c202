const ESCAPE = /_x([0-9A-Fa-f]{4})_/g

/**
 * Decodes the `_xHHHH_` escapes Excel writes for characters XML cannot carry (control
 * characters, `_x000D_` for a carriage return); cheap when there is no `_x`.
 *
 * @example
 *   decodeExcelEscapes('a_x0001_b') // => 'a\u0001b'
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}
