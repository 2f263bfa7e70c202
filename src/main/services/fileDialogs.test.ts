import { describe, expect, it, vi } from 'vitest'
import { FILE_LIMITS } from '../../shared/ipc/contract'
import { openFiles, saveFile, type FileDialogDeps } from './fileDialogs'

function fakeDeps(overrides: Partial<FileDialogDeps> = {}): FileDialogDeps {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/data/SNV-2025.xlsx'] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/data/out.xlsx' })),
    fileSize: vi.fn(async () => 1000),
    readFile: vi.fn(async () => new Uint8Array([80, 75])),
    writeFileAtomic: vi.fn(async () => {}),
    ...overrides,
  }
}

describe('openFiles', () => {
  it('reads the picked file and names it without its folder', async () => {
    const result = await openFiles(fakeDeps(), { purpose: 'workbook', multiple: false })

    expect(result).toEqual({ ok: true, value: [{ fileName: 'SNV-2025.xlsx', bytes: new Uint8Array([80, 75]) }] })
  })

  it('returns null when the user cancels', async () => {
    const deps = fakeDeps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) })

    expect(await openFiles(deps, { purpose: 'workbook', multiple: true })).toEqual({ ok: true, value: null })
  })

  it('refuses a file above the limit before reading it', async () => {
    const deps = fakeDeps({ fileSize: vi.fn(async () => FILE_LIMITS.workbook.maxBytes + 1) })

    const result = await openFiles(deps, { purpose: 'workbook', multiple: false })

    expect(result).toEqual({ ok: false, error: { code: 'file-too-large', fileName: 'SNV-2025.xlsx', maxBytes: FILE_LIMITS.workbook.maxBytes } })
    expect(deps.readFile).not.toHaveBeenCalled()
  })
})

describe('saveFile', () => {
  it('writes atomically to the path the user chose', async () => {
    const deps = fakeDeps()
    const bytes = new Uint8Array([1])

    const result = await saveFile(deps, { suggestedName: 'report.xlsx', bytes })

    expect(result).toEqual({ ok: true, value: { savedTo: '/data/out.xlsx' } })
    expect(deps.writeFileAtomic).toHaveBeenCalledWith('/data/out.xlsx', bytes)
  })

  it('writes nothing when the user cancels', async () => {
    const deps = fakeDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) })

    expect(await saveFile(deps, { suggestedName: 'report.xlsx', bytes: new Uint8Array(1) })).toEqual({ ok: true, value: null })
    expect(deps.writeFileAtomic).not.toHaveBeenCalled()
  })
})
