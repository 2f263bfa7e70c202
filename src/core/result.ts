/**
 * The outcome of an operation that can fail for an expected reason.
 *
 * Why: expected failures (bad input, a missing file) are values that survive IPC, can be stored
 * and asserted with `toEqual`; only bugs throw (house style B5).
 *
 * @example
 *   const parsed: Result<number, { code: 'not-a-number' }> = Number.isFinite(x) ? ok(x) : err({ code: 'not-a-number' })
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

/** Wraps a successful value. @example ok(3) // => { ok: true, value: 3 } */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value })

/** Wraps an expected failure. @example err({ code: 'missing' }) // => { ok: false, error: { code: 'missing' } } */
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error })

/**
 * Marks a branch that the type system proves unreachable; reaching it at run time is a bug.
 *
 * @example
 *   switch (kind) { case 'a': return 1; default: return assertNever(kind) }
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`)
}
