import type { InvalidSheetNameReason } from '@core/excel/workbookReadIssue'

/**
 * Why a sheet name cannot be kept as it is (Excel itself refuses it, and the writer could not
 * write it back): empty, the reserved `History`, a character Excel forbids (`* ? : / \ [ ]`, so a
 * name can never look like a path), an apostrophe at either end, more than 31 characters; `null`
 * when the name is fine.
 *
 * @example
 *   checkSheetName('Q1/2025') // => 'forbidden-character'
 *   checkSheetName('__proto__') // => null
 */
export function checkSheetName(name: string): InvalidSheetNameReason | null {
  if (name === '') return 'empty'
  if (name === 'History') return 'reserved'
  if (/[*?:/\\[\]]/.test(name)) return 'forbidden-character'
  if (/^'|'$/.test(name)) return 'edge-apostrophe'
  return name.length > 31 ? 'too-long' : null
}
