import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadedBuiltIn } from '@core/builtins/testing/loadedBuiltIn'
import { writeQuestionnaireWorkbook } from '@core/formats/questionnaire/writeQuestionnaireWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { editParts } from '@core/excel/xlsx/testing/xlsxPackage'
import { runCli, type CliIo } from '../runCli'
import { parseWorkerForTests } from '../testing/parseWorkerForTests'
import { sampleWorkbooks } from '../testing/sampleWorkbooks'

let folder = ''
const framework = loadedBuiltIn('dti-points')
const workbooks = new Map<string, Uint8Array>()
let parseWorker = ''

beforeAll(async () => {
  parseWorker = await parseWorkerForTests()
  for (const [code, bytes] of await sampleWorkbooks(framework, 3, 4)) workbooks.set(code, bytes)
}, 120_000)
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-import-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const cli = async (args: readonly string[], language: 'vi' | 'en' = 'en') => {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: (line) => error.push(line),
    env: { ICTWB_LANG: language, ICTWB_PARSE_WORKER: parseWorker },
  }
  const code = await runCli(args, io, 'test')
  return { code, out, error }
}

const put = async (name: string, bytes: Uint8Array | string) => {
  const path = join(folder, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, bytes)
  return path
}

describe('ictwb import', () => {
  it('prints OK, DUPLICATE, CONFLICT and REJECTED lines, one per file, and exits 0', async () => {
    const [first, second] = [...workbooks.keys()]
    const firstBytes = workbooks.get(first ?? '') as Uint8Array
    await put('a/1.xlsx', firstBytes)
    await put('a/2.xlsx', workbooks.get(second ?? '') as Uint8Array)
    await put('b/copy.xlsx', firstBytes)
    await put(
      'b/macro.xlsx',
      editParts(firstBytes, (parts) => void parts.set('xl/vbaProject.bin', new Uint8Array(8))),
    )
    const other = await writeQuestionnaireWorkbook(framework, {
      unit: { code: first ?? '', name: 'x' },
      appVersion: 'test',
      exportedAt: '2026-03-01T08:00:00.000Z',
      content: { answers: { TongSoHo: 1 }, comments: {} },
    })
    await put('c/changed.xlsx', other.ok ? other.value : new Uint8Array())
    await put('c/~$lock.xlsx', 'lock')
    await put('c/notes.txt', 'not a workbook')

    const { code, out, error } = await cli(['import', folder, '--framework', 'dti-points'])

    expect(code).toBe(0)
    expect(out.slice(0, 3)).toEqual([
      `OK ${join(folder, 'a/1.xlsx')}`,
      `OK ${join(folder, 'a/2.xlsx')}`,
      `DUPLICATE ${join(folder, 'b/copy.xlsx')}`,
    ])
    expect(out[3]).toMatch(/^REJECTED .*b\/macro\.xlsx macros-present \S/)
    expect(out[4]).toBe(`CONFLICT ${join(folder, 'c/changed.xlsx')} ${first}`)
    expect(out).toHaveLength(5)
    expect(error).toEqual(['5 files: 2 OK, 1 DUPLICATE, 1 CONFLICT, 1 REJECTED.'])
  })

  it('names the sheet and cell of a wrong answer, in Vietnamese by default', async () => {
    const bytes = workbooks.values().next().value as Uint8Array
    const read = await readWorkbook(bytes)
    const section = read.ok ? (read.value.sheets[1]?.name ?? '') : ''
    const broken = editParts(bytes, (parts) => {
      const xml = new TextDecoder().decode(parts.get('xl/worksheets/sheet2.xml') as Uint8Array)
      parts.set(
        'xl/worksheets/sheet2.xml',
        xml.replace(
          /<c r="D2"[^>]*>(?:.*?<\/c>)?|<c r="D2"[^>]*\/>/,
          '<c r="D2" t="inlineStr"><is><t>nhiều</t></is></c>',
        ),
      )
    })
    const path = await put('sai.xlsx', broken)

    const { out } = await cli(['import', path, '--framework', 'dti-points'], 'vi')

    expect(out).toEqual([
      expect.stringMatching(
        new RegExp(
          `^REJECTED ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} invalid-answer '${section}'!D2 Câu \\w+: cần .+, gặp “nhiều”\\.$`,
        ),
      ),
    ])
  })

  it('remembers earlier imports with --state, so a second run reports duplicates', async () => {
    const path = await put('x.xlsx', workbooks.values().next().value as Uint8Array)
    const state = join(folder, 'state.json')

    await cli(['import', path, '--framework', 'dti-points', '--state', state])
    const again = await cli(['import', path, '--framework', 'dti-points', '--state', state])
    const fresh = await cli(['import', path, '--framework', 'dti-points'])

    expect(again.out).toEqual([`DUPLICATE ${path}`])
    expect(fresh.out).toEqual([`OK ${path}`])
    expect(JSON.parse(await readFile(state, 'utf8'))).toMatchObject({
      format: 'ictwb-import-state',
      submissions: [
        {
          status: 'current',
          content: { answers: expect.objectContaining({ TongSoHo: expect.any(Number) }) },
        },
      ],
    })
  })

  it('prints one JSON document with every issue when asked', async () => {
    const path = await put('x.xlsx', 'Mã,Trả lời\n')

    const { code, out } = await cli(['import', path, '--framework', 'dti-points', '--json'])

    expect(code).toBe(0)
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      framework: { id: 'dti-points' },
      files: [
        { file: path, outcome: 'REJECTED', issues: [{ code: 'not-a-zip', message: expect.any(String) }] },
      ],
      summary: { rejected: 1 },
    })
  })

  it('refuses a workbook for another year when --year is given', async () => {
    const path = await put('x.xlsx', workbooks.values().next().value as Uint8Array)

    const { out } = await cli(['import', path, '--framework', 'dti-points', '--year', '2031'])

    expect(out).toEqual([`REJECTED ${path} year-mismatch The workbook is for ${framework.year}, not 2031.`])
  })

  it('rejects, with --units, files of unknown units and codes that only imitate a listed one', async () => {
    const answers = { TongSoHo: 1 }
    const written = async (code: string, content = answers) => {
      const bytes = await writeQuestionnaireWorkbook(framework, {
        unit: { code, name: 'Sở Nội vụ' },
        appVersion: 'test',
        exportedAt: '2026-03-01T08:00:00.000Z',
        content: { answers: content, comments: {} },
      })
      if (!bytes.ok) throw new Error('workbook')
      return bytes.value
    }
    const units = await put('units.csv', 'code,name\nSNV,Sở Nội vụ\nSTC,Sở Tài chính\n')
    await put('1-snv.xlsx', await written('SNV'))
    await put('2-zero-width.xlsx', await written('SNV\u200b', { TongSoHo: 2 }))
    await put('3-greek.xlsx', await written('SΝV'))
    await put('4-case.xlsx', await written('snv'))
    await put('5-other.xlsx', await written('XYZ'))
    await put('6-spaces.xlsx', await written('S N V'))

    const { code, out } = await cli(['import', folder, '--framework', 'dti-points', '--units', units])

    expect(code).toBe(0)
    const at = (name: string) => join(folder, name)
    expect(out).toEqual([
      `OK ${at('1-snv.xlsx')}`,
      `CONFLICT ${at('2-zero-width.xlsx')} SNV`,
      `REJECTED ${at('3-greek.xlsx')} unit-code-lookalike The unit code “SΝV” differs from the known unit “SNV” only by case or by look-alike letters (Cyrillic, Greek); the file is refused. Enter the code “SNV” exactly.`,
      `REJECTED ${at('4-case.xlsx')} unit-code-lookalike The unit code “snv” differs from the known unit “SNV” only by case or by look-alike letters (Cyrillic, Greek); the file is refused. Enter the code “SNV” exactly.`,
      `REJECTED ${at('5-other.xlsx')} unknown-unit The unit “XYZ” is not in the list of units.`,
      expect.stringMatching(
        new RegExp(`^REJECTED ${at('6-spaces.xlsx').replace(/[.\\]/g, '\\$&')} invalid-unit-code `),
      ),
    ])
  }, 60_000)

  it('exits 2 with a translated reason when the --units file cannot be used', async () => {
    const workbook = await put('x.xlsx', workbooks.values().next().value as Uint8Array)
    const run = async (name: string, text: string | null, language: 'vi' | 'en' = 'en') => {
      const path = text === null ? join(folder, name) : await put(name, text)
      return cli(['import', workbook, '--framework', 'dti-points', '--units', path], language)
    }

    const missing = await run('missing.csv', null)
    expect(missing.code).toBe(2)
    expect(missing.out).toEqual([])
    expect((await run('no-code.csv', 'ma,ten\nSNV,x\n')).error).toEqual([
      `Cannot use the unit list "${join(folder, 'no-code.csv')}": its first row has no “code” column.`,
    ])
    expect((await run('bad.csv', 'code\nSNV\nS N V\n')).error[0]).toContain(
      'row 3: the code “S N V” is invalid',
    )
    expect((await run('twice.csv', 'code\nSNV\nsnv\n')).error[0]).toContain(
      'row 3: the code “snv” repeats “SNV”',
    )
    expect((await run('empty.csv', 'code\n', 'vi')).error).toEqual([
      `Không dùng được danh sách đơn vị "${join(folder, 'empty.csv')}": danh sách không có đơn vị nào.`,
    ])
    expect((await run('units.txt', 'code\nSNV\n')).code).toBe(2)
  })

  it('exits 2 on bad usage', async () => {
    expect((await cli(['import', '--framework', 'dti-points'])).code).toBe(2)
    expect((await cli(['import', folder])).code).toBe(2)
    expect((await cli(['import', folder, '--framework', 'dti-points', '--year', '20x'])).code).toBe(2)
    expect((await cli(['import', folder, '--framework', 'no-such-framework'])).code).toBe(2)
    expect((await cli(['import', folder, '--framework', 'dti-points'])).error).toEqual([
      'No .xlsx file in the paths given.',
    ])
  })
})

