// Test helper: the malformed-payload corpus of reliability §5.7 (IPC-02), generated per channel.
import {
  MAX_BACKUP_CHUNK_BYTES,
  MAX_DROPPED_ITEMS,
  MAX_SAVE_BYTES,
  MAX_STREAMED_BACKUP_BYTES,
  type InvokeMethod,
} from '../../shared/ipc/contract'
import { VALID_REQUESTS } from './fakeDesktopServices'

export type MalformedPayload = { readonly label: string; readonly payload: unknown }

const TEN_MEGABYTES = 'x'.repeat(10 * 1024 * 1024)

function deeplyNested(depth: number): unknown {
  let value: unknown = { leaf: true }
  for (let level = 0; level < depth; level += 1) value = { nested: value }
  return value
}

/** A valid marker with one field removed, then with one field wrong in each way that matters. */
function brokenMarkers(): unknown[] {
  const valid = {
    format: 1,
    databaseName: 'ict-index-workbench',
    identity: '0f8fad5b-d9cb-469f-a165-70867728950e',
    counts: { submissions: 3 },
    lastChangeAt: '2025-03-01T08:00:00.000Z',
  }
  const wrong: Readonly<Record<keyof typeof valid, readonly unknown[]>> = {
    format: [0, 2, '1', null],
    databaseName: ['', 'A', '../x', 'x/y', 'a'.repeat(65), 42],
    identity: ['', 'x'.repeat(101), 7, null],
    counts: [null, [], { '': 1 }, { submissions: 1.5 }, { submissions: '3' }, { submissions: 2 ** 60 }],
    lastChangeAt: ['', 'yesterday', 0, '2025-03-01'],
  }
  const removed = Object.keys(valid).map((field) => {
    const { [field as keyof typeof valid]: _removed, ...rest } = valid
    return rest
  })
  const broken = Object.entries(wrong).flatMap(([field, values]) =>
    values.map((value) => ({ ...valid, [field]: value })),
  )
  const tooManyTables = {
    ...valid,
    counts: Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`t${index}`, 1])),
  }
  return [...removed, ...broken, tooManyTables, { ...valid, extra: true }]
}

/** Values that are wrong wherever a request object (or nothing) is expected. */
const GENERIC: readonly MalformedPayload[] = [
  { label: 'null', payload: null },
  { label: 'zero', payload: 0 },
  { label: 'negative number', payload: -1 },
  { label: 'NaN', payload: Number.NaN },
  { label: 'Infinity', payload: Number.POSITIVE_INFINITY },
  { label: 'huge number', payload: 1e308 },
  { label: 'negative zero', payload: -0 },
  { label: 'bigint', payload: 10n },
  { label: 'true', payload: true },
  { label: 'empty string', payload: '' },
  { label: '10 MB string', payload: TEN_MEGABYTES },
  { label: 'relative path string', payload: '../../etc/passwd' },
  { label: 'absolute path string', payload: '/etc/passwd' },
  { label: 'Windows path string', payload: 'C:\\Windows\\System32\\config\\SAM' },
  { label: 'file URL', payload: 'file:///etc/passwd' },
  { label: 'javascript URL', payload: 'javascript:alert(1)' },
  { label: 'ms-msdt URL', payload: 'ms-msdt:/id PCWDiagnostic' },
  { label: 'empty array', payload: [] },
  { label: 'array of one object', payload: [{}] },
  { label: '1M-element array', payload: new Array(1_000_000).fill(0) },
  { label: 'empty object', payload: {} },
  { label: '10,000-deep object', payload: deeplyNested(10_000) },
  { label: '__proto__ key', payload: JSON.parse('{"__proto__":{"polluted":true}}') },
  { label: 'constructor key', payload: { constructor: { prototype: { polluted: true } } } },
  { label: 'prototype key', payload: { prototype: { polluted: true } } },
  { label: 'byte array', payload: new Uint8Array(8) },
  { label: 'date', payload: new Date(0) },
  { label: 'map', payload: new Map([['purpose', 'workbook']]) },
  { label: 'set', payload: new Set(['workbook']) },
  { label: 'array buffer', payload: new ArrayBuffer(8) },
  { label: 'nested empty arrays', payload: [[[]]] },
  { label: 'the string "undefined"', payload: 'undefined' },
]

