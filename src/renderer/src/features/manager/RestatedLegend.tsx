import { useTranslation } from 'react-i18next'
import type { UnitRestatement } from '@core/comparison/restateYear'
import { restatementText } from './restatementText'

/** Below a chart: every unit whose earlier value is restated, with its predecessors and the rule. */
export function RestatedLegend({
  notes,
  names,
  year,
}: {
  readonly notes: ReadonlyMap<string, UnitRestatement>
  readonly names: ReadonlyMap<string, string>
  readonly year: number
}) {
  const { t } = useTranslation()
  if (notes.size === 0) return null
  return (
    <div className="manager-restated-legend" data-testid="manager-restated-legend">
      <p>{t('manager.lineage.legend', { year })}</p>
      <ul>
        {[...notes.values()].map((note) => (
          <li key={note.unit} data-restated={note.unit}>
            <strong>{names.get(note.unit) ?? note.unit}</strong>: {restatementText(note, t)}
          </li>
        ))}
      </ul>
    </div>
  )
}
