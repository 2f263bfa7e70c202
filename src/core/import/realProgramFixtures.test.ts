// Issue #15 item 2: workbooks filled and saved by real spreadsheet programs (openpyxl, LibreOffice
// Calc) import through the app's parse path with exactly the answers they show.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { parseWorkbookFile } from './parseWorkbookFile'
import {
  expectedImportFile,
  realProgramFile,
  REAL_PROGRAM_FIXTURES,
  type ExpectedImport,
} from './testing/realProgramFixtures'

const readExpected = (frameworkId: ExpectedImport['frameworkId']): ExpectedImport =>
  JSON.parse(readFileSync(expectedImportFile(frameworkId), 'utf8')) as ExpectedImport

describe('workbooks saved by real spreadsheet programs', () => {
  it('covers the three built-in frameworks, each saved by openpyxl and by LibreOffice', () => {
    expect(REAL_PROGRAM_FIXTURES).toHaveLength(9)
    for (const fixture of REAL_PROGRAM_FIXTURES)
      expect(new Uint8Array(readFileSync(realProgramFile(fixture.fileName))).length).toBeGreaterThan(1000)
  })

  it.each(REAL_PROGRAM_FIXTURES)('$fileName ($how) imports with its answers', async (fixture) => {
    const framework = loadedBuiltIn(fixture.frameworkId)
    const expected = readExpected(fixture.frameworkId)

    const parsed = await parseWorkbookFile(
      { fileName: fixture.fileName, bytes: new Uint8Array(readFileSync(realProgramFile(fixture.fileName))) },
      framework,
      { year: expected.year },
    )

    if (parsed.status !== 'parsed')
      throw new Error(JSON.stringify('issues' in parsed ? parsed.issues : parsed.status, null, 2))
    const { submission } = parsed
    expect({ code: submission.unitCode, name: submission.unitName }).toEqual(expected.unit)
    expect([submission.frameworkId, submission.frameworkVersion, submission.year]).toEqual([
      expected.frameworkId,
      expected.frameworkVersion,
      expected.year,
    ])
    expect(submission.content.answers).toEqual(expected.answers)
    expect(submission.content.comments).toEqual(expected.comments)
    // The expected answers are not trivially few: every framework has dozens.
    expect(Object.keys(expected.answers).length).toBeGreaterThan(25)
  })
})
