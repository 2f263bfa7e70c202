import { useTranslation } from 'react-i18next'
import type { StandingItem, StrengthsAndWeaknesses } from '@core/comparison/strengthsAndWeaknesses'
import { nodeName, type ResultsStructure } from '@core/comparison/yearResults'
import type { ManagerFormat } from './useManagerFormat'
import type { UnitRestatement } from '@core/comparison/restateYear'
import { RestatedBadge } from './RestatedBadge'

/** Strengths and weaknesses in words: "Hạ tầng nhân lực: thấp hơn trung vị nhóm 0,12". */
export function StandingPanel({
  standing,
  structure,
  format,
  restated,
}: {
  readonly standing: StrengthsAndWeaknesses
  readonly structure: ResultsStructure
  readonly format: ManagerFormat
  /** The unit's restated earlier value in this comparison, if any: marked beside the heading. */
  readonly restated?: UnitRestatement | undefined
}) {
  const { t } = useTranslation()
  const sentence = (item: StandingItem) =>
    t(item.difference > 0 ? 'manager.standing.above' : 'manager.standing.below', {
      name: format.text(nodeName(structure, item.code)),
      difference: format.fixed(Math.abs(item.difference), 2),
    })
  const peers = standing.items[0]?.peers ?? 0
  return (
    <section className="manager-panel manager-standing" aria-labelledby="manager-standing-heading">
      <h3 id="manager-standing-heading">
        {t('manager.standing.heading', { year: standing.year })} <RestatedBadge note={restated} />
      </h3>
      <p className="manager-note">
        {standing.reference === 'group'
          ? t('manager.standing.lead', { group: standing.group, count: peers })
          : t('manager.standing.leadAll', { group: standing.group })}
      </p>
      <div className="manager-standing-columns">
        <div>
          <h4>{t('manager.standing.strengths')}</h4>
          {standing.strengths.length === 0 ? (
            <p>{t('manager.standing.none')}</p>
          ) : (
            <ul className="manager-strengths">
              {standing.strengths.map((item) => (
                <li key={item.code}>{sentence(item)}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4>{t('manager.standing.weaknesses')}</h4>
          {standing.weaknesses.length === 0 ? (
            <p>{t('manager.standing.none')}</p>
          ) : (
            <ul className="manager-weaknesses">
              {standing.weaknesses.map((item) => (
                <li key={item.code}>{sentence(item)}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  )
}