describe('ictwb template', () => {
  it('writes a blank questionnaire for one unit that imports back as that unit', async () => {
    const out = join(folder, 'mau.xlsx')

    const written = await cli([
      'template',
      '--framework',
      'dti-points',
      '--unit',
      'Q-HC',
      '--unit-name',
      'UBND quận Hải Châu',
      '--year',
      '2026',
      '--out',
      out,
    ])
    const read = await cli(['import', out, '--framework', 'dti-points', '--json'])

    expect(written).toEqual({ code: 0, out: [`Wrote ${out}.`], error: [] })
    expect(JSON.parse(read.out.join('\n')).files).toMatchObject([
      { outcome: 'OK', unit: 'Q-HC', unitName: 'UBND quận Hải Châu' },
    ])
  })

  it('writes a template any unit can fill in when no unit is given', async () => {
    const out = join(folder, 'blank.xlsx')

    await cli(['template', '--framework', 'vn-ict-index-province', '--out', out])
    const read = await cli(['import', out, '--framework', 'vn-ict-index-province'])

    expect(read.out).toEqual([`REJECTED ${out} missing-unit 'Hướng dẫn'!B4 The unit code was not entered.`])
  })

  it('exits 2 on bad usage', async () => {
    expect((await cli(['template', '--framework', 'dti-points'])).code).toBe(2)
    expect((await cli(['template', '--framework', 'dti-points', '--out', join(folder, 'x.csv')])).code).toBe(
      2,
    )
    expect(
      (
        await cli([
          'template',
          '--framework',
          'dti-points',
          '--unit-name',
          'X',
          '--out',
          join(folder, 'x.xlsx'),
        ])
      ).code,
    ).toBe(2)
    expect(
      (
        await cli([
          'template',
          '--framework',
          'dti-points',
          '--year',
          '1999',
          '--out',
          join(folder, 'x.xlsx'),
        ])
      ).code,
    ).toBe(2)
  })
})
