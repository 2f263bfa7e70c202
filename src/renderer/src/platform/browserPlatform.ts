import { err, ok } from '../../../core/result'
import { FILE_LIMITS, MAX_FILES_PER_PICK, type FilePurpose, type PickedFile } from '../../../shared/ipc/contract'
import type { Platform } from './platform'

type DirectoryHandle = { values(): AsyncIterable<{ kind: 'file' | 'directory'; name: string; getFile(): Promise<File> }> }
type WindowWithPicker = Window & { showDirectoryPicker?: (options?: { mode: 'read' }) => Promise<DirectoryHandle> }

/** The platform in the browser edition: file input, downloads, and the folder picker where the browser has one. */
export function createBrowserPlatform(version: string): Platform {
  const pickerWindow = window as WindowWithPicker
  return {
    runtime: 'browser',
    getAppInfo: () =>
      Promise.resolve(
        ok({ productName: 'ICT Index Workbench', version, runtime: 'browser', electron: null, chrome: null, node: null, platform: navigator.platform }),
      ),
    openFiles: async (request) => {
      const files = await chooseWithInput(request.purpose, request.multiple)
      if (files === null) return ok(null)
      return readPicked(files, request.purpose)
    },
    saveFile: (request) => {
      const url = URL.createObjectURL(new Blob([request.bytes as Uint8Array<ArrayBuffer>]))
      const anchor = Object.assign(document.createElement('a'), { href: url, download: request.suggestedName })
      anchor.click()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      return Promise.resolve(ok({ savedTo: request.suggestedName }))
    },
    pickFolder: pickerWindow.showDirectoryPicker
      ? async (purpose) => {
          let directory: DirectoryHandle
          try {
            directory = await (pickerWindow.showDirectoryPicker as NonNullable<WindowWithPicker['showDirectoryPicker']>)({ mode: 'read' })
          } catch {
            return ok(null)
          }
          const files: File[] = []
          for await (const entry of directory.values()) {
            if (entry.kind === 'file' && hasAllowedExtension(entry.name, purpose)) files.push(await entry.getFile())
          }
          return readPicked(files, purpose)
        }
      : null,
  }
}

function hasAllowedExtension(name: string, purpose: FilePurpose): boolean {
  const extension = name.split('.').pop()?.toLowerCase() ?? ''
  return FILE_LIMITS[purpose].extensions.includes(extension)
}

async function readPicked(files: readonly File[], purpose: FilePurpose) {
  if (files.length > MAX_FILES_PER_PICK) return err({ code: 'too-many-files' as const, maxFiles: MAX_FILES_PER_PICK })
  const maxBytes = FILE_LIMITS[purpose].maxBytes
  const oversized = files.find((file) => file.size > maxBytes)
  if (oversized) return err({ code: 'file-too-large' as const, fileName: oversized.name, maxBytes })
  const picked: PickedFile[] = []
  for (const file of files) picked.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  return ok(picked)
}

function chooseWithInput(purpose: FilePurpose, multiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      multiple,
      accept: FILE_LIMITS[purpose].extensions.map((extension) => `.${extension}`).join(','),
    })
    input.addEventListener('change', () => resolve(input.files ? [...input.files] : null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}
