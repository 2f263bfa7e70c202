// Issue #15 item 2 through the command line: `ictwb import` takes the workbooks real spreadsheet
// programs saved (tests/fixtures/real-programs) with exactly the answers they show.
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ReceivedSubmission } from '@core/import/receivedSubmission'
import {
  expectedImportFile,
  realProgramFile,
  REAL_PROGRAM_FIXTURES,
  type ExpectedImport,
} from '@core/import/testing/realProgramFixtures'
import { runCli, type CliIo } from '../runCli'
import { parseWorkerForTests } from '../testing/parseWorkerForTests'

const readExpected = (frameworkId: ExpectedImport['frameworkId']): ExpectedImport =>
  JSON.parse(readFileSync(expectedImportFile(frameworkId), 'utf8')) as ExpectedImport

let folder = ''
let parseWorker = ''

beforeAll(async () => {
  parseWorker = await parseWorkerForTests()
}, 120_000)
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-real-programs-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const cli = async (args: readonly string[]) => {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: (line) => error.push(line),
    env: { ICTWB_LANG: 'en', ICTWB_PARSE_WORKER: parseWorker },
  }
  const code = await runCli(args, io, 'test')
  return { code, out, error }
}

const frameworkIds = [...new Set(REAL_PROGRAM_FIXTURES.map((fixture) => fixture.frameworkId))]

describe('ictwb import of workbooks saved by real spreadsheet programs', () => {
  it.each(frameworkIds)(
    '%s: the openpyxl, LibreOffice re-saved and LibreOffice-filled files import with the expected answers',
    async (frameworkId) => {
      const paths = REAL_PROGRAM_FIXTURES.filter((fixture) => fixture.frameworkId === frameworkId).map(
        (fixture) => fileURLToPath(realProgramFile(fixture.fileName)),
      )
      const expected = readExpected(frameworkId)
      const state = join(folder, 'state.json')

      const { code, out, error } = await cli([
        'import',
        ...paths,
        '--framework',
        frameworkId,
        '--state',
        state,
      ])

      expect(code).toBe(0)
      // The first file is stored; the two others hold the very same content (same hash): duplicates.
      expect(out).toEqual([`OK ${paths[0]}`, `DUPLICATE ${paths[1]}`, `DUPLICATE ${paths[2]}`])
      expect(error).toEqual(['3 files: 1 OK, 2 DUPLICATE, 0 CONFLICT, 0 REJECTED.'])
      const saved = JSON.parse(await readFile(state, 'utf8')) as {
        submissions: readonly ReceivedSubmission[]
      }
      expect(saved.submissions).toHaveLength(1)
      const [stored] = saved.submissions
      expect(stored?.unitCode).toBe(expected.unit.code)
      expect(stored?.unitName).toBe(expected.unit.name)
      expect(stored?.content.answers).toEqual(expected.answers)
      expect(stored?.content.comments).toEqual(expected.comments)
    },
    60_000,
  )
})
