import { useId, useRef, type KeyboardEvent } from 'react'
import { tabKeyTarget, type TabOrientation } from './tabKeyTarget'

type TabListOptions<Tab extends string> = {
  readonly tabs: readonly Tab[]
  readonly selected: Tab
  readonly onSelect: (tab: Tab) => void
  /** The list's accessible name. */
  readonly label: string
  readonly orientation?: TabOrientation
}

/**
 * The WAI-ARIA tabs pattern for any tab list: `role` and `aria-*` wiring (aria-controls,
 * aria-labelledby, aria-orientation), a roving tabindex (only the selected tab is in the Tab
 * order), arrow keys along the list (Left/Right, or Up/Down when vertical), Home and End. A tab
 * is selected as soon as the focus reaches it ("automatic activation", right for panels that
 * show at once); click, Enter and Space work as on any button.
 *
 * @example
 *   const tabs = useTabList({ tabs: ['tree', 'questions'], selected, onSelect, label })
 *   <div {...tabs.listProps}>{names.map((n) => <button {...tabs.tabProps(n)}>…</button>)}</div>
 *   <div {...tabs.panelProps(selected)}>…</div>
 */
export function useTabList<Tab extends string>({
  tabs,
  selected,
  onSelect,
  label,
  orientation = 'horizontal',
}: TabListOptions<Tab>) {
  const prefix = useId()
  const elements = useRef(new Map<Tab, HTMLElement>())
  const tabId = (tab: Tab) => `${prefix}tab-${tab}`
  const panelId = (tab: Tab) => `${prefix}panel-${tab}`

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, tab: Tab) => {
    const target = tabKeyTarget(event.key, tabs.indexOf(tab), tabs.length, orientation)
    if (target === null) return
    event.preventDefault()
    const next = tabs[target]
    if (next === undefined) return
    onSelect(next)
    elements.current.get(next)?.focus()
  }

  return {
    listProps: { role: 'tablist', 'aria-label': label, 'aria-orientation': orientation } as const,
    tabProps: (tab: Tab) =>
      ({
        role: 'tab',
        type: 'button',
        id: tabId(tab),
        'aria-selected': tab === selected,
        'aria-controls': panelId(tab),
        tabIndex: tab === selected ? 0 : -1,
        ref: (element: HTMLElement | null) => {
          if (element === null) elements.current.delete(tab)
          else elements.current.set(tab, element)
        },
        onClick: () => onSelect(tab),
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, tab),
      }) as const,
    panelProps: (tab: Tab) =>
      ({ role: 'tabpanel', id: panelId(tab), 'aria-labelledby': tabId(tab), tabIndex: 0 }) as const,
  }
}
