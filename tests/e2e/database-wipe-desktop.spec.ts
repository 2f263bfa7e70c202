import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openDtiQuestionnaire } from './pages/openDtiQuestionnaire'

// The desktop edition's side of the wipe detection, in Chromium (Electron cannot run here): a
// stand-in `window.desktop` bridge keeps the backups folder and the marker file in a localStorage
// key of its own (the "profile folder"), so they survive a reload and an IndexedDB wipe like the
// real files do. The app then offers the newest automatic backup that still holds the data.

/** Installed before the app's scripts on every load; implements the bridge methods the app calls. */
function installFakeBridge() {
  const KEY = 'test.fakeProfileFolder'
  type Folder = {
    backups: { entry: Record<string, unknown>; base64: string }[]
    markers: Record<string, unknown>
  }
  const load = (): Folder => JSON.parse(localStorage.getItem(KEY) ?? '{"backups":[],"markers":{}}') as Folder
  const save = (folder: Folder) => localStorage.setItem(KEY, JSON.stringify(folder))
  const toBase64 = (bytes: Uint8Array) =>
    btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))
  const fromBase64 = (text: string) => Uint8Array.from(atob(text), (character) => character.charCodeAt(0))
  const done = <T>(value: T) => Promise.resolve({ ok: true, value })
  let clock = Date.parse('2026-12-07T06:00:00.000Z')
  const uploads = new Map<string, { reason: string; parts: Uint8Array[] }>()
  Object.defineProperty(window, 'desktop', {
    value: {
      getAppInfo: () =>
        done({
          productName: 'ICT Index Workbench',
          version: 'test',
          runtime: 'desktop',
          electron: null,
          chrome: null,
          node: null,
          platform: 'linux',
        }),
      openFiles: () => done(null),
      pickFolder: () => done(null),
      readDroppedFiles: () => done({ files: [], skipped: [] }),
      saveFile: () => done(null),
      showInFolder: () => done(null),
      printToPdf: () => done(null),
      listBackups: () => done(load().backups.map((backup) => backup.entry)),
      // Backups arrive in chunks (decision 0023): gathered per upload, stored when finished.
      beginBackup: ({ reason }: { reason: string }) => {
        const uploadId = crypto.randomUUID()
        uploads.set(uploadId, { reason, parts: [] })
        return done({ uploadId })
      },
      appendBackup: ({ uploadId, chunk }: { uploadId: string; chunk: Uint8Array }) => {
        uploads.get(uploadId)?.parts.push(chunk.slice())
        return done({ bytes: chunk.byteLength })
      },
      abortBackup: ({ uploadId }: { uploadId: string }) => {
        uploads.delete(uploadId)
        return done(null)
      },
      finishBackup: (request: {
        uploadId: string
        contentHash: string
        recordCount: number
        schemaVersion: number
      }) => {
        const upload = uploads.get(request.uploadId)
        uploads.delete(request.uploadId)
        if (upload === undefined)
          return Promise.resolve({ ok: false, error: { code: 'backup-upload-not-found' } })
        const bytes = new Uint8Array(upload.parts.reduce((total, part) => total + part.byteLength, 0))
        let at = 0
        for (const part of upload.parts) {
          bytes.set(part, at)
          at += part.byteLength
        }
        const folder = load()
        clock = Math.max(clock + 60_000, Date.now())
        const createdAt = new Date(clock).toISOString()
        const entry = {
          id: `${createdAt.replace(/[-:.]/g, '')}-${String(folder.backups.length).padStart(6, '0')}`,
          createdAt,
          reason: upload.reason,
          bytes: bytes.byteLength,
          sha256: 'a'.repeat(64),
          contentHash: request.contentHash,
          recordCount: request.recordCount,
          schemaVersion: request.schemaVersion,
          verified: true,
          revealToken: null,
        }
        folder.backups.unshift({ entry, base64: toBase64(bytes) })
        save(folder)
        return done({ status: 'written', entry })
      },
      readBackupChunk: ({ id, offset, length }: { id: string; offset: number; length: number }) => {
        const found = load().backups.find((backup) => backup.entry['id'] === id)
        if (!found) return Promise.resolve({ ok: false, error: { code: 'backup-not-found', id } })
        const bytes = fromBase64(found.base64)
        return done({ bytes: bytes.slice(offset, offset + length), total: bytes.byteLength })
      },
      readDatabaseMarker: ({ databaseName }: { databaseName: string }) =>
        done(load().markers[databaseName] ?? null),
      writeDatabaseMarker: ({ marker }: { marker: { databaseName: string } }) => {
        const folder = load()
        folder.markers[marker.databaseName] = marker
        save(folder)
        return done(null)
      },
      onMenuCommand: () => () => undefined,
      onBackupRequested: () => () => undefined,
    },
  })
}

const folderMarker = (page: Page) =>
  page.evaluate(() => {
    const folder = JSON.parse(localStorage.getItem('test.fakeProfileFolder') ?? '{"markers":{}}') as {
      markers: Record<string, { counts: Record<string, number> } | undefined>
    }
    return folder.markers['ict-index-workbench']?.counts ?? null
  })

test('desktop: after a wipe the app offers the newest automatic backup with the data and restores it', async ({
  appPage,
}) => {
  await appPage.addInitScript(installFakeBridge)
  await appPage.reload()
  const questionnaire = await openDtiQuestionnaire(appPage)
  const questionnaireURL = appPage.url()
  await questionnaire.typeAnswer('SoCuocHopBCD', '9')
  await questionnaire.waitUntilSaved()
  await expect.poll(async () => (await folderMarker(appPage))?.['submissions'] ?? 0).toBe(1)
  // The marker lives in the profile folder, not in the page's localStorage.
  expect(
    await appPage.evaluate(() => localStorage.getItem('ictwb.databaseMarker.ict-index-workbench')),
  ).toBeNull()

  await appPage.goto('/#/settings')
  await appPage.getByRole('button', { name: 'Sao lưu ngay' }).click()
  await expect(appPage.getByRole('status').filter({ hasText: /bản ghi/ })).toBeVisible()

  const session = await appPage.context().newCDPSession(appPage)
  await session.send('Storage.clearDataForOrigin', {
    origin: new URL(appPage.url()).origin,
    storageTypes: 'indexeddb',
  })
  await session.detach()
  await appPage.reload()

  const screen = appPage.getByRole('alert').filter({ has: appPage.getByRole('heading', { level: 1 }) })
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu trên máy này đã bị mất')
  const offer = screen.getByRole('button', { name: /^Khôi phục bản sao lưu tự động lúc .* \(\d+ bản ghi\)$/ })
  await expect(offer).toBeVisible()
  await appPage.setViewportSize({ width: 1366, height: 768 })
  await appPage.screenshot({ path: 'test-results/screenshots/database-wipe-desktop-vi.png' })
  await offer.click()
  await expect(appPage.getByText(/Đã khôi phục \d+ bản ghi/)).toBeVisible()
  await expect(appPage.getByRole('navigation').first()).toBeVisible({ timeout: 10_000 })

  await appPage.goto(questionnaireURL)
  await expect(questionnaire.control('SoCuocHopBCD')).toHaveValue('9')
})
