import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FILE_LIMITS } from '../../shared/ipc/contract'
import { readDroppedPaths, refuseDroppedPath, type DropPolicy } from './droppedPaths'
import { createPickedFiles } from './pickedFiles'

const posix: DropPolicy = {
  forbiddenFolders: ['/home/u/.config/ICT Index Workbench', '/opt/ictwb'],
  platform: 'linux',
}
const windows: DropPolicy = {
  forbiddenFolders: ['C:\\Users\\u\\AppData\\Roaming\\ICT Index Workbench'],
  platform: 'win32',
}

describe('refuseDroppedPath', () => {
  it.each([
    ['/home/u/Thu thap/SYT.xlsx', posix, null],
    ['C:\\Thu thap\\SYT.xlsx', windows, null],
    ['\\\\may-chu\\chia-se\\SYT.xlsx', windows, null],
    ['relative/SYT.xlsx', posix, 'not-absolute'],
    ['/home/u/../../etc/passwd', posix, 'not-normalised'],
    ['/home/u/./SYT.xlsx', posix, 'not-normalised'],
    ['C:\\Thu thap\\..\\Windows\\win.ini', windows, 'not-normalised'],
    ['\\\\?\\C:\\Windows\\win.ini', windows, 'device-path'],
    ['\\\\.\\PhysicalDrive0', windows, 'device-path'],
    ['/home/u/.config/ICT Index Workbench/backups/backup-1.json', posix, 'inside-app-folder'],
    ['/opt/ictwb', posix, 'inside-app-folder'],
    ['c:\\users\\U\\appdata\\roaming\\ict index workbench\\Local Storage', windows, 'inside-app-folder'],
    ['/opt/ictwb-other/file.xlsx', posix, null],
  ] as const)('judges %s', (path, policy, expected) => {
    expect(refuseDroppedPath(path, policy)).toBe(expected)
  })
})

describe('readDroppedPaths', () => {
  let folder = ''
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('reads the dropped files through the same limits as a picked folder', async () => {
    folder = await mkdtemp(join(tmpdir(), 'drop-'))
    await writeFile(join(folder, 'SYT.xlsx'), 'x')

    const read = await readDroppedPaths(
      { purpose: 'workbook', paths: [join(folder, 'SYT.xlsx')] },
      { forbiddenFolders: [], platform: 'linux' },
    )

    expect(read).toEqual({
      ok: true,
      value: { files: [{ fileName: 'SYT.xlsx', bytes: new Uint8Array([120]) }], skipped: [] },
    })
  })

  it('refuses the whole drop when one path is not acceptable, reading nothing', async () => {
    const read = await readDroppedPaths(
      { purpose: 'workbook', paths: ['/tmp/ok.xlsx', '/tmp/../etc/passwd'] },
      posix,
    )

    expect(read).toEqual({ ok: false, error: { code: 'dropped-item-refused', fileName: 'passwd' } })
  })
})

describe('readDroppedPaths for backups', () => {
  let folder = ''
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('gives each dropped backup a token instead of its bytes, whatever its size, and the token reads it', async () => {
    folder = await mkdtemp(join(tmpdir(), 'drop-backup-'))
    await writeFile(join(folder, 'small.json'), '{"format":"ict-index-workbench-backup"}')
    // Sparse: larger than any file read whole, without writing its bytes.
    await writeFile(join(folder, 'huge.json'), '')
    await truncate(join(folder, 'huge.json'), FILE_LIMITS.backup.maxBytes + 1)
    const picked = createPickedFiles({ maxChunkBytes: 16 })

    const read = await readDroppedPaths(
      { purpose: 'backup', paths: [join(folder, 'small.json'), join(folder, 'huge.json')] },
      { forbiddenFolders: [], platform: 'linux' },
      picked,
    )

    if (!read.ok) throw new Error(read.error.code)
    expect(read.value).toEqual({
      files: [
        { fileName: 'small.json', bytes: new Uint8Array(0), token: expect.any(String) },
        { fileName: 'huge.json', bytes: new Uint8Array(0), token: expect.any(String) },
      ],
      skipped: [],
    })
    const [small, huge] = read.value.files.map((file) => file.token ?? '')
    expect(await picked.readChunk(small ?? '', 0, 1024)).toEqual({
      ok: true,
      value: { bytes: new TextEncoder().encode('{"format":"ict-i'), total: 39 },
    })
    expect(await picked.readChunk(huge ?? '', FILE_LIMITS.backup.maxBytes - 4, 1024)).toEqual({
      ok: true,
      value: { bytes: new Uint8Array(5), total: FILE_LIMITS.backup.maxBytes + 1 },
    })
  })

  it('still refuses a drop from a forbidden folder, handing out no token', async () => {
    const picked = createPickedFiles()
    const remember = vi.spyOn(picked, 'remember')

    const read = await readDroppedPaths(
      {
        purpose: 'backup',
        paths: ['/tmp/ok.json', '/home/u/.config/ICT Index Workbench/backups/backup-1.json'],
      },
      posix,
      picked,
    )

    expect(read).toEqual({ ok: false, error: { code: 'dropped-item-refused', fileName: 'backup-1.json' } })
    expect(remember).not.toHaveBeenCalled()
  })
})
