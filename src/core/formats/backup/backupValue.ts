import { err, ok, type Result } from '@core/result'
import { base64ToBytes, bytesToBase64 } from './base64'

/**
 * Turns what IndexedDB stores (structured-clone values) into plain JSON and back, so a backup is
 * readable UTF-8 JSON with no loss: byte arrays, dates, `undefined`, `NaN`/`±Infinity`/`-0` and
 * bigints travel as tagged objects `{ "__ictwb": kind, ... }`; a stored object that itself has an
 * `__ictwb` key is wrapped so it cannot be mistaken for a tag.
 */
export const VALUE_TAG = '__ictwb'

/**
 * Backup format 2 (`backupStream.ts`) keeps large byte arrays out of the JSON: `externalise` may
 * return a reference (`{ __ictwb: 'blob', n, as }`) for bytes written as a separate raw entry, and
 * `resolve` gives those bytes back by number when reading (`null`/`undefined`: not found).
 */
export type BlobHooks = {
  readonly externalise: (bytes: Uint8Array, kind: 'u8' | 'arraybuffer') => unknown
  readonly resolve: (index: number) => Uint8Array | null | undefined
}

export type UnsupportedValue = {
  readonly code: 'unsupported-value'
  readonly path: string
  readonly kind: string
}

/**
 * @example
 *   toJsonValue({ bytes: new Uint8Array([1]) }) // => ok({ bytes: { __ictwb: 'u8', b64: 'AQ==' } })
 */
export function toJsonValue(
  value: unknown,
  path = '$',
  blobs?: BlobHooks['externalise'],
): Result<unknown, UnsupportedValue> {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return ok(value)
  if (value === undefined) return ok({ [VALUE_TAG]: 'undefined' })
  if (typeof value === 'number') {
    if (Number.isFinite(value) && !Object.is(value, -0)) return ok(value)
    return ok({ [VALUE_TAG]: 'number', value: Object.is(value, -0) ? '-0' : String(value) })
  }
  if (typeof value === 'bigint') return ok({ [VALUE_TAG]: 'bigint', value: value.toString() })
  if (value instanceof Uint8Array) {
    const ref = blobs?.(value, 'u8')
    return ok(ref ?? { [VALUE_TAG]: 'u8', b64: bytesToBase64(value) })
  }
  if (value instanceof ArrayBuffer) {
    const ref = blobs?.(new Uint8Array(value), 'arraybuffer')
    return ok(ref ?? { [VALUE_TAG]: 'arraybuffer', b64: bytesToBase64(new Uint8Array(value)) })
  }
  if (value instanceof Date) return ok({ [VALUE_TAG]: 'date', ms: String(value.getTime()) })
  if (Array.isArray(value)) return arrayToJson(value, path, blobs)
  if (typeof value === 'object' && isPlainObject(value))
    return objectToJson(value as Record<string, unknown>, path, blobs)
  return err({ code: 'unsupported-value', path, kind: describeKind(value) })
}

function arrayToJson(
  value: readonly unknown[],
  path: string,
  blobs: BlobHooks['externalise'] | undefined,
): Result<unknown, UnsupportedValue> {
  const out: unknown[] = []
  for (let index = 0; index < value.length; index += 1) {
    const item = toJsonValue(value[index], `${path}[${index}]`, blobs)
    if (!item.ok) return item
    out.push(item.value)
  }
  return ok(out)
}

function objectToJson(
  value: Record<string, unknown>,
  path: string,
  blobs: BlobHooks['externalise'] | undefined,
): Result<unknown, UnsupportedValue> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const item = toJsonValue(value[key], `${path}.${key}`, blobs)
    if (!item.ok) return item
    defineField(out, key, item.value)
  }
  return ok(Object.hasOwn(value, VALUE_TAG) ? { [VALUE_TAG]: 'object', value: out } : out)
}

/**
 * The inverse of `toJsonValue`. Keys are defined as own properties, so a `__proto__` key in a
 * hostile file stays a plain field and never changes a prototype.
 *
 * @example
 *   fromJsonValue({ __ictwb: 'date', ms: '0' }) // => ok(new Date(0))
 */
export function fromJsonValue(
  value: unknown,
  path = '$',
  blobs?: BlobHooks['resolve'],
): Result<unknown, UnsupportedValue> {
  if (value === null || typeof value !== 'object') return ok(value)
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (let index = 0; index < value.length; index += 1) {
      const item = fromJsonValue(value[index], `${path}[${index}]`, blobs)
      if (!item.ok) return item
      out.push(item.value)
    }
    return ok(out)
  }
  const record = value as Record<string, unknown>
  if (Object.hasOwn(record, VALUE_TAG)) return fromTagged(record, path, blobs)
  return objectFromJson(record, path, blobs)
}

function objectFromJson(
  record: Record<string, unknown>,
  path: string,
  blobs: BlobHooks['resolve'] | undefined,
): Result<unknown, UnsupportedValue> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(record)) {
    const item = fromJsonValue(record[key], `${path}.${key}`, blobs)
    if (!item.ok) return item
    defineField(out, key, item.value)
  }
  return ok(out)
}

function fromTagged(
  record: Record<string, unknown>,
  path: string,
  blobs: BlobHooks['resolve'] | undefined,
): Result<unknown, UnsupportedValue> {
  const kind = record[VALUE_TAG]
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null)
  switch (kind) {
    case 'undefined':
      return ok(undefined)
    case 'number': {
      const special: Record<string, number> = {
        NaN: Number.NaN,
        Infinity: Number.POSITIVE_INFINITY,
        '-Infinity': Number.NEGATIVE_INFINITY,
        '-0': -0,
      }
      const found = special[text('value') ?? '']
      return found === undefined ? err({ code: 'unsupported-value', path, kind: 'number' }) : ok(found)
    }
    case 'bigint':
      return /^-?\d{1,400}$/.test(text('value') ?? '')
        ? ok(BigInt(text('value') as string))
        : err({ code: 'unsupported-value', path, kind: 'bigint' })
    case 'u8':
    case 'arraybuffer': {
      const bytes = base64ToBytes(text('b64') ?? '\0')
      if (bytes === null) return err({ code: 'unsupported-value', path, kind: String(kind) })
      return ok(
        kind === 'u8' ? bytes : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      )
    }
    case 'date':
      return /^-?\d{1,16}$|^NaN$/.test(text('ms') ?? '')
        ? ok(new Date(Number(text('ms'))))
        : err({ code: 'unsupported-value', path, kind: 'date' })
    case 'object': {
      const inner = record['value']
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner))
        return err({ code: 'unsupported-value', path, kind: 'object' })
      return objectFromJson(inner as Record<string, unknown>, path, blobs)
    }
    case 'blob': {
      const index = record['n']
      const as = record['as']
      const bytes = typeof index === 'number' ? blobs?.(index) : undefined
      if (bytes === undefined || bytes === null || (as !== 'u8' && as !== 'arraybuffer'))
        return err({ code: 'unsupported-value', path, kind: 'blob' })
      return ok(
        as === 'u8' ? bytes : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      )
    }
    default:
      return err({ code: 'unsupported-value', path, kind: String(kind).slice(0, 40) })
  }
}

function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function describeKind(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value
  return Object.prototype.toString.call(value).slice(8, -1)
}
