/** The local-storage key of the parse diagnostics (support staff and the end-to-end tests only). */
export const PARSE_DIAGNOSTICS_KEY = 'ictwb.diagnostics.parse'

/**
 * Settings for checking the bulk import's safety nets without a poison file: a shorter time limit
 * per file, and the name of a file whose parse worker then spins forever (only `terminate()` ends
 * it), as a pathological workbook would. Read from local storage, like the diagnostic crash
 * (`ictwb.diagnostics`); absent, the import runs with its normal limits and no file hangs.
 */
export type ParseDiagnostics = { readonly timeoutMs?: number; readonly hangOn?: string }

/**
 * Reads `ictwb.diagnostics.parse` (JSON `{"timeoutMs": 1500, "hangOn": "poison.xlsx"}`); anything
 * missing, unreadable or out of range (a time limit outside 100 ms – 10 min) is ignored.
 *
 * @example
 *   readParseDiagnostics(window.localStorage) // => { timeoutMs: 1500 }
 */
export function readParseDiagnostics(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): ParseDiagnostics {
  let value: unknown
  try {
    const text = storage?.getItem(PARSE_DIAGNOSTICS_KEY) ?? null
    if (text === null) return {}
    value = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof value !== 'object' || value === null) return {}
  const { timeoutMs, hangOn } = value as { timeoutMs?: unknown; hangOn?: unknown }
  return {
    ...(typeof timeoutMs === 'number' &&
    Number.isInteger(timeoutMs) &&
    timeoutMs >= 100 &&
    timeoutMs <= 600_000
      ? { timeoutMs }
      : {}),
    ...(typeof hangOn === 'string' && hangOn !== '' ? { hangOn } : {}),
  }
}

/** What a parse worker is told of the diagnostics, with its `configure` message. */
export type ParseWorkerDiagnostics = { readonly hangOn: string }

/**
 * Whether a file is the one the diagnostics make hang: its name, or a path ending with it.
 *
 * @example
 *   isHangingFile('lot-2/poison.xlsx', 'poison.xlsx') // => true
 */
export function isHangingFile(fileName: string, hangOn: string): boolean {
  return fileName === hangOn || fileName.endsWith(`/${hangOn}`) || fileName.endsWith(`\\${hangOn}`)
}
