import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { aFramework } from '@core/framework/testing/aFramework'
import { runCli, type CliIo } from '../runCli'

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ictwb-framework-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function capture(language = 'en') {
  const out: string[] = []
  const error: string[] = []
  const io: CliIo = {
    out: (line) => out.push(line),
    error: (line) => error.push(line),
    env: { ICTWB_LANG: language },
  }
  return { io, out, error }
}

describe('ictwb frameworks', () => {
  it('lists the built-in frameworks one per line, id first', async () => {
    const { io, out } = capture()

    expect(await runCli(['frameworks'], io, 'test')).toBe(0)
    expect(out.map((line) => line.split('\t')[0])).toEqual([
      'dept-ict-readiness',
      'vn-ict-index-province',
      'dti-points',
    ])
  })
})

describe('ictwb framework check', () => {
  it.each(['dept-ict-readiness', 'vn-ict-index-province', 'dti-points'])(
    'accepts the built-in %s',
    async (id) => {
      const { io, out } = capture()

      expect(await runCli(['framework', 'check', id], io, 'test')).toBe(0)
      expect(out.at(-1)).toMatch(new RegExp(`^${id} 2026\\.1: valid`))
    },
  )

  it('prints one line per problem naming the code at fault and exits 1', async () => {
    const { io, out } = capture()
    const broken = aFramework({
      indicators: [
        ...aFramework().indicators,
        { ...aFramework().indicators[0]!, code: 'X', formula: 'MayTinh / KhongCo', parent: 'NoSuchPart' },
      ],
    })
    const file = join(folder, 'broken.json')
    await writeFile(file, JSON.stringify(broken))

    const code = await runCli(['framework', 'check', file], io, 'test')

    expect(code).toBe(1)
    expect(out.slice(1)).toEqual([
      expect.stringMatching(/^indicators\[4\]\.parent \(X\): the parent “NoSuchPart” is not a component/),
      expect.stringMatching(/^indicators\[4\]\.formula \(X\): the formula refers to “KhongCo”/),
    ])
  })

  it('names the row, the code and the column of a problem in a COINr iMeta table', async () => {
    const rows = [
      'Level,iCode,iName,Direction,Weight,Parent,Type',
      '1,LPI,Logistics,1,1,Conn,Indicator',
      '1,Ship,Shipping,1,-1,Conn,Indicator',
      '2,Conn,Connectivity,1,1,Index,Aggregate',
      '3,Index,Index,1,1,,Aggregate',
    ]
    const file = join(folder, 'imeta.csv')
    await writeFile(file, rows.join('\n'))
    const english = capture()
    const vietnamese = capture('vi')

    expect(await runCli(['framework', 'check', file], english.io, 'test')).toBe(1)
    await runCli(['framework', 'check', file], vietnamese.io, 'test')

    expect(english.out).toContain(
      'Row 3 (Ship), column Weight: the weight must be greater than 0 (found -1).',
    )
    expect(vietnamese.out).toContain('Dòng 3 (Ship), cột Weight: trọng số phải lớn hơn 0 (đang là -1).')
  })

  it('speaks Vietnamese by default', async () => {
    const { io, out } = capture('vi')
    const file = join(folder, 'bad.json')
    await writeFile(file, JSON.stringify(aFramework({ components: [] })))

    await runCli(['framework', 'check', file], io, 'test')

    expect(out.join('\n')).toMatch(/cây chỉ số không có gốc/)
  })

  it('reports a file that is not JSON in one line', async () => {
    const { io, out, error } = capture()
    const file = join(folder, 'not.json')
    await writeFile(file, '{ "id": ')

    const code = await runCli(['framework', 'check', file], io, 'test')

    expect(code).toBe(1)
    expect([...out, ...error].join('\n')).toMatch(/JSON/)
  })
})

describe('ictwb framework convert', () => {
  it.each(['dept-ict-readiness', 'vn-ict-index-province', 'dti-points'])(
    'round-trips %s through the authoring workbook unchanged',
    async (id) => {
      const { io } = capture()
      const workbook = join(folder, `${id}.xlsx`)
      const json = join(folder, `${id}.json`)

      expect(await runCli(['framework', 'convert', id, '--out', workbook], io, 'test')).toBe(0)
      expect(await runCli(['framework', 'convert', workbook, '--out', json], io, 'test')).toBe(0)

      const original = loadBuiltInFramework(id)
      const { readFile } = await import('node:fs/promises')
      expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(
        JSON.parse(JSON.stringify(original.ok ? original.value : null)),
      )
    },
  )

  it('writes an iMeta table that imports back as the same tree', async () => {
    const { io, out } = capture()
    const table = join(folder, 'tree.csv')

    expect(await runCli(['framework', 'convert', 'vn-ict-index-province', '--out', table], io, 'test')).toBe(
      0,
    )
    expect(await runCli(['framework', 'check', table], io, 'test')).toBe(0)
    expect(out.at(-1)).toMatch(/26 indicators, 10 components/)
  })
})
