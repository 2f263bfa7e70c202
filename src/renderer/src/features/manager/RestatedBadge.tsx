import { useTranslation } from 'react-i18next'
import type { UnitRestatement } from '@core/comparison/restateYear'
import { restatementLabel, restatementText } from './restatementText'

/** The mark beside a restated earlier value: a short label, the predecessors and the rule in its tooltip and for screen readers. */
export function RestatedBadge({ note }: { readonly note: UnitRestatement | undefined }) {
  const { t } = useTranslation()
  if (note === undefined) return null
  const full = restatementText(note, t)
  return (
    <span className="manager-restated" title={full} data-restated={note.unit}>
      {restatementLabel(note, t)}
      <span className="visually-hidden">: {full}</span>
    </span>
  )
}
