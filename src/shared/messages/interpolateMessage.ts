/**
 * Fills `{{name}}` and `{{name, format}}` placeholders the way i18next does, without i18next: the
 * tests of the issue texts use it (the CLI and the app both render them through i18next, which
 * applies the format: grouped numbers, KB/MB sizes). Here the value is shown as it is.
 * Arrays are joined with " → "; unknown placeholders are left visible.
 *
 * @example
 *   interpolateMessage('Row {{row}}', { row: 3 }) // => 'Row 3'
 *   interpolateMessage('{{size, number}} bytes', { size: 1024 }) // => '1024 bytes'
 */
export function interpolateMessage(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{(\w+)(?:,[^}]*)?\}\}/g, (placeholder, name: string) => {
    const value = values[name]
    if (value === undefined || value === null) return placeholder
    return Array.isArray(value) ? value.join(' → ') : String(value)
  })
}
