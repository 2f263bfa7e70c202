import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { coreFolderGraph, findCycles, importGraph } from './importCycles.mjs'

const scratch = mkdtempSync(join(tmpdir(), 'import-cycles-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const write = (path: string, text: string) => {
  mkdirSync(join(scratch, path, '..'), { recursive: true })
  writeFileSync(join(scratch, path), text)
}

describe('importCycles', () => {
  it('finds a file-level cycle through relative paths and the @core alias, and nothing else', () => {
    write('src/core/excel/a.ts', "import type { B } from './b'\nexport type A = B\n")
    write('src/core/excel/b.ts', "import { c } from '@core/formula/c'\nexport type B = typeof c\n")
    write('src/core/formula/c.ts', "export { a } from '../excel/a'\nexport const c = 1\n")
    write('src/core/formula/d.ts', "import { c } from './c'\nexport const d = c\n")
    const graph = importGraph(join(scratch, 'src'))
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => file.slice(scratch.length + 1)))
    expect(cycles).toEqual([['src/core/excel/a.ts', 'src/core/excel/b.ts', 'src/core/formula/c.ts']])
    expect(findCycles(coreFolderGraph(graph, join(scratch, 'src/core')))).toEqual([['excel', 'formula']])
  })

  it('finds none in this repository', () => {
    const graph = importGraph(resolve(__dirname, '../src'))
    expect(graph.size).toBeGreaterThan(500)
    expect(findCycles(graph)).toEqual([])
    expect(findCycles(coreFolderGraph(graph, resolve(__dirname, '../src/core')))).toEqual([])
  })
})
