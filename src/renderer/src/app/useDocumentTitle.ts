import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { windowTitle } from './windowTitle'

/**
 * Sets the window title for the screen that calls it ("Xếp hạng — Đánh giá 2026 — ICT Index
 * Workbench"), in the interface language. Each route's leaf screen calls it once; the shell
 * sets the mode's name first (a layout effect), so a screen still loading keeps a true title.
 */
export function useDocumentTitle(...parts: readonly (string | null | undefined)[]): void {
  const { t } = useTranslation()
  const title = windowTitle(parts, t('app.windowTitle'))
  // Again after every address change: the shell has just put the mode's name back.
  const { pathname } = useLocation()
  useEffect(() => {
    document.title = title
  }, [title, pathname])
}
