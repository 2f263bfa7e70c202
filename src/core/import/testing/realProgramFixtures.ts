// The workbooks real spreadsheet programs filled and saved (tests/fixtures/real-programs, made by
// scripts/fixtures/real-programs/generate.sh), with the answers each must import with.
import type { BuiltInFrameworkId } from '@core/builtins/builtInFrameworks'
import type { Answers } from '@core/responses/answer'

/** The folder of the fixtures (a `file:` URL in tests; the tests read it with Node). */
export const REAL_PROGRAMS_FOLDER = new URL('../../../../tests/fixtures/real-programs/', import.meta.url)

/** What the app must read from a fixture: the unit, the framework and year, the answers and notes. */
export type ExpectedImport = {
  readonly frameworkId: BuiltInFrameworkId
  readonly frameworkVersion: string
  readonly year: number
  readonly unit: { readonly code: string; readonly name: string }
  readonly answers: Answers
  readonly comments: Readonly<Record<string, string>>
}

/** One fixture: its file, the program that saved it last, and how it was made. */
export type RealProgramFixture = {
  readonly fileName: string
  readonly frameworkId: BuiltInFrameworkId
  readonly program: 'openpyxl' | 'LibreOffice Calc'
  readonly how: string
}

const FRAMEWORKS: readonly BuiltInFrameworkId[] = [
  'dept-ict-readiness',
  'dti-points',
  'vn-ict-index-province',
]

/** Every committed fixture: per built-in framework, filled by openpyxl, that file re-saved by LibreOffice, and filled by LibreOffice. */
export const REAL_PROGRAM_FIXTURES: readonly RealProgramFixture[] = FRAMEWORKS.flatMap((frameworkId) => [
  {
    fileName: `${frameworkId}-openpyxl.xlsx`,
    frameworkId,
    program: 'openpyxl' as const,
    how: 'blank template filled and saved by openpyxl',
  },
  {
    fileName: `${frameworkId}-openpyxl-libreoffice.xlsx`,
    frameworkId,
    program: 'LibreOffice Calc' as const,
    how: 'the openpyxl file re-saved by soffice --convert-to xlsx',
  },
  {
    fileName: `${frameworkId}-libreoffice.xlsx`,
    frameworkId,
    program: 'LibreOffice Calc' as const,
    how: 'blank template filled through UNO and saved by LibreOffice',
  },
])

/** Where a fixture, or a framework's expected import (`expected/<framework>.json`), lies. */
export const realProgramFile = (fileName: string): URL => new URL(fileName, REAL_PROGRAMS_FOLDER)
export const expectedImportFile = (frameworkId: BuiltInFrameworkId): URL =>
  new URL(`expected/${frameworkId}.json`, REAL_PROGRAMS_FOLDER)
