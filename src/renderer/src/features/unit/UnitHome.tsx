import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadFramework } from '@core/framework/loadFramework'
import type { Submission } from '@core/responses/submission'
import { ok, type Result } from '@core/result'
import { createFrameworkRepository } from '@core/storage/frameworkRepository'
import type { UnitProfile } from '@core/storage/unitProfileRepository'
import { useLiveRead } from '../../data/useLiveRead'
import { formatDate } from '../../i18n/format'
import type { DesktopError, PickedFile } from '../../../../shared/ipc/contract'
import { droppedFiles } from '../../platform/droppedFiles'
import { getPlatform } from '../../platform/getPlatform'
import { DropZone } from '../../ui/DropZone'
import { ReadFailure } from '../../ui/ReadFailure'
import { listCatalog, loadCatalogFramework, type CatalogEntry } from '@core/storage/frameworkCatalog'
import { errorNotice, infoNotice, NoticeLine, type Notice } from './NoticeLine'
import { isUnitGroup } from './unitGroups'
import { UnitProfileForm } from './UnitProfileForm'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'
import type { UnitRepositories } from './useUnitRepositories'

type UnitHomeProps = {
  readonly repositories: UnitRepositories
  readonly onOpen: (submissionId: string) => void
}

type Loaded = {
  readonly profile: UnitProfile | null
  readonly catalog: readonly CatalogEntry[]
  readonly submissions: readonly Submission[]
}

/** Unit mode's first screen: the unit profile, the frameworks to fill in, and every year's submissions. */
export function UnitHome({ repositories, onOpen }: UnitHomeProps) {
  const { t } = useTranslation()
  const [editingProfile, setEditingProfile] = useState(false)
  // A live read: a saved profile, a started submission or an imported framework shows by itself.
  const read = useLiveRead(async () => {
    const profile = await repositories.profiles.get()
    const [catalog, submissions] = await Promise.all([
      listCatalog(repositories.database),
      profile === null ? [] : repositories.submissions.listForUnit(profile.code),
    ])
    return ok<Loaded>({ profile, catalog, submissions })
  }, [repositories])

  if (read.status === 'loading') return <p role="status">{t('common.loading')}</p>
  if (read.status === 'error') return <ReadFailure error={read.error} />
  const loaded = read.value
  const { profile } = loaded
  return (
    <>
      <h1>{t('unit.title')}</h1>
      {profile === null ? (
        <>
          <section className="panel" aria-labelledby="unit-intro-heading">
            <h2 id="unit-intro-heading">{t('unit.empty.heading')}</h2>
            <p>{t('unit.empty.body')}</p>
          </section>
          <section className="panel" aria-labelledby="unit-profile-heading">
            <h2 id="unit-profile-heading">{t('unit.profile.heading')}</h2>
            <p className="help">{t('unit.profile.intro')}</p>
            <UnitProfileForm repositories={repositories} initial={null} onSaved={() => undefined} />
          </section>
        </>
      ) : (
        <>
          <section className="panel" aria-labelledby="unit-profile-heading">
            <h2 id="unit-profile-heading">{t('unit.profile.heading')}</h2>
            {editingProfile ? (
              <UnitProfileForm
                repositories={repositories}
                initial={profile}
                onSaved={() => setEditingProfile(false)}
                onCancel={() => setEditingProfile(false)}
              />
            ) : (
              <>
                <dl className="profile-summary">
                  <dt>{t('unit.profile.code')}</dt>
                  <dd data-testid="unit-code">{profile.code}</dd>
                  <dt>{t('unit.profile.name')}</dt>
                  <dd>{profile.name}</dd>
                  <dt>{t('unit.profile.group')}</dt>
                  <dd>{isUnitGroup(profile.group) ? t(`unit.groups.${profile.group}`) : profile.group}</dd>
                </dl>
                <button type="button" className="button" onClick={() => setEditingProfile(true)}>
                  {t('unit.profile.edit')}
                </button>
              </>
            )}
          </section>
          <SubmissionList submissions={loaded.submissions} catalog={loaded.catalog} onOpen={onOpen} />
          <FrameworkPicker
            repositories={repositories}
            profile={profile}
            catalog={loaded.catalog}
            submissions={loaded.submissions}
            onOpen={onOpen}
          />
        </>
      )}
    </>
  )
}

