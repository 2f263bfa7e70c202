/**
 * The file name without its folders and its extension: what a framework imported from a table is
 * named after. Both `/` and `\` separate folders (the CLI passes paths, the app bare names).
 *
 * @example
 *   fileStem('C:\\data\\ASEM_iMeta.csv') // => 'ASEM_iMeta'
 */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

/**
 * The lower-case extension of a file name, without the dot; `''` when there is none.
 *
 * @example
 *   fileExtension('Bộ chỉ số.XLSX') // => 'xlsx'
 */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/**
 * A framework id (lower-case kebab case, at most 64 characters) made from a file name: Vietnamese
 * marks removed (`đ` → `d`), every run of other characters a `-`; `imported` when nothing is left.
 *
 * @example
 *   frameworkIdFromFileName('/tmp/ASEM_iMeta.csv') // => 'asem-imeta'
 *   frameworkIdFromFileName('Bộ chỉ số Đà Nẵng 2025.xlsx') // => 'bo-chi-so-da-nang-2025'
 */
export function frameworkIdFromFileName(fileName: string): string {
  const ascii = fileStem(fileName).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd')
  const kebab = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '')
  return kebab === '' ? 'imported' : kebab
}
