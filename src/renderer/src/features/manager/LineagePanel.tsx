import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  BUILT_IN_LINEAGE_IDS,
  loadBuiltInLineage,
  type BuiltInLineageId,
} from '@core/comparison/builtInLineages'
import type { UnitLineage } from '@core/comparison/unitLineage'
import { writeWorkbook } from '@core/excel/xlsx/writeWorkbook'
import { readLineageFile } from '@core/formats/lineage/readLineageFile'
import { lineageCsv, lineageWorkbookSpec } from '@core/formats/lineage/writeLineage'
import { ok } from '@core/result'
import { createUnitLineageRepository } from '@core/storage/unitLineageRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { describeIssue } from '../../i18n/describeIssue'
import { getPlatform } from '../../platform/getPlatform'

type Outcome =
  | { readonly kind: 'saved'; readonly version: number; readonly count: number; readonly origin: string }
  | { readonly kind: 'refused'; readonly file: string; readonly problems: readonly string[] }
  | { readonly kind: 'message'; readonly text: string }

/**
 * The workspace's unit lineage: import a CSV or xlsx file (every problem listed, nothing saved
 * when there is one), use a built-in lineage, clear it, export it, and see its events and
 * saved versions.
 */
export function LineagePanel() {
  const { t } = useTranslation()
  const database = useDatabase()
  const read = useLiveRead(async () => {
    const repository = createUnitLineageRepository(database)
    return ok({ current: await repository.current(), versions: await repository.versions() })
  }, [database])
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [builtIn, setBuiltIn] = useState<BuiltInLineageId>('danang-2025')
  const save = async (lineage: UnitLineage, origin: string) => {
    const saved = await createUnitLineageRepository(database).save(lineage, origin)
    setOutcome(
      saved.ok
        ? { kind: 'saved', version: saved.value, count: lineage.rows.length, origin }
        : { kind: 'message', text: t(`manager.import.storage.${saved.error.code}`) },
    )
  }
  const choose = async () => {
    const picked = await getPlatform().openFiles({ purpose: 'results', multiple: false })
    if (!picked.ok || picked.value === null) return
    const file = picked.value[0]
    if (file === undefined) return
    const lineage = await readLineageFile(file.bytes, file.fileName)
    if (!lineage.ok) {
      setOutcome({
        kind: 'refused',
        file: file.fileName,
        problems: lineage.error.map((issue) => describeIssue(t, issue)),
      })
      return
    }
    await save(lineage.value, file.fileName)
  }
  const saveBuiltIn = async () => {
    const lineage = loadBuiltInLineage(builtIn)
    if (lineage.ok) await save(lineage.value, builtIn)
  }
  const exportAs = async (kind: 'csv' | 'xlsx', lineage: UnitLineage) => {
    const bytes =
      kind === 'csv'
        ? ok(new TextEncoder().encode(lineageCsv(lineage)))
        : await writeWorkbook(lineageWorkbookSpec(lineage))
    if (!bytes.ok) {
      setOutcome({ kind: 'message', text: t('manager.lineage.exportFailed') })
      return
    }
    const saved = await getPlatform().saveFile({
      suggestedName: `thay-doi-don-vi.${kind}`,
      bytes: bytes.value,
    })
    setOutcome(
      !saved.ok
        ? { kind: 'message', text: t('manager.lineage.exportFailed') }
        : saved.value === null
          ? null
          : { kind: 'message', text: t('manager.lineage.exported', { path: saved.value.savedTo }) },
    )
  }
  const current = read.status === 'ready' ? read.value.current : null
  const versions = read.status === 'ready' ? read.value.versions : []
  return (
    <section className="manager-panel manager-lineage" aria-labelledby="manager-lineage-heading">
      <h3 id="manager-lineage-heading">{t('manager.lineage.heading')}</h3>
      <p className="manager-note">{t('manager.lineage.lead')}</p>
      <div className="manager-toolbar">
        <button type="button" className="button" onClick={() => void choose()}>
          {t('manager.lineage.import')}
        </button>
        <label className="manager-field">
          <span>{t('manager.lineage.builtIn')}</span>
          <select value={builtIn} onChange={(event) => setBuiltIn(event.target.value as BuiltInLineageId)}>
            {BUILT_IN_LINEAGE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`manager.lineage.builtIns.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => void saveBuiltIn()}>
          {t('manager.lineage.useBuiltIn')}
        </button>
        {current === null || current.rows.length === 0 ? null : (
          <>
            <button type="button" className="button small" onClick={() => void exportAs('csv', current)}>
              {t('manager.lineage.exportCsv')}
            </button>
            <button type="button" className="button small" onClick={() => void exportAs('xlsx', current)}>
              {t('manager.lineage.exportXlsx')}
            </button>
            <button type="button" className="button small" onClick={() => void save({ rows: [] }, '')}>
              {t('manager.lineage.clear')}
            </button>
          </>
        )}
      </div>
      <div role="status">
        {outcome === null ? null : outcome.kind === 'saved' ? (
          <p>
            {t('manager.lineage.saved', {
              version: outcome.version,
              count: outcome.count,
              origin: outcome.origin,
            })}
          </p>
        ) : outcome.kind === 'message' ? (
          <p>{outcome.text}</p>
        ) : (
          <div className="manager-issues">
            <p>{t('manager.lineage.refused', { file: outcome.file, count: outcome.problems.length })}</p>
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {current === null ? null : current.rows.length === 0 ? (
        <p className="manager-note">{t('manager.lineage.none')}</p>
      ) : (
        <details className="manager-lineage-events">
          <summary>
            {t('manager.lineage.events', {
              count: current.rows.length,
              version: current.version,
              origin: current.origin,
            })}
          </summary>
          <div className="manager-table-scroll">
            <table className="manager-table manager-lineage-table">
              <caption className="visually-hidden">{t('manager.lineage.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('manager.lineage.columns.date')}</th>
                  <th scope="col">{t('manager.lineage.columns.kind')}</th>
                  <th scope="col">{t('manager.lineage.columns.old')}</th>
                  <th scope="col">{t('manager.lineage.columns.new')}</th>
                  <th scope="col" className="manager-numeric">
                    {t('manager.lineage.columns.weight')}
                  </th>
                  <th scope="col">{t('manager.lineage.columns.source')}</th>
                </tr>
              </thead>
              <tbody>
                {current.rows.map((row, index) => (
                  <tr key={index}>
                    <td>{row.effectiveDate}</td>
                    <td>{t(`manager.lineage.kinds.${row.kind}`)}</td>
                    <td>{row.oldCode === '' ? '—' : `${row.oldName} (${row.oldCode})`}</td>
                    <td>{row.newCode === '' ? '—' : `${row.newName} (${row.newCode})`}</td>
                    <td className="manager-numeric">{row.weight ?? '—'}</td>
                    <td className="manager-lineage-source">{row.source === '' ? '—' : row.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {versions.length === 0 ? null : (
        <details>
          <summary>{t('manager.lineage.versions', { count: versions.length })}</summary>
          <ul>
            {versions.map((version) => (
              <li key={version.version}>
                {t('manager.lineage.version', {
                  version: version.version,
                  origin: version.origin === '' ? t('manager.lineage.cleared') : version.origin,
                  count: version.rowCount,
                  at: version.savedAt.slice(0, 10),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
