import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readDroppedPaths, refuseDroppedPath, type DropPolicy } from './droppedPaths'

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
