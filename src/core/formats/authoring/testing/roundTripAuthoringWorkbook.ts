import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import type { Framework } from '@core/framework/framework'
import { loadAuthoringWorkbook } from '@core/formats/authoring/loadAuthoringWorkbook'
import { writeAuthoringWorkbook } from '@core/formats/authoring/writeAuthoringWorkbook'

/**
 * Writes a framework as an authoring `.xlsx` and reads the bytes back as a `SheetWorkbook`, through
 * the real adapter (exceljs). Throws on a write or read failure: tests only.
 *
 * @example
 *   const workbook = await authoringSheetWorkbook(aFramework())
 */
export async function authoringSheetWorkbook(framework: Framework): Promise<SheetWorkbook> {
  const bytes = await writeAuthoringWorkbook(framework)
  if (!bytes.ok) throw new Error(`write failed: ${JSON.stringify(bytes.error)}`)
  const workbook = await readWorkbook(bytes.value)
  if (!workbook.ok) throw new Error(`read failed: ${JSON.stringify(workbook.error)}`)
  return workbook.value
}

/**
 * `loadAuthoringWorkbook(readWorkbook(writeAuthoringWorkbook(framework)))`: the round trip the
 * tests expect to be the identity.
 *
 * @example
 *   expect(await roundTripAuthoringWorkbook(framework)).toStrictEqual({ ok: true, value: framework })
 */
export async function roundTripAuthoringWorkbook(
  framework: Framework,
): Promise<ReturnType<typeof loadAuthoringWorkbook>> {
  return loadAuthoringWorkbook(await authoringSheetWorkbook(framework))
}
