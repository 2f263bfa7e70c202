import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from './writeFileAtomic'

let folder: string | undefined
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    folder = await mkdtemp(join(tmpdir(), 'atomic-'))
    const target = join(folder, 'report.xlsx')
    await writeFile(target, 'old')

    await writeFileAtomic(target, new TextEncoder().encode('new'))

    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(folder)).toEqual(['report.xlsx'])
  })

  it('keeps the old file and cleans up when the folder is missing', async () => {
    folder = await mkdtemp(join(tmpdir(), 'atomic-'))
    const target = join(folder, 'missing-folder', 'report.xlsx')

    await expect(writeFileAtomic(target, new Uint8Array(1))).rejects.toThrow()
    expect(await readdir(folder)).toEqual([])
  })
})
