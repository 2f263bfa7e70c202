import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'

/** Writes a plain table as a one-sheet workbook with a bold frozen header and a filter. */
export async function writeTableWorkbook(
  sheetName: string,
  table: readonly (readonly (string | number | null)[])[],
): Promise<Uint8Array> {
  const width = table[0]?.length ?? 1
  const written = await writeWorkbook({
    font: { name: 'Times New Roman', size: 12 },
    sheets: [
      {
        name: sheetName,
        columns: Array.from({ length: width }, () => ({ width: 14 })),
        rows: table.map((row, index) =>
          index === 0 ? row.map((value) => ({ value, style: { header: true, bold: true } })) : row,
        ),
        freeze: { rows: 1 },
      },
    ],
  })
  if (!written.ok)
    throw new Error(
      `results workbook could not be written: ${written.error.map((issue) => issue.code).join(', ')}`,
    )
  return written.value
}