const FIELD_VALUES: readonly MalformedPayload[] = [
  { label: 'null', payload: null },
  { label: 'undefined', payload: undefined },
  { label: 'number', payload: 42 },
  { label: 'NaN', payload: Number.NaN },
  { label: 'object', payload: {} },
  { label: 'array', payload: [] },
  { label: 'boolean', payload: true },
  { label: '1 MB string', payload: 'y'.repeat(1_000_000) },
  { label: '__proto__ object', payload: JSON.parse('{"__proto__":{"polluted":true}}') },
]

/** Values wrong for one field but right for others are listed per field. */
const FIELD_SPECIFIC: Readonly<Record<string, readonly unknown[]>> = {
  purpose: [
    'Workbook',
    'workbook ',
    'anything',
    '',
    'evidence\0',
    'backup;rm -rf',
    'constructor',
    '__proto__',
  ],
  multiple: ['true', 1, 0, 'yes'],
  suggestedName: [
    '../../evil.xlsx',
    'a/b.xlsx',
    'C:\\evil.xlsx',
    'evil:stream.xlsx',
    '.',
    '..',
    'con\0.xlsx',
    'tab\there.xlsx',
    `${'x'.repeat(201)}.xlsx`,
    '',
    'what?.xlsx',
  ],
  bytes: ['AAAA', [1, 2, 3], new Uint16Array(2), new ArrayBuffer(2), { 0: 1, length: 1 }],
  uploadId: [
    '',
    '../../etc/passwd',
    '0F8FAD5B-D9CB-469F-A165-70867728950E',
    '0f8fad5b-d9cb-469f-a165-70867728950e/..',
    '0f8fad5b-d9cb-469f-a165-70867728950e.part',
    '/home/u/backups/upload-0f8fad5b.part',
    'x'.repeat(36),
    '0f8fad5b-d9cb-469f-a165-70867728950e\0',
    1,
    null,
  ],
  chunk: ['AAAA', [1, 2, 3], new Uint16Array(2), new ArrayBuffer(2), { 0: 1, length: 1 }],
  offset: [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '0', null],
  length: [-1, 1.5, Number.NaN, '1024', null],
  token: [
    '',
    '../../etc/passwd',
    '0F8FAD5B-D9CB-469F-A165-70867728950E',
    '0f8fad5b-d9cb-469f-a165-70867728950e/..',
    '/home/u/SNV.xlsx',
    'x'.repeat(36),
  ],
  paths: [
    [],
    ['a\0b'],
    [''],
    ['x'.repeat(5000)],
    [42],
    [null],
    Array.from({ length: MAX_DROPPED_ITEMS + 1 }, (_, index) => `/tmp/${index}.xlsx`),
    '/etc/passwd',
    [JSON.parse('{"__proto__":1}')],
  ],
  reason: ['hourly', 'Scheduled', '', 'quit ', 'before-restore\0'],
  contentHash: ['C'.repeat(64), 'c'.repeat(63), 'g'.repeat(64), 'c'.repeat(65), ''],
  recordCount: [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', 2 ** 60],
  schemaVersion: [0, -1, 1.5, Number.NaN, '1', 1e9],
  databaseName: ['../../etc/passwd', 'ict-index-workbench/x', 'ICT', '', 'a'.repeat(65), 'db\0'],
  marker: [
    ...brokenMarkers(),
    [],
    { format: 2 },
    JSON.parse('{"__proto__":{"polluted":true}}'),
    {
      format: 1,
      databaseName: '../profile',
      identity: 'x',
      counts: {},
      lastChangeAt: '2025-03-01T08:00:00.000Z',
    },
    {
      format: 1,
      databaseName: 'ict-index-workbench',
      identity: 'x',
      counts: { submissions: -1 },
      lastChangeAt: '2025-03-01T08:00:00.000Z',
    },
    {
      format: 1,
      databaseName: 'ict-index-workbench',
      identity: 'x',
      counts: JSON.parse('{"__proto__":1}'),
      lastChangeAt: 'yesterday',
    },
  ],
  id: [
    '../../etc/passwd',
    '20250301T080000000Z-A1B2C3',
    '20250301T080000000Z-a1b2c3.json',
    'x',
    '',
    '20250301T080000000Z-a1b2c3\0',
  ],
}

/**
 * At least 50 malformed payloads for a method: generic hostile values, then for each field of a
 * valid request the field removed, replaced by wrong types and by field-specific tricks, plus
 * extra and polluting keys. Methods that take no request get every generic value and every other
 * method's valid request.
 *
 * @example
 *   malformedPayloadsFor('saveFile').length // => 80 or so
 */
export function malformedPayloadsFor(method: InvokeMethod): MalformedPayload[] {
  const valid = VALID_REQUESTS[method]
  if (valid === undefined) {
    const others = Object.entries(VALID_REQUESTS)
      .filter(([, request]) => request !== undefined)
      .map(([name, request]) => ({ label: `the ${name} request`, payload: request }))
    const wrapped = GENERIC.map(({ label, payload }) => ({ label: `[${label}]`, payload: [payload] }))
    return [...GENERIC, ...others, ...wrapped]
  }
  const request = valid as Record<string, unknown>
  const payloads: MalformedPayload[] = GENERIC.filter(({ payload }) => !isSameShape(payload, request))
  for (const field of Object.keys(request)) {
    const { [field]: _removed, ...rest } = request
    payloads.push({ label: `${field} missing`, payload: rest })
    for (const { label, payload } of FIELD_VALUES) {
      if (typeof payload !== typeof request[field])
        payloads.push({ label: `${field} = ${label}`, payload: { ...request, [field]: payload } })
    }
    for (const payload of [...(FIELD_SPECIFIC[field] ?? []), ...methodSpecific(method, field)])
      payloads.push({ label: `${field} = ${describe(payload)}`, payload: { ...request, [field]: payload } })
  }
  payloads.push(
    { label: 'extra path key', payload: { ...request, path: '/etc/passwd' } },
    {
      label: 'extra __proto__ key',
      payload: Object.assign(JSON.parse('{"__proto__":{"polluted":true}}'), request),
    },
    {
      label: 'extra constructor key',
      payload: { ...request, constructor: { prototype: { polluted: true } } },
    },
    { label: 'request inside an array', payload: [request] },
    { label: 'request as JSON text', payload: JSON.stringify(request) },
  )
  return payloads
}

/** Bounds that differ per method: one byte over the limit (the buffer is never touched, so costs no memory). */
function methodSpecific(method: InvokeMethod, field: string): unknown[] {
  if (method === 'appendBackup' && field === 'chunk')
    return [new Uint8Array(new ArrayBuffer(MAX_BACKUP_CHUNK_BYTES + 1)), new Uint8Array(0)]
  if ((method === 'readBackupChunk' || method === 'readPickedFileChunk') && field === 'length')
    return [0, MAX_BACKUP_CHUNK_BYTES + 1]
  if ((method === 'readBackupChunk' || method === 'readPickedFileChunk') && field === 'offset')
    return [MAX_STREAMED_BACKUP_BYTES + 1]
  if (field !== 'bytes') return []
  return [new Uint8Array(new ArrayBuffer(MAX_SAVE_BYTES + 1))]
}

function isSameShape(payload: unknown, request: Record<string, unknown>): boolean {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    Object.keys(payload).join() === Object.keys(request).join() &&
    Object.keys(request).length > 0
  )
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.byteLength})`
  if (Array.isArray(value)) return `array(${value.length})`
  return String(value)
}
