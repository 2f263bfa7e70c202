import type { AuthoringColumn, AuthoringColumnKind } from './authoringLayout'

type ColumnExtras = Pick<AuthoringColumn, 'isRequired' | 'options' | 'reference'>

/**
 * Builds one column definition compactly (the layouts list dozens of them).
 *
 * @example
 *   authoringColumn('weight', 'Trọng số', 'number', 'Trọng số, > 0', 'Weight, > 0')
 */
export function authoringColumn(
  key: string,
  label: string,
  kind: AuthoringColumnKind,
  vi: string,
  en: string,
  extras: ColumnExtras = {},
): AuthoringColumn {
  return { key, label, kind, help: { vi, en }, ...extras }
}

/**
 * The `_vi` / `_en` pair of a localised text: the Vietnamese one required when `isRequired`, the
 * English one always optional.
 *
 * @example
 *   localizedColumns('name', 'Tên', { vi: 'tên chỉ tiêu', en: 'indicator name' }, true).map((column) => column.key) // => ['name_vi', 'name_en']
 */
export function localizedColumns(
  base: string,
  label: string,
  what: { readonly vi: string; readonly en: string },
  isRequired = false,
): readonly AuthoringColumn[] {
  const required = isRequired ? ' (bắt buộc)' : ' (không bắt buộc)'
  const requiredEn = isRequired ? ' (required)' : ' (optional)'
  return [
    authoringColumn(
      `${base}_vi`,
      `${label} (tiếng Việt)`,
      'text',
      `${capitalise(what.vi)} bằng tiếng Việt${required}.`,
      `${capitalise(what.en)} in Vietnamese${requiredEn}.`,
      isRequired ? { isRequired } : {},
    ),
    authoringColumn(
      `${base}_en`,
      `${label} (tiếng Anh)`,
      'text',
      `${capitalise(what.vi)} bằng tiếng Anh (không bắt buộc).`,
      `${capitalise(what.en)} in English (optional).`,
    ),
  ]
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
