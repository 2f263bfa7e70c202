import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { diffResultsVersions, type ResultsVersionDiff } from '@core/assessment/diffResultsVersions'
import {
  isResultsVersionIntact,
  publishedResultsVersion,
  shortDigest,
  type ResultsVersion,
} from '@core/assessment/resultsVersion'
import { ok } from '@core/result'
import { createAssessmentRepository } from '@core/storage/assessmentRepository'
import { listAssessmentAudit } from '@core/storage/auditLogRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { ReadFailure } from '../../ui/ReadFailure'
import { describeAnswerValue } from './describeAuditEntry'
import { formatScore } from './formatScore'
import type { AssessmentView } from './useAssessmentWorkspace'

/**
 * The versions of the official results (every publication froze one; unlocks delete none): number,
 * date, digest, and what changed between two chosen versions with the reasons logged in between.
 * A live read, so a new publication shows by itself.
 */
export function VersionsPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const database = useDatabase()
  const { assessment } = view.workspace
  const read = useLiveRead(async () => {
    const [versions, audit] = await Promise.all([
      createAssessmentRepository(database).versions(assessment.id),
      listAssessmentAudit(database, assessment.id),
    ])
    // Each version's digest recomputed from its stored content: an edited row shows as such.
    const altered = new Set(
      versions.filter((version) => !isResultsVersionIntact(version)).map((v) => v.version),
    )
    return ok({ versions, audit, altered })
  }, [database, assessment.id])
  const [pair, setPair] = useState<{ readonly from: number; readonly to: number } | null>(null)
  if (read.status === 'loading') return <p role="status">{t('common.loading')}</p>
  if (read.status === 'error') return <ReadFailure error={read.error} />
  const { versions, audit, altered } = read.value
  const inForce = publishedResultsVersion(assessment, versions)
  const latest = versions.at(-1)
  const chosen = pair ?? (latest === undefined ? null : { from: latest.version - 1, to: latest.version })
  const earlier = versions.find((version) => version.version === chosen?.from)
  const later = versions.find((version) => version.version === chosen?.to)
  return (
    <section aria-labelledby="versions-heading" className="versions-panel">
      <h3 id="versions-heading">{t('evaluator.versions.heading')}</h3>
      <p className="muted">{t('evaluator.versions.intro')}</p>
      {versions.length === 0 ? (
        <p className="panel">{t('evaluator.versions.none')}</p>
      ) : (
        <table className="data-table versions-table">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.versions.number')}</th>
              <th scope="col">{t('evaluator.versions.publishedAt')}</th>
              <th scope="col">{t('evaluator.versions.digest')}</th>
              <th scope="col">{t('evaluator.versions.units')}</th>
              <th scope="col">{t('evaluator.versions.state')}</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((version) => (
              <tr key={version.version}>
                <th scope="row">{t('evaluator.versions.name', { version: version.version })}</th>
                <td>{formatDateTime(version.publishedAt)}</td>
                <td>
                  <code title={version.digest}>{shortDigest(version.digest)}</code>
                </td>
                <td className="number">{version.result.units.length}</td>
                <td>
                  {altered.has(version.version) && (
                    <strong className="version-altered" role="alert">
                      {t('evaluator.versions.altered')}{' '}
                    </strong>
                  )}
                  {[
                    version === inForce ? t('evaluator.versions.inForce') : null,
                    version.origin === 'upgraded' ? t('evaluator.versions.upgraded') : null,
                  ]
                    .filter((text) => text !== null)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions.length >= 2 && chosen !== null && (
        <>
          <div className="toolbar">
            <VersionSelect
              label={t('evaluator.versions.from')}
              versions={versions}
              value={chosen.from}
              onChange={(from) => setPair({ ...chosen, from })}
            />
            <VersionSelect
              label={t('evaluator.versions.to')}
              versions={versions}
              value={chosen.to}
              onChange={(to) => setPair({ ...chosen, to })}
            />
          </div>
          {earlier === undefined || later === undefined || earlier === later ? (
            <p className="panel">{t('evaluator.versions.pickTwo')}</p>
          ) : (
            <VersionDiff diff={diffResultsVersions(earlier, later, audit)} later={later} />
          )}
        </>
      )}
    </section>
  )
}

function VersionSelect({
  label,
  versions,
  value,
  onChange,
}: {
  readonly label: string
  readonly versions: readonly ResultsVersion[]
  readonly value: number
  readonly onChange: (version: number) => void
}) {
  const { t } = useTranslation()
  return (
    <label className="field field-inline">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {versions.map((version) => (
          <option key={version.version} value={version.version}>
            {t('evaluator.versions.name', { version: version.version })}
          </option>
        ))}
      </select>
    </label>
  )
}

function VersionDiff({ diff, later }: { readonly diff: ResultsVersionDiff; readonly later: ResultsVersion }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const decimals = later.result.decimals
  const score = (value: number | null) => formatScore(value, decimals, language)
  const signed = (value: number | null) =>
    value === null ? '—' : `${value > 0 ? '+' : ''}${formatScore(value, decimals, language)}`
  const rankMove = (delta: number | null, kind: string) =>
    kind !== 'changed' || delta === null
      ? t(
          `evaluator.versions.kind.${kind === 'added' ? 'added' : kind === 'removed' ? 'removed' : 'unranked'}`,
        )
      : delta < 0
        ? t('evaluator.versions.rankUp', { count: -delta })
        : delta > 0
          ? t('evaluator.versions.rankDown', { count: delta })
          : t('evaluator.versions.rankSame')
  const names = new Map(later.result.units.map((unit) => [unit.code, unit.name]))
  return (
    <section aria-labelledby="versions-diff-heading">
      <h4 id="versions-diff-heading">
        {t('evaluator.versions.diffHeading', { from: diff.from, to: diff.to })}
      </h4>
      {diff.units.length === 0 ? (
        <p className="panel">{t('evaluator.versions.noChange')}</p>
      ) : (
        <p data-testid="versions-diff-summary">
          {t('evaluator.versions.summary', {
            count: diff.units.length,
            moved: diff.units.filter((unit) => unit.rank.from !== unit.rank.to).length,
          })}
        </p>
      )}
      {diff.units.length > 0 && (
        <table className="data-table versions-diff">
          <thead>
            <tr>
              <th scope="col">{t('evaluator.versions.unit')}</th>
              <th scope="col">{t('evaluator.versions.score', { version: diff.from })}</th>
              <th scope="col">{t('evaluator.versions.score', { version: diff.to })}</th>
              <th scope="col">{t('evaluator.versions.scoreChange')}</th>
              <th scope="col">{t('evaluator.versions.rank', { version: diff.from })}</th>
              <th scope="col">{t('evaluator.versions.rank', { version: diff.to })}</th>
              <th scope="col">{t('evaluator.versions.rankChange')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.units.map((unit) => (
              <tr key={unit.unit}>
                <th scope="row">
                  {unit.name} <span className="muted">({unit.unit})</span>
                </th>
                <td className="number">{score(unit.score.from)}</td>
                <td className="number">{score(unit.score.to)}</td>
                <td className="number">{signed(unit.score.delta)}</td>
                <td className="number">{unit.rank.from ?? '—'}</td>
                <td className="number">{unit.rank.to ?? '—'}</td>
                <td className="rank-move">{rankMove(unit.rank.delta, unit.kind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('evaluator.versions.reasonsHeading')}</h4>
      {diff.reasons.length === 0 ? (
        <p className="panel">{t('evaluator.versions.noReasons')}</p>
      ) : (
        <ol className="audit-list versions-reasons">
          {diff.reasons.map((reason) => (
            <li key={reason.seq}>
              <time dateTime={reason.at}>{formatDateTime(reason.at)}</time> —{' '}
              {reason.kind === 'unlocked'
                ? t('evaluator.versions.reasonUnlocked', { reason: reason.reason })
                : t('evaluator.versions.reasonAppraisal', {
                    name: names.get(reason.unit) ?? reason.unit,
                    unit: reason.unit,
                    question: reason.question,
                    previous: describeAnswerValue(t, reason.previous, language),
                    value: describeAnswerValue(t, reason.value, language),
                    reason: reason.reason,
                  })}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
