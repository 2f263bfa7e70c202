import type { z } from 'zod'
import { err, type Result } from '@core/result'
import type { DesktopError } from '../../shared/ipc/contract'

/** What an IPC handler reads of Electron's IpcMainInvokeEvent (`senderFrame` may be null). */
export type InvokeEventLike = {
  readonly senderFrame?: {
    readonly url?: string
    /** True once the frame navigated away or was destroyed (electron#43473). */
    readonly detached?: boolean
    /** Non-null for a subframe; the app has no iframes, so any subframe is foreign. */
    readonly parent?: unknown
  } | null
}

export type WrappedHandler<Reply> = (
  event: InvokeEventLike,
  raw?: unknown,
) => Promise<Reply | Result<never, DesktopError>>

/** Every listener `createHandler` made: tests check that each registered channel is one of them. */
const wrappedHandlers = new WeakSet<object>()

/** True when `listener` came out of `createHandler` (so it checks sender and payload first). */
export function isWrappedHandler(listener: unknown): boolean {
  return typeof listener === 'function' && wrappedHandlers.has(listener)
}

/**
 * Wraps one renderer → main method: the sender must be the app's own top-level, attached frame,
 * the request must parse with its schema, and an unexpected exception becomes an `io-failed`
 * value instead of an Error that Electron would strip to its message.
 *
 * @example
 *   ipcMain.handle('desktop:saveFile', createHandler(requestSchemas.saveFile, save, isTrusted))
 */
export function createHandler<Request, Reply extends Result<unknown, DesktopError>>(
  schema: z.ZodType<Request>,
  implementation: (request: Request) => Promise<Reply>,
  isTrustedSender: (url: string | undefined) => boolean,
): WrappedHandler<Reply> {
  const handler: WrappedHandler<Reply> = async (event, raw) => {
    if (!isTrustedFrame(event, isTrustedSender)) return err({ code: 'untrusted-sender' })
    if (hasPollutingKey(raw)) return err({ code: 'invalid-request', issues: ['forbidden key'] })
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      return err({ code: 'invalid-request', issues: parsed.error.issues.slice(0, 20).map(describeIssue) })
    }
    try {
      return await implementation(parsed.data)
    } catch (error) {
      return err({
        code: 'io-failed',
        message: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      })
    }
  }
  wrappedHandlers.add(handler)
  return handler
}

function isTrustedFrame(
  event: InvokeEventLike,
  isTrustedSender: (url: string | undefined) => boolean,
): boolean {
  try {
    const frame = event?.senderFrame
    if (frame === null || frame === undefined) return false
    if (frame.detached === true) return false
    if (frame.parent !== null && frame.parent !== undefined) return false
    return isTrustedSender(frame.url)
  } catch {
    // Reading a disposed WebFrameMain throws; such a sender is gone and not trusted.
    return false
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((segment) => (typeof segment === 'symbol' ? 'symbol' : String(segment)))
    .join('.')
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
