import type { z } from 'zod'
import { err, type Result } from '../../core/result'
import type { DesktopError } from '../../shared/ipc/contract'

/** What an IPC handler reads of Electron's IpcMainInvokeEvent. */
export type InvokeEventLike = { readonly senderFrame?: { readonly url?: string } | null }

/**
 * Wraps one renderer → main method: the sender frame must be the app's own page, the request must
 * parse with its schema, and an unexpected exception becomes an `io-failed` value instead of an
 * Error that Electron would strip to its message.
 *
 * @example
 *   ipcMain.handle('desktop:saveFile', createHandler(requestSchemas.saveFile, save, isTrusted))
 */
export function createHandler<Request, Response>(
  schema: z.ZodType<Request>,
  implementation: (request: Request) => Promise<Result<Response, DesktopError>>,
  isTrustedSender: (url: string | undefined) => boolean,
): (event: InvokeEventLike, raw?: unknown) => Promise<Result<Response, DesktopError>> {
  return async (event, raw) => {
    if (!isTrustedSender(event.senderFrame?.url)) return err({ code: 'untrusted-sender' })
    if (hasPollutingKey(raw)) return err({ code: 'invalid-request', issues: ['forbidden key'] })
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      return err({ code: 'invalid-request', issues: parsed.error.issues.slice(0, 20).map(describeIssue) })
    }
    try {
      return await implementation(parsed.data)
    } catch (error) {
      return err({ code: 'io-failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.')
  return `${path === '' ? '(request)' : path}: ${issue.message}`.slice(0, 300)
}

function hasPollutingKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 8 || ArrayBuffer.isView(value)) return false
  for (const key of Object.getOwnPropertyNames(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true
    if (hasPollutingKey((value as Record<string, unknown>)[key], depth + 1)) return true
  }
  return false
}
