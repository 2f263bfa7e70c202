import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FILE_LIMITS, MAX_FOLDER_DEPTH } from '../../shared/ipc/contract'
import { readFolder, readGrantedItems } from './folderReader'
import { createPickedFiles } from './pickedFiles'

let folder = ''
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

async function aFolder(files: Record<string, string | number>): Promise<string> {
  folder = await mkdtemp(join(tmpdir(), 'thu-thap-'))
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(join(folder, relative, '..'), { recursive: true })
    await writeFile(join(folder, relative), typeof content === 'number' ? Buffer.alloc(content) : content)
  }
  return folder
}

describe('readFolder', () => {
  it('reads the workbooks of the folder and its subfolders, named relative to it, and ignores other files', async () => {
    const root = await aFolder({
      'A-SYT-2025.xlsx': 'a',
      'B Sở Tài chính/STC-2025.XLSX': 'b',
      'notes.txt': 'c',
      'scan.pdf': 'd',
    })

    const read = await readFolder(root, 'workbook')

    expect(read).toEqual({
      ok: true,
      value: {
        files: [
          { fileName: 'A-SYT-2025.xlsx', bytes: new Uint8Array([97]) },
          { fileName: 'B Sở Tài chính/STC-2025.XLSX', bytes: new Uint8Array([98]) },
        ],
        skipped: [],
      },
    })
  })

  it('leaves out hidden files and Excel lock files', async () => {
    const root = await aFolder({ '.hidden.xlsx': 'a', '~$SYT-2025.xlsx': 'b', 'SYT-2025.xlsx': 'c' })

    const read = await readFolder(root, 'workbook')

    expect(read.ok && read.value.files.map((file) => file.fileName)).toEqual(['SYT-2025.xlsx'])
  })

  it('skips a file above the purpose limit without reading it, and reads the rest', async () => {
    const root = await aFolder({ 'huge.xlsx': FILE_LIMITS['unit-list'].maxBytes + 1, 'ok.xlsx': 'x' })

    const read = await readFolder(root, 'unit-list')

    expect(read).toEqual({
      ok: true,
      value: {
        files: [{ fileName: 'ok.xlsx', bytes: new Uint8Array([120]) }],
        skipped: [{ fileName: 'huge.xlsx', reason: 'too-large' }],
      },
    })
  })

  it('does not follow symbolic links', async () => {
    const root = await aFolder({ 'real.xlsx': 'x' })
    await symlink('/etc/hostname', join(root, 'link.xlsx'))

    const read = await readFolder(root, 'workbook')

    expect(read.ok && read.value).toEqual({
      files: [{ fileName: 'real.xlsx', bytes: new Uint8Array([120]) }],
      skipped: [{ fileName: 'link.xlsx', reason: 'link' }],
    })
  })

  it(`stops descending ${MAX_FOLDER_DEPTH} levels below the picked folder`, async () => {
    const deep = Array.from({ length: MAX_FOLDER_DEPTH + 1 }, (_, index) => `d${index}`).join('/')
    const root = await aFolder({ [`${deep}/too-deep.xlsx`]: 'x', 'd0/shallow.xlsx': 'y' })

    const read = await readFolder(root, 'workbook')

    expect(read.ok && read.value.files.map((file) => file.fileName)).toEqual(['d0/shallow.xlsx'])
  })

  it('refuses a folder with more matching files than one pick may return', async () => {
    const root = await aFolder({})
    await Promise.all(Array.from({ length: 1001 }, (_, index) => writeFile(join(root, `f${index}.csv`), 'x')))

    expect(await readFolder(root, 'unit-list')).toEqual({
      ok: false,
      error: { code: 'too-many-files', maxFiles: 1000 },
    })
  })
})

describe('readFolder for backups', () => {
  it('gives the backups of a picked folder tokens instead of reading them', async () => {
    const root = await aFolder({ 'may-cu/backup-1.json': 'one', 'backup-2.json': 'two', 'notes.txt': 'x' })
    const picked = createPickedFiles()

    const read = await readFolder(root, 'backup', picked)

    if (!read.ok) throw new Error(read.error.code)
    expect(read.value.files.map(({ fileName, bytes }) => ({ fileName, bytes }))).toEqual([
      { fileName: 'backup-2.json', bytes: new Uint8Array(0) },
      { fileName: 'may-cu/backup-1.json', bytes: new Uint8Array(0) },
    ])
    const second = read.value.files[1]?.token ?? ''
    expect(await picked.readChunk(second, 0, 100)).toEqual({
      ok: true,
      value: { bytes: new TextEncoder().encode('one'), total: 3 },
    })
  })
})

describe('readGrantedItems', () => {
  it('reads a dropped file directly and reports a dropped file of the wrong type', async () => {
    const root = await aFolder({ 'SYT.xlsx': 'x', 'photo.png': 'y' })

    const read = await readGrantedItems(
      [
        { path: join(root, 'SYT.xlsx'), displayName: 'SYT.xlsx' },
        { path: join(root, 'photo.png'), displayName: 'photo.png' },
        { path: join(root, 'gone.xlsx'), displayName: 'gone.xlsx' },
      ],
      'workbook',
    )

    expect(read).toEqual({
      ok: true,
      value: {
        files: [{ fileName: 'SYT.xlsx', bytes: new Uint8Array([120]) }],
        skipped: [
          { fileName: 'photo.png', reason: 'wrong-type' },
          { fileName: 'gone.xlsx', reason: 'unreadable' },
        ],
      },
    })
  })
})
