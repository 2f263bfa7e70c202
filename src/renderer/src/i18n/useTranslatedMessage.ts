import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'

/** How to say a message in the current language: given `t`, its text. */
export type SayMessage = (say: TFunction) => string

/**
 * A message kept as how to say it, not as the text said once: shown in the interface language
 * of each render, so a notice or an error on screen follows a language switch. The setter takes
 * `null` to clear it.
 *
 * @example
 *   const [notice, setNotice] = useTranslatedMessage()
 *   setNotice((say) => say('ui.chart.failed'))
 *   return <p>{notice}</p>
 */
export function useTranslatedMessage(): readonly [string | null, (message: SayMessage | null) => void] {
  const { t } = useTranslation()
  const [message, setMessage] = useState<{ readonly say: SayMessage } | null>(null)
  const set = (next: SayMessage | null) => setMessage(next === null ? null : { say: next })
  return [message === null ? null : message.say(t), set] as const
}
