/** A backup file should be downloaded at least this often in the browser edition (decision 0022). */
export const BACKUP_REMINDER_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000

/** The `localStorage` keys the reminder remembers (ISO times). */
export const REMINDER_KEYS = {
  lastDownloadAt: 'ictwb.backups.lastDownloadAt',
  dismissedAt: 'ictwb.backups.reminderDismissedAt',
  firstSeenAt: 'ictwb.backups.firstSeenAt',
} as const

export type ReminderState = {
  /** The last time a backup file was downloaded; null when never. */
  readonly lastDownloadAt: Date | null
  /** When the reminder was last dismissed; null when never. */
  readonly dismissedAt: Date | null
  /** When this browser first ran the app: "never downloaded" counts from there. */
  readonly firstSeenAt: Date
  /** The database holds rows (nothing to lose otherwise). */
  readonly hasData: boolean
}

/**
 * Whether to remind the user to download a backup file: the database has data, no backup was
 * downloaded for 7 days (counted from the first run when none ever was), and the reminder was not
 * dismissed in the last 7 days.
 *
 * @example
 *   isBackupReminderDue(state, new Date()) // => true after 7 days without a download
 */
export function isBackupReminderDue(state: ReminderState, now: Date): boolean {
  if (!state.hasData) return false
  const since = state.lastDownloadAt ?? state.firstSeenAt
  if (now.getTime() - since.getTime() < BACKUP_REMINDER_INTERVAL_MS) return false
  if (state.dismissedAt !== null && now.getTime() - state.dismissedAt.getTime() < BACKUP_REMINDER_INTERVAL_MS)
    return false
  return true
}

const readTime = (storage: Storage | undefined, key: string): Date | null => {
  try {
    const value = storage?.getItem(key) ?? null
    if (value === null) return null
    const time = new Date(value)
    return Number.isNaN(time.getTime()) ? null : time
  } catch {
    return null
  }
}

const writeTime = (storage: Storage | undefined, key: string, at: Date): void => {
  try {
    storage?.setItem(key, at.toISOString())
  } catch {
    // Private mode or a full quota: the reminder then only forgets.
  }
}

/**
 * The reminder's memory in `localStorage`. `firstSeenAt` is set on the first read.
 *
 * @example
 *   const store = createReminderStore(() => window.localStorage)
 *   store.recordDownload(new Date())
 */
export function createReminderStore(storage: () => Storage | undefined = () => globalThis.localStorage) {
  return {
    read(now: Date): Omit<ReminderState, 'hasData'> {
      let firstSeenAt = readTime(storage(), REMINDER_KEYS.firstSeenAt)
      if (firstSeenAt === null) {
        firstSeenAt = now
        writeTime(storage(), REMINDER_KEYS.firstSeenAt, now)
      }
      return {
        lastDownloadAt: readTime(storage(), REMINDER_KEYS.lastDownloadAt),
        dismissedAt: readTime(storage(), REMINDER_KEYS.dismissedAt),
        firstSeenAt,
      }
    },
    recordDownload: (at: Date) => writeTime(storage(), REMINDER_KEYS.lastDownloadAt, at),
    dismiss: (at: Date) => writeTime(storage(), REMINDER_KEYS.dismissedAt, at),
  }
}
