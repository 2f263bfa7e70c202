import {
  displayDate,
  displayDateTime,
  displayIsoDay,
  displaySize,
  displayTime,
} from '../../../shared/displayFormat'
import { INTL_LOCALE, type Language } from './languages'

/**
 * The one formatting module of the interface. Dates are dd/MM/yyyy and times HH:mm in every
 * language (src/shared/displayFormat.ts, which the CLI shares); numbers follow the language
 * (vi-VN "1.234,5", en "1,234.5"). Exports never use this: workbooks hold raw numbers.
 * A test (noAdHocFormatting.test.ts) fails when a screen formats dates by itself.
 */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 4): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits }).format(value)
}

/** Formats a calendar date: "29/11/2026" (local time; the same in every language). */
export function formatDate(date: Date, _language?: Language): string {
  return displayDate(date)
}

/** Formats a time of day: "07:30" (24-hour clock, local time). */
export function formatTime(date: Date, _language?: Language): string {
  return displayTime(date)
}

/** Formats a moment: "05/03/2025 07:30" (local time). */
export function formatDateTime(value: Date | string, _language?: Language): string {
  return displayDateTime(typeof value === 'string' ? new Date(value) : value)
}

/** Formats a day stored as ISO yyyy-MM-dd ("2025-03-05" → "05/03/2025") without a time-zone shift. */
export function formatIsoDay(iso: string, _language?: Language): string {
  return displayIsoDay(iso)
}

/** Formats a byte count with at most one decimal in the largest fitting unit ("1,5 MB", "50 MB"). */
export function formatBytes(bytes: number, language: Language): string {
  return displaySize(bytes, INTL_LOCALE[language])
}
