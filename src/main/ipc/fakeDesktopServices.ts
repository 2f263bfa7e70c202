// Test helper (not bundled: nothing in index.ts imports it): a recording DesktopServices.
import { vi } from 'vitest'
import { ok } from '@core/result'
import type { BackupEntry, InvokeMethod } from '../../shared/ipc/contract'
import type { InvokeEventLike } from './createHandler'
import { registerHandlers, type DesktopServices } from './registerHandlers'

export type Listener = (event: InvokeEventLike, raw?: unknown) => Promise<unknown>

export const TRUSTED_EVENT: InvokeEventLike = {
  senderFrame: { url: 'app://workbench/index.html', detached: false, parent: null },
}

export const anEntry: BackupEntry = {
  id: '20250301T080000000Z-a1b2c3',
  createdAt: '2025-03-01T08:00:00.000Z',
  reason: 'manual',
  bytes: 10,
  sha256: 'a'.repeat(64),
  contentHash: 'b'.repeat(64),
  recordCount: 1,
  schemaVersion: 1,
  verified: true,
  revealToken: null,
}

/** Every service as a spy that succeeds; `calls()` counts what reached a service. */
export function fakeDesktopServices() {
  const services = {
    getAppInfo: vi.fn(async () =>
      ok({
        productName: 'ICT Index Workbench',
        version: '1',
        runtime: 'desktop' as const,
        electron: '45',
        chrome: '156',
        node: '24',
        platform: 'win32',
      }),
    ),
    openFiles: vi.fn(async () => ok(null)),
    pickFolder: vi.fn(async () => ok(null)),
    readDroppedFiles: vi.fn(async () => ok({ files: [], skipped: [] })),
    saveFile: vi.fn(async () => ok({ savedTo: '/tmp/x.xlsx', revealToken: null })),
    showInFolder: vi.fn(async () => ok(null)),
    printToPdf: vi.fn(async () => ok({ savedTo: '/tmp/x.pdf', revealToken: null })),
    listBackups: vi.fn(async () => ok([])),
    beginBackup: vi.fn(async () => ok({ uploadId: '0f8fad5b-d9cb-469f-a165-70867728950e' })),
    appendBackup: vi.fn(async () => ok({ bytes: 1 })),
    finishBackup: vi.fn(async () => ok({ status: 'written' as const, entry: anEntry })),
    abortBackup: vi.fn(async () => ok(null)),
    readBackupChunk: vi.fn(async () => ok({ bytes: new Uint8Array(1), total: 1 })),
    readPickedFileChunk: vi.fn(async () => ok({ bytes: new Uint8Array(1), total: 1 })),
    readDatabaseMarker: vi.fn(async () => ok(null)),
    writeDatabaseMarker: vi.fn(async () => ok(null)),
  } satisfies DesktopServices
  const calls = () => Object.values(services).reduce((total, service) => total + service.mock.calls.length, 0)
  return { services, calls }
}

/** Registers the handlers on a fake ipcMain and returns a way to invoke them. */
export function registeredWithFakes(services: DesktopServices = fakeDesktopServices().services) {
  const handlers = new Map<string, Listener>()
  registerHandlers(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    services,
    (url) => url === 'app://workbench/index.html',
  )
  const invoke = (channel: string, raw?: unknown, event: InvokeEventLike = TRUSTED_EVENT) => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler(event, raw)
  }
  return { handlers, invoke }
}

/** One well-formed request per method (what the preload would send). */
export const VALID_REQUESTS: Readonly<Record<InvokeMethod, unknown>> = {
  getAppInfo: undefined,
  openFiles: { purpose: 'workbook', multiple: false },
  pickFolder: { purpose: 'workbook' },
  readDroppedFiles: { purpose: 'workbook', paths: ['/home/u/SYT.xlsx'] },
  saveFile: { suggestedName: 'SNV-2025.xlsx', bytes: new Uint8Array([1, 2, 3]) },
  showInFolder: { token: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  printToPdf: { suggestedName: 'xep-hang-2025.pdf', landscape: true },
  listBackups: undefined,
  beginBackup: { reason: 'manual' },
  appendBackup: { uploadId: '0f8fad5b-d9cb-469f-a165-70867728950e', chunk: new Uint8Array([1]) },
  finishBackup: {
    uploadId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    contentHash: 'c'.repeat(64),
    recordCount: 3,
    schemaVersion: 1,
  },
  abortBackup: { uploadId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  readBackupChunk: { id: '20250301T080000000Z-a1b2c3', offset: 0, length: 1024 },
  readPickedFileChunk: { token: '0f8fad5b-d9cb-469f-a165-70867728950e', offset: 0, length: 1024 },
  readDatabaseMarker: { databaseName: 'ict-index-workbench' },
  writeDatabaseMarker: {
    marker: {
      format: 1,
      databaseName: 'ict-index-workbench',
      identity: '0f8fad5b-d9cb-469f-a165-70867728950e',
      counts: { submissions: 3, auditLog: 12 },
      lastChangeAt: '2025-03-01T08:00:00.000Z',
    },
  },
}
