import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { FILE_FLOWS, FILE_LANES, type FileFlow } from './fileKinds'
import { guidePath } from './guidePath'
import type { GuideRole } from './guideRoles'

const laneIndex = (lane: FileFlow['from']) => (lane === 'any' ? -1 : FILE_LANES.indexOf(lane))

/** The columns a trip spans (1-based, end exclusive) and which way its arrow points. */
function span(flow: FileFlow): {
  readonly start: number
  readonly end: number
  readonly direction: 'right' | 'left'
} {
  const to = laneIndex(flow.to)
  const from = flow.from === 'any' ? (to === 0 ? FILE_LANES.length - 1 : 0) : laneIndex(flow.from)
  const [low, high] = from < to ? [from, to] : [to, from]
  return { start: low + 1, end: high + 2, direction: from < to ? 'right' : 'left' }
}

/**
 * "How files travel": the yearly cycle drawn in HTML and CSS, one lane per role and one row per
 * trip of a file, in the order of the year. Each row is also a sentence (who sends what to whom,
 * what the receiver does) for screen readers and print; each file kind links to its guide section.
 */
export function FilesDiagram() {
  const { t } = useTranslation()
  const laneName = (lane: FileFlow['from']) =>
    lane === 'any' ? t('guide.files.any') : t(`guide.files.lanes.${lane}`)
  return (
    <figure className="files-diagram" aria-labelledby="files-diagram-caption">
      <figcaption id="files-diagram-caption" className="visually-hidden">
        {t('guide.files.figureLabel')}
      </figcaption>
      <div
        className="files-lanes"
        aria-hidden="true"
        style={{ '--lanes': FILE_LANES.length } as CSSProperties}
      >
        {FILE_LANES.map((lane) => (
          <div key={lane} className={`files-lane files-lane-${lane}`}>
            {laneName(lane)}
          </div>
        ))}
      </div>
      <ol className="files-flows" style={{ '--lanes': FILE_LANES.length } as CSSProperties}>
        {FILE_FLOWS.map((flow, row) => {
          const { start, end, direction } = span(flow)
          const [role, section] = flow.section.split('/') as [GuideRole, string]
          return (
            <li
              key={flow.id}
              className={`files-flow files-flow-${direction}${flow.coming === true ? ' files-flow-coming' : ''}`}
              data-kind={flow.kind}
              style={
                { gridColumn: `${start} / ${end}`, gridRow: row + 1, '--span': end - start } as CSSProperties
              }
            >
              <span className="visually-hidden">
                {t('guide.files.trip', { from: laneName(flow.from), to: laneName(flow.to) })}{' '}
              </span>
              <span className="files-flow-label">
                <Link to={guidePath(role, section)}>{t(`guide.files.kinds.${flow.kind}`)}</Link>
                {flow.coming === true && <span className="files-coming"> ({t('guide.files.coming')})</span>}
              </span>
              <span className="files-arrow" aria-hidden="true" />
              <span className="files-flow-does">{t(`guide.files.flows.${flow.id}` as never)}</span>
            </li>
          )
        })}
      </ol>
    </figure>
  )
}
