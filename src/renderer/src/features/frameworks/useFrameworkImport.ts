import { useState } from 'react'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Result } from '@core/result'
import type { DesktopError, PickedFile } from '../../../../shared/ipc/contract'
import { getPlatform } from '../../platform/getPlatform'

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'imported'; readonly framework: ValidFramework }
  | {
      readonly kind: 'failed'
      readonly fileName: string
      readonly issues: readonly ({ readonly code: string } & Readonly<Record<string, unknown>>)[]
    }

/**
 * Picks a framework file (JSON, authoring workbook or iMeta table), reads and validates it in
 * core, and stores it only when it is valid: a failed import changes nothing.
 */
export function useFrameworkImport(save: (framework: ValidFramework) => Promise<void>) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' })
  // `source`: the file chooser by default, or the files of a drop (droppedFiles).
  const start = async (
    source: Promise<Result<readonly PickedFile[] | null, DesktopError>> = getPlatform().openFiles({
      purpose: 'framework',
      multiple: false,
    }),
  ) => {
    const picked = await source
    if (!picked.ok) return setState({ kind: 'failed', fileName: '', issues: [picked.error] })
    const file = picked.value?.[0]
    if (file === undefined) return setState({ kind: 'cancelled' })
    setState({ kind: 'reading', fileName: file.fileName })
    const { readFrameworkFile } = await import('@core/formats/framework-file/readFrameworkFile')
    const read = await readFrameworkFile(file.fileName, file.bytes, { year: new Date().getFullYear() })
    if (!read.ok) return setState({ kind: 'failed', fileName: file.fileName, issues: read.error })
    await save(read.value)
    setState({ kind: 'imported', framework: read.value })
  }
  return { state, start }
}
