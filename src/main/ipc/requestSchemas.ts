import { z } from 'zod'
import { MAX_SAVE_BYTES } from '../../shared/ipc/contract'

/**
 * zod schemas for every request the renderer can send. Strict objects: extra keys (including
 * `__proto__` smuggled through structured clone) are rejected, strings are bounded.
 */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((character) => character.charCodeAt(0) < 32), {
    message: 'file name contains a forbidden character',
  })
  .refine((name) => name !== '.' && name !== '..', { message: 'file name is a path segment' })

const bytes = z
  .instanceof(Uint8Array)
  .refine((value) => value.byteLength <= MAX_SAVE_BYTES, { message: `more than ${MAX_SAVE_BYTES} bytes` })

export const requestSchemas = {
  getAppInfo: z.undefined(),
  openFiles: z.strictObject({
    purpose: z.enum(['workbook', 'framework', 'unit-list', 'evidence']),
    multiple: z.boolean(),
  }),
  saveFile: z.strictObject({ suggestedName: fileName, bytes }),
} as const
