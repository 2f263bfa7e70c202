import { useState } from 'react'
import { serialiseFramework } from '@core/formats/framework-file/serialiseFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import { getPlatform } from '../../platform/getPlatform'

export type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved'; readonly file: string }
  | { readonly kind: 'failed'; readonly reason: string }

/** Saves a framework as canonical JSON or as the authoring workbook (exceljs is loaded on demand). */
export function useFrameworkExport(framework: ValidFramework) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' })
  const base = `${framework.id}-${framework.version}`
  const save = async (suggestedName: string, bytes: Uint8Array) => {
    const saved = await getPlatform().saveFile({ suggestedName, bytes })
    if (!saved.ok) setStatus({ kind: 'failed', reason: saved.error.code })
    else if (saved.value !== null) setStatus({ kind: 'saved', file: saved.value.savedTo })
  }
  return {
    status,
    exportJson: () => save(`${base}.json`, new TextEncoder().encode(serialiseFramework(framework))),
    exportWorkbook: async () => {
      const { writeAuthoringWorkbook } = await import('@core/formats/authoring/writeAuthoringWorkbook')
      const written = await writeAuthoringWorkbook(framework)
      if (!written.ok)
        setStatus({ kind: 'failed', reason: written.error.map((issue) => issue.code).join(', ') })
      else await save(`${base}.xlsx`, written.value)
    },
  }
}
