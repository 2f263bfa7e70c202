import { readFrameworkFile } from '@core/formats/framework-file/readFrameworkFile'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { CellValue } from '@core/excel/sheetWorkbook'
import { err, ok } from '@core/result'
import type { FileKind } from './fileKind'
import type { InspectedFile } from './inspectedFile'
import type { InspectInput, Inspection } from './fileInspector'

/**
 * A framework file, JSON or a COINr iMeta table (`.csv` or `.xlsx`; `kind` `framework`) or an
 * authoring workbook (`authoring-workbook`), read and validated by `readFrameworkFile` (the import
 * screen's and `ictwb framework check`'s reader): any issue makes it unreadable. Items are the
 * framework's questions; such files carry no hash, and an iMeta table no year (the import asks).

 * @param extension how the reader opens it (it goes by the extension; the kind was recognised from the content)
 *
 * @example
 *   const about = await inspectFrameworkFile({ fileName: 'dept.json', bytes, frameworks: [] }, 'framework')
 */
export async function inspectFrameworkFile(
  input: InspectInput,
  kind: FileKind,
  extension: 'json' | 'xlsx' | 'csv' = kind === 'framework' ? 'json' : 'xlsx',
): Inspection {
  // An iMeta table has no year: the reader needs one to build the framework, and it is not shown.
  const read = await readFrameworkFile(`inspected.${extension}`, input.bytes, { year: 2000 })
  if (!read.ok) return err({ code: 'unreadable', kind, issues: read.error })
  return ok(describeFramework(read.value, kind, extension !== 'json' && kind === 'framework'))
}

/**
 * Whether rows are a COINr iMeta table: a header row naming `iCode`, `Parent` and `Type` (any case).
 *
 * @example
 *   isIMetaRows([['iCode', 'iName', 'Level', 'Parent', 'Type', 'Direction', 'Weight']]) // => true
 */
export function isIMetaRows(rows: readonly (readonly CellValue[])[]): boolean {
  const header = rows.find((row) => row.some((cell) => cell !== null && cell !== ''))
  const names = new Set(
    (header ?? []).map((cell) => (typeof cell === 'string' ? cell.trim().toLowerCase() : '')),
  )
  return names.has('icode') && names.has('parent') && names.has('type')
}

function describeFramework(framework: ValidFramework, kind: FileKind, isIMeta: boolean): InspectedFile {
  return {
    kind,
    formatVersion: framework.formatVersion,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: isIMeta ? null : framework.year,
    scope: null,
    items: framework.questions.length,
    itemUnit: 'questions',
    hash: 'none',
    details: { indicators: framework.indicators.length, components: framework.components.length },
  }
}
