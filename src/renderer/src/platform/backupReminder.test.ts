import { describe, expect, it } from 'vitest'
import { createReminderStore, isBackupReminderDue, REMINDER_KEYS } from './backupReminder'

const day = 24 * 60 * 60 * 1000
const now = new Date('2025-03-15T09:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * day)
const state = { lastDownloadAt: null, dismissedAt: null, firstSeenAt: daysAgo(30), hasData: true }

describe('isBackupReminderDue', () => {
  it('reminds after 7 days without a download, not before', () => {
    expect(isBackupReminderDue({ ...state, lastDownloadAt: daysAgo(7) }, now)).toBe(true)
    expect(isBackupReminderDue({ ...state, lastDownloadAt: daysAgo(6.9) }, now)).toBe(false)
  })

  it('counts from the first run when no backup was ever downloaded', () => {
    expect(isBackupReminderDue({ ...state, firstSeenAt: daysAgo(8) }, now)).toBe(true)
    expect(isBackupReminderDue({ ...state, firstSeenAt: daysAgo(1) }, now)).toBe(false)
  })

  it('never reminds about an empty database', () => {
    expect(isBackupReminderDue({ ...state, hasData: false }, now)).toBe(false)
  })

  it('stays away for 7 days after a dismissal', () => {
    expect(isBackupReminderDue({ ...state, dismissedAt: daysAgo(6) }, now)).toBe(false)
    expect(isBackupReminderDue({ ...state, dismissedAt: daysAgo(7) }, now)).toBe(true)
  })
})

function aStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

describe('createReminderStore', () => {
  it('remembers the first run, the last download and the dismissal', () => {
    const storage = aStorage()
    const store = createReminderStore(() => storage)

    expect(store.read(now)).toEqual({ lastDownloadAt: null, dismissedAt: null, firstSeenAt: now })
    store.recordDownload(daysAgo(2))
    store.dismiss(daysAgo(1))

    expect(createReminderStore(() => storage).read(daysAgo(-5))).toEqual({
      lastDownloadAt: daysAgo(2),
      dismissedAt: daysAgo(1),
      firstSeenAt: now,
    })
    expect(storage.getItem(REMINDER_KEYS.lastDownloadAt)).toBe(daysAgo(2).toISOString())
  })

  it('treats an unreadable time as none and an unavailable storage as empty', () => {
    const storage = aStorage()
    storage.setItem(REMINDER_KEYS.lastDownloadAt, 'yesterday')

    expect(createReminderStore(() => storage).read(now).lastDownloadAt).toBeNull()
    expect(createReminderStore(() => undefined).read(now)).toEqual({
      lastDownloadAt: null,
      dismissedAt: null,
      firstSeenAt: now,
    })
  })
})