function SubmissionList({
  submissions,
  catalog,
  onOpen,
}: {
  readonly submissions: readonly Submission[]
  readonly catalog: readonly CatalogEntry[]
  readonly onOpen: (id: string) => void
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section className="panel" aria-labelledby="unit-submissions-heading">
      <h2 id="unit-submissions-heading">
        {submissions.length === 0 ? t('unit.empty.heading') : t('unit.submissions.heading')}
      </h2>
      {submissions.length === 0 ? (
        <p className="help">{t('unit.submissions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('unit.submissions.year')}</th>
                <th scope="col">{t('unit.submissions.framework')}</th>
                <th scope="col">{t('unit.submissions.revision')}</th>
                <th scope="col">{t('unit.submissions.status')}</th>
                <th scope="col">{t('unit.submissions.updated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('unit.submissions.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {submissions.map((submission) => {
                const entry = catalog.find(
                  (item) =>
                    item.id === submission.frameworkId && item.version === submission.frameworkVersion,
                )
                const name = entry === undefined ? submission.frameworkId : localized(entry.name, language)
                return (
                  <tr key={submission.id}>
                    <td>{submission.year}</td>
                    <td>
                      {name} <span className="muted small">{submission.frameworkVersion}</span>
                    </td>
                    <td>{submission.revision}</td>
                    <td>
                      <span className={`status-badge status-${submission.status}`}>
                        {t(`unit.status.${submission.status}`)}
                      </span>
                    </td>
                    <td>{formatDate(new Date(submission.updatedAt), language)}</td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        onClick={() => onOpen(submission.id)}
                        aria-label={t('unit.submissions.openLabel', {
                          year: submission.year,
                          revision: submission.revision,
                          framework: name,
                        })}
                      >
                        {t(
                          submission.status === 'draft'
                            ? 'unit.submissions.continue'
                            : 'unit.submissions.view',
                        )}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

type FrameworkPickerProps = {
  readonly repositories: UnitRepositories
  readonly profile: UnitProfile
  readonly catalog: readonly CatalogEntry[]
  readonly submissions: readonly Submission[]
  readonly onOpen: (id: string) => void
}

function FrameworkPicker({ repositories, profile, catalog, submissions, onOpen }: FrameworkPickerProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [message, setMessage] = useState<Notice | null>(null)
  const [busy, setBusy] = useState(false)
  const ordered = [...catalog].sort(
    (a, b) =>
      Number(b.unitGroup === profile.group) - Number(a.unitGroup === profile.group) || b.year - a.year,
  )

  const start = async (entry: CatalogEntry) => {
    setBusy(true)
    setMessage(null)
    const framework = await loadCatalogFramework(repositories.database, entry.id, entry.version)
    if (framework === null) {
      setMessage(errorNotice(t('unit.frameworks.loadFailed')))
      setBusy(false)
      return
    }
    await repositories.snapshots.keep(framework).catch(() => undefined)
    const started = await repositories.submissions.start({
      unitCode: profile.code,
      frameworkId: entry.id,
      frameworkVersion: entry.version,
      year: entry.year,
    })
    setBusy(false)
    if (started.ok) onOpen(started.value.id)
    else
      setMessage(
        errorNotice(t(started.error.code === 'quota' ? 'unit.save.failed.quota' : 'unit.save.failed.other')),
      )
  }

  // `source`: the file chooser by default, or the files of a drop (droppedFiles).
  const importJson = async (
    source: Promise<Result<readonly PickedFile[] | null, DesktopError>> = getPlatform().openFiles({
      purpose: 'framework',
      multiple: false,
    }),
  ) => {
    setMessage(null)
    const picked = await source
    if (!picked.ok) return setMessage(errorNotice(t('unit.frameworks.importFailed')))
    const file = picked.value?.[0]
    if (file === undefined) return
    if (!file.fileName.toLowerCase().endsWith('.json'))
      return setMessage(errorNotice(t('unit.frameworks.jsonOnly')))
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes))
    } catch {
      return setMessage(errorNotice(t('unit.frameworks.notJson', { fileName: file.fileName })))
    }
    const loadedFramework = loadFramework(json)
    if (!loadedFramework.ok) {
      const first = loadedFramework.error.slice(0, 3).map((issue) => `${issue.path || '—'}: ${issue.code}`)
      return setMessage(
        errorNotice(
          t('unit.frameworks.invalid', {
            fileName: file.fileName,
            count: loadedFramework.error.length,
            first: first.join('; '),
          }),
        ),
      )
    }
    await createFrameworkRepository(repositories.database).save(
      loadedFramework.value,
      new Date().toISOString(),
    )
    setMessage(
      infoNotice(
        t('unit.frameworks.imported', {
          name: localized(loadedFramework.value.name, language),
          version: loadedFramework.value.version,
        }),
      ),
    )
  }

  return (
    <section className="panel" aria-labelledby="unit-frameworks-heading">
      <h2 id="unit-frameworks-heading">{t('unit.frameworks.heading')}</h2>
      <p className="help">{t('unit.frameworks.intro')}</p>
      {ordered.length === 0 && <p>{t('unit.frameworks.none')}</p>}
      <ul className="framework-list">
        {ordered.map((entry) => {
          const existing = submissions.find(
            (submission) =>
              submission.frameworkId === entry.id &&
              submission.frameworkVersion === entry.version &&
              submission.year === entry.year,
          )
          const name = localized(entry.name, language)
          return (
            <li key={`${entry.id}@${entry.version}`} className="framework-item">
              <div>
                <strong>{name}</strong>
                <div className="muted small">
                  {t('unit.frameworks.meta', {
                    year: entry.year,
                    version: entry.version,
                    family: t(`unit.frameworks.family.${entry.family}`),
                    group: isUnitGroup(entry.unitGroup)
                      ? t(`unit.groups.${entry.unitGroup}`)
                      : entry.unitGroup,
                  })}
                </div>
                <div className="muted small">
                  {t(
                    entry.source === 'built-in' ? 'unit.frameworks.builtIn' : 'unit.frameworks.importedFrom',
                  )}{' '}
                  {localized(entry.origin, language)}
                </div>
              </div>
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => (existing === undefined ? void start(entry) : onOpen(existing.id))}
                aria-label={t(
                  existing === undefined ? 'unit.frameworks.startLabel' : 'unit.frameworks.openLabel',
                  { name, year: entry.year },
                )}
              >
                {t(existing === undefined ? 'unit.frameworks.start' : 'unit.frameworks.open', {
                  year: entry.year,
                })}
              </button>
            </li>
          )
        })}
      </ul>
      <DropZone
        purpose="framework"
        testId="unit-framework-drop-zone"
        onDropTransfer={(transfer) => void importJson(droppedFiles(transfer, 'framework'))}
      >
        <button type="button" className="button" onClick={() => void importJson()}>
          {t('unit.frameworks.import')}
        </button>
      </DropZone>
      <NoticeLine notice={message} />
    </section>
  )
}
