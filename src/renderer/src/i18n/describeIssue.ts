import type { TFunction } from 'i18next'

const CATALOGUES = [
  'frameworkIssues',
  'tableIssues',
  'fileIssues',
  'lineageIssues',
  'councilIssues',
  'roundIssues',
  'errors.desktop',
] as const

/**
 * The translated sentence for any issue object with a `code` (framework validation, tables,
 * files, the desktop bridge): core never builds user text, this is where codes become words.
 */
export function describeIssue(
  t: TFunction,
  issue: { readonly code: string } & Readonly<Record<string, unknown>>,
): string {
  const text = describeCode(t, placed(t, issue))
  const { sheet, cell } = issue
  if (typeof sheet !== 'string' || typeof cell !== 'string' || text.includes(cell)) return text
  return t('issueLocation', { sheet, cell }) + text
}

function describeCode(
  t: TFunction,
  issue: { readonly code: string } & Readonly<Record<string, unknown>>,
): string {
  // The bridge's errors carry `maxBytes` where the workbook reader's carry `size` and `limit`;
  // both use the code `file-too-large`, so a bridge error looks in its own catalogue first.
  const catalogues =
    typeof issue.maxBytes === 'number' ? (['errors.desktop', ...CATALOGUES] as const) : CATALOGUES
  for (const catalogue of catalogues) {
    const key = `${catalogue}.${issue.code}`
    // Keys are built from data here, so the typed-key check cannot apply.
    if (t(key as never, { defaultValue: '' }) !== '')
      return t(key as never, { ...issue, defaultValue: '' }) as string
  }
  return t('fileIssues.unknown' as never, { code: issue.code }) as string
}

/**
 * The issue with its `path` said where a person finds it: the table row, its code and column for
 * a framework read from an iMeta table ("Dòng 4 (Ship), cột Weight"), the node's code beside a
 * JSON path (`indicators[2].weight (Ship)`).
 */
function placed(
  t: TFunction,
  issue: { readonly code: string } & Readonly<Record<string, unknown>>,
): { readonly code: string } & Readonly<Record<string, unknown>> {
  if (typeof issue.tableRow === 'number') {
    const key = issue.tableColumn === undefined ? 'tableRowLocation' : 'tableLocation'
    return { ...issue, path: t(key, { ...issue, interpolation: { escapeValue: false } }) }
  }
  if (typeof issue.nodeCode === 'string' && typeof issue.path === 'string')
    return { ...issue, path: `${issue.path} (${issue.nodeCode})` }
  return issue
}
