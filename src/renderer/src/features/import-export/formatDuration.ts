import type { TFunction } from 'i18next'

/**
 * A duration for the progress line: "25 giây", "3 phút 5 giây".
 *
 * @example
 *   formatDuration(t, 185_000) // => '3 phút 5 giây'
 */
export function formatDuration(t: TFunction, milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000))
  if (seconds < 60) return t('importExport.progress.seconds', { count: seconds })
  return t('importExport.progress.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })
}
