import { describe, expect, it, vi } from 'vitest'
import { createRevealRegistry } from './revealRegistry'
import { printToPdf, type PdfOptions, type PrintToPdfDeps } from './printToPdf'

const PDF = new TextEncoder().encode('%PDF-1.7 fake')

function deps(chosen: { canceled: boolean; filePath?: string }) {
  const written: [string, Uint8Array][] = []
  const stubbed = {
    showSaveDialog: vi.fn(async (_options: Parameters<PrintToPdfDeps['showSaveDialog']>[0]) => chosen),
    // what webContents.printToPDF would return: a Buffer of the PDF
    printToPDF: vi.fn(async (_options: PdfOptions) => PDF),
    writeFileAtomic: vi.fn(async (path: string, bytes: Uint8Array) => {
      written.push([path, bytes])
    }),
    reveal: createRevealRegistry(),
  } satisfies PrintToPdfDeps
  return { stubbed, written }
}

describe('printToPdf (main)', () => {
  it('asks where to save, prints the page on A4 in the asked orientation and writes the PDF there', async () => {
    const { stubbed, written } = deps({ canceled: false, filePath: '/home/u/xep-hang-2025.pdf' })

    const saved = await printToPdf(stubbed, { suggestedName: 'xep-hang-2025.pdf', landscape: true })

    expect(stubbed.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'xep-hang-2025.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    expect(stubbed.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: false,
      generateDocumentOutline: false,
    })
    expect(written).toEqual([['/home/u/xep-hang-2025.pdf', PDF]])
    expect(saved.ok && saved.value?.savedTo).toBe('/home/u/xep-hang-2025.pdf')
    expect(saved.ok && stubbed.reveal.pathFor(saved.value?.revealToken ?? '')).toBe(
      '/home/u/xep-hang-2025.pdf',
    )
  })

  it('adds .pdf to a suggested name without it and prints portrait when asked', async () => {
    const { stubbed } = deps({ canceled: false, filePath: '/tmp/giai-trinh.pdf' })

    await printToPdf(stubbed, { suggestedName: 'giai-trinh-SNV', landscape: false })

    expect(stubbed.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'giai-trinh-SNV.pdf' })
    expect(stubbed.printToPDF.mock.calls[0]?.[0]).toMatchObject({ landscape: false })
  })

  it('prints and writes nothing when the dialog is cancelled', async () => {
    const { stubbed } = deps({ canceled: true })

    expect(await printToPdf(stubbed, { suggestedName: 'a.pdf', landscape: false })).toEqual({
      ok: true,
      value: null,
    })
    expect(stubbed.printToPDF).not.toHaveBeenCalled()
    expect(stubbed.writeFileAtomic).not.toHaveBeenCalled()
  })

  it('lets a failed print reach the handler, which turns it into an io-failed value', async () => {
    const { stubbed } = deps({ canceled: false, filePath: '/tmp/a.pdf' })
    stubbed.printToPDF.mockRejectedValueOnce(new Error('No window to print'))

    await expect(printToPdf(stubbed, { suggestedName: 'a.pdf', landscape: false })).rejects.toThrow(
      'No window to print',
    )
    expect(stubbed.writeFileAtomic).not.toHaveBeenCalled()
  })
})
