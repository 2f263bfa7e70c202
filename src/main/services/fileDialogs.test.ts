import { describe, expect, it, vi } from 'vitest'
import { ok } from '@core/result'
import { FILE_LIMITS, MAX_STREAMED_BACKUP_BYTES } from '../../shared/ipc/contract'
import { openFiles, pickFolder, saveFile, showInFolder, type FileDialogDeps } from './fileDialogs'
import { createPickedFiles } from './pickedFiles'
import { createRevealRegistry } from './revealRegistry'

function fakeDeps(overrides: Partial<FileDialogDeps> = {}): FileDialogDeps {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/data/SNV-2025.xlsx'] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/data/out.xlsx' })),
    fileSize: vi.fn(async () => 1000),
    readFile: vi.fn(async () => new Uint8Array([80, 75])),
    writeFileAtomic: vi.fn(async () => {}),
    readFolder: vi.fn(async () => ok({ files: [], skipped: [] })),
    fileExists: vi.fn(async () => true),
    showItemInFolder: vi.fn(),
    reveal: createRevealRegistry(),
    picked: createPickedFiles({
      fs: {
        stat: async () => ({ size: 1000, mtimeMs: 1 }),
        open: () => Promise.reject(new Error('openFiles must not read a picked backup')),
      },
    }),
    ...overrides,
  }
}

describe('openFiles', () => {
  it('reads the picked file and names it without its folder', async () => {
    const result = await openFiles(fakeDeps(), { purpose: 'workbook', multiple: false })

    expect(result).toEqual({
      ok: true,
      value: [{ fileName: 'SNV-2025.xlsx', bytes: new Uint8Array([80, 75]) }],
    })
  })

  it('returns null when the user cancels', async () => {
    const deps = fakeDeps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) })

    expect(await openFiles(deps, { purpose: 'workbook', multiple: true })).toEqual({ ok: true, value: null })
  })

  it('refuses a file above the limit before reading it', async () => {
    const deps = fakeDeps({ fileSize: vi.fn(async () => FILE_LIMITS.workbook.maxBytes + 1) })

    const result = await openFiles(deps, { purpose: 'workbook', multiple: false })

    expect(result).toEqual({
      ok: false,
      error: { code: 'file-too-large', fileName: 'SNV-2025.xlsx', maxBytes: FILE_LIMITS.workbook.maxBytes },
    })
    expect(deps.readFile).not.toHaveBeenCalled()
  })

  it('refuses a file that grew past the limit between the size check and the read', async () => {
    const deps = fakeDeps({
      readFile: vi.fn(async () => new Uint8Array(FILE_LIMITS['unit-list'].maxBytes + 1)),
    })

    expect(await openFiles(deps, { purpose: 'unit-list', multiple: false })).toMatchObject({
      ok: false,
      error: { code: 'file-too-large' },
    })
  })
})

describe('openFiles for a backup', () => {
  const backups = fakeDeps({
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/data/Chuyen may/backup.json'] })),
    // Far above the limit of a file read whole: a backup is never read here.
    fileSize: vi.fn(async () => 3 * FILE_LIMITS.backup.maxBytes),
  })

  it('reads nothing and returns a token for the picked file, whatever its size', async () => {
    const pick = vi.spyOn(backups.picked, 'pick')

    const result = await openFiles(backups, { purpose: 'backup', multiple: false })

    expect(result).toEqual({
      ok: true,
      value: [
        {
          fileName: 'backup.json',
          bytes: new Uint8Array(0),
          token: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        },
      ],
    })
    expect(backups.readFile).not.toHaveBeenCalled()
    expect(pick).toHaveBeenCalledWith('/data/Chuyen may/backup.json')
  })

  it('refuses only a file larger than a chunked read can reach', async () => {
    const deps = fakeDeps({ fileSize: vi.fn(async () => MAX_STREAMED_BACKUP_BYTES + 1) })

    expect(await openFiles(deps, { purpose: 'backup', multiple: false })).toEqual({
      ok: false,
      error: { code: 'file-too-large', fileName: 'SNV-2025.xlsx', maxBytes: MAX_STREAMED_BACKUP_BYTES },
    })
  })
})

describe('pickFolder', () => {
  it('reads only the folder the user picked in the dialog', async () => {
    const deps = fakeDeps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/data/Thu thap 2025'] })),
    })

    await pickFolder(deps, { purpose: 'workbook' })

    expect(deps.showOpenDialog).toHaveBeenCalledWith({ properties: ['openDirectory'], filters: [] })
    expect(deps.readFolder).toHaveBeenCalledWith('/data/Thu thap 2025', 'workbook')
  })

  it('reads nothing when the user cancels', async () => {
    const deps = fakeDeps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) })

    expect(await pickFolder(deps, { purpose: 'workbook' })).toEqual({ ok: true, value: null })
    expect(deps.readFolder).not.toHaveBeenCalled()
  })
})

describe('saveFile', () => {
  it('writes atomically to the path the user chose and returns a token to show it later', async () => {
    const deps = fakeDeps()
    const bytes = new Uint8Array([1])

    const result = await saveFile(deps, { suggestedName: 'report.xlsx', bytes })

    expect(result).toEqual({
      ok: true,
      value: { savedTo: '/data/out.xlsx', revealToken: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    })
    expect(deps.writeFileAtomic).toHaveBeenCalledWith('/data/out.xlsx', bytes)
  })

  it('writes nothing when the user cancels', async () => {
    const deps = fakeDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) })

    expect(await saveFile(deps, { suggestedName: 'report.xlsx', bytes: new Uint8Array(1) })).toEqual({
      ok: true,
      value: null,
    })
    expect(deps.writeFileAtomic).not.toHaveBeenCalled()
  })
})

describe('showInFolder', () => {
  it('shows a file main saved, found through its token', async () => {
    const deps = fakeDeps()
    const saved = await saveFile(deps, { suggestedName: 'report.xlsx', bytes: new Uint8Array(1) })
    const token = saved.ok && saved.value !== null ? (saved.value.revealToken as string) : ''

    expect(await showInFolder(deps, { token })).toEqual({ ok: true, value: null })
    expect(deps.showItemInFolder).toHaveBeenCalledWith('/data/out.xlsx')
  })

  it('refuses a token main never gave out', async () => {
    const deps = fakeDeps()

    expect(await showInFolder(deps, { token: '00000000-0000-4000-8000-000000000000' })).toEqual({
      ok: false,
      error: { code: 'unknown-file-token' },
    })
    expect(deps.showItemInFolder).not.toHaveBeenCalled()
  })

  it('says when the saved file has since been moved or deleted', async () => {
    const deps = fakeDeps({ fileExists: vi.fn(async () => false) })
    const token = deps.reveal.remember('/data/out.xlsx')

    expect(await showInFolder(deps, { token })).toEqual({ ok: false, error: { code: 'file-missing' } })
  })
})
