import type { LineageRow, UnitLineage } from '@core/comparison/unitLineage'
import { csvStyleOptions, type CsvStyle } from '@core/excel/csv/csvStyleOptions'
import { writeCsv, type CsvField } from '@core/excel/csv/writeCsv'
import type { WorkbookSpec } from '@core/excel/workbookSpec'
import { LINEAGE_COLUMNS, LINEAGE_SHEET_NAME } from './lineageColumns'

const cells = (row: LineageRow): CsvField[] => [
  row.newCode,
  row.newName,
  row.oldCode,
  row.oldName,
  row.kind,
  row.effectiveDate,
  row.weight,
  row.source,
]

/**
 * A lineage as CSV with every column (`readLineageFile` reads it back to the same lineage). By
 * default `machine` style (`,`, a decimal point) with a BOM, as the built-in lineage files are.
 *
 * @example
 *   lineageCsv({ rows: [] }).split('\r\n')[0] // => '\uFEFFnew_code,new_name,old_code,old_name,kind,effective_date,weight,source'
 */
export function lineageCsv(lineage: UnitLineage, style: CsvStyle = 'machine'): string {
  return writeCsv([[...LINEAGE_COLUMNS], ...lineage.rows.map(cells)], {
    ...csvStyleOptions(style),
    bom: true,
  })
}

/**
 * A lineage as a one-sheet workbook spec ("Lineage", bold frozen header, dates as text
 * `YYYY-MM-DD` so no regional setting changes them); write it with `writeWorkbook`.
 *
 * @example
 *   const bytes = await writeWorkbook(lineageWorkbookSpec(lineage))
 */
export function lineageWorkbookSpec(lineage: UnitLineage): WorkbookSpec {
  return {
    sheets: [
      {
        name: LINEAGE_SHEET_NAME,
        columns: LINEAGE_COLUMNS.map((column) => ({
          width: column.endsWith('name') ? 40 : column === 'source' ? 60 : 14,
        })),
        rows: [
          LINEAGE_COLUMNS.map((column) => ({ value: column, style: { header: true, bold: true } })),
          ...lineage.rows.map(cells),
        ],
        freeze: { rows: 1 },
      },
    ],
  }
}
