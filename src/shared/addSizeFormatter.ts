import type { i18n } from 'i18next'
import { displaySize } from './displayFormat'

/**
 * Teaches an i18next instance the `size` format, so a message writes `{{limit, size}}` and
 * shows "50 MB" (`displaySize`) in the instance's language. The app and the CLI both call it.
 * `toLocale` maps the instance's language code to an Intl locale ('vi' → 'vi-VN').
 */
export function addSizeFormatter(instance: i18n, toLocale: (lng: string | undefined) => string): void {
  instance.services.formatter?.add('size', (value: unknown, lng: string | undefined) =>
    displaySize(Number(value), toLocale(lng)),
  )
}
