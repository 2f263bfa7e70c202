import { useEffect, useRef } from 'react'

/** How long a screen may take to show its heading (it may wait for data) before the focus stays put. */
const HEADING_WAIT_MS = 5_000

/**
 * After every change of screen (not the first load), moves the keyboard focus to the page's
 * `h1` (made focusable with tabIndex -1), so screen readers announce the new screen and Tab
 * starts from it. The focus stays where it is when the screen already placed it inside the
 * page (a form's first field, a tab the user is moving through), and a heading that appears
 * later (after data loads) is focused only if nothing took the focus meanwhile.
 */
export function useFocusHeadingOnNavigate(pathname: string, main: () => HTMLElement | null): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const container = main()
    if (container === null) return
    const focused = document.activeElement
    if (focused !== null && focused !== container && container.contains(focused)) return
    const tryFocus = (): boolean => {
      const heading = container.querySelector('h1')
      if (heading === null) return false
      // A heading's tabIndex property reads -1 even without the attribute; only the attribute makes it focusable.
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading.focus({ preventScroll: false })
      return true
    }
    if (tryFocus()) return
    const observer = new MutationObserver(() => {
      if (tryFocus()) stop()
    })
    const stop = () => {
      observer.disconnect()
      window.clearTimeout(timer)
      document.removeEventListener('focusin', stop, true)
    }
    const timer = window.setTimeout(stop, HEADING_WAIT_MS)
    observer.observe(container, { childList: true, subtree: true })
    // Someone moved the focus while the heading was not there yet: leave it with them.
    document.addEventListener('focusin', stop, true)
    return stop
  }, [pathname, main])
}
