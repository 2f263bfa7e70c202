import type { TFunction } from 'i18next'

/**
 * The time left of a progress bar: "còn khoảng 12 giây", "còn khoảng 3 phút 5 giây"; rounded up to
 * whole seconds (5 s steps above a minute, so the text does not flicker), or "đang ước tính…"
 * while there is no estimate yet.
 *
 * @example
 *   formatTimeLeft(t, 11_200) // => 'còn khoảng 12 giây'
 */
export function formatTimeLeft(t: TFunction, remainingMs: number | null): string {
  if (remainingMs === null) return t('ui.progress.estimating')
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000))
  const time =
    seconds < 60
      ? t('ui.progress.seconds', { count: seconds })
      : (() => {
          const rounded = Math.ceil(seconds / 5) * 5
          return t('ui.progress.minutes', { minutes: Math.floor(rounded / 60), seconds: rounded % 60 })
        })()
  return t('ui.progress.timeLeft', { time })
}
