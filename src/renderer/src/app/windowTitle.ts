/**
 * The window title of a screen: its own parts, most specific first, then the product, joined by
 * em dashes. Empty parts are left out.
 *
 * @example
 *   windowTitle(['Xếp hạng', 'Đánh giá 2026'], 'ICT Index Workbench') // => 'Xếp hạng — Đánh giá 2026 — ICT Index Workbench'
 */
export function windowTitle(parts: readonly (string | null | undefined)[], product: string): string {
  return [...parts, product]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' — ')
}
