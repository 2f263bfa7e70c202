import { useTranslation } from 'react-i18next'
import { FILE_KINDS } from '@core/inspect/fileKind'
import { FORMAT_VERSIONS } from '@core/inspect/formatVersions'
import { SCORING_ENGINE_VERSION } from '@core/scoring/assessmentResult'
import { schemaHistory } from '@core/storage/schemaHistory'
import { changelogText, changesOf } from './changelog'

/** The database schema version this build writes: the last step of the append-only history. */
const SCHEMA_VERSION = schemaHistory.at(-1)?.version ?? 0

/**
 * The versions a support request needs — the app, the scoring engine, the database schema and each
 * file format this build writes — and the changes of this version (`resources/changelog`). Shown
 * in Settings → Giới thiệu and in the About dialog.
 */
export function AboutDetails({ version }: { readonly version: string }) {
  const { t, i18n } = useTranslation()
  const changes = changesOf(changelogText(i18n.language), version)
  return (
    <>
      <dl className="about-versions">
        <dt>{t('settings.about.appVersion')}</dt>
        <dd>{version}</dd>
        <dt>{t('settings.about.engineVersion')}</dt>
        <dd>{SCORING_ENGINE_VERSION}</dd>
        <dt>{t('settings.about.schemaVersion')}</dt>
        <dd>{SCHEMA_VERSION}</dd>
      </dl>
      <h3>{t('settings.about.formatsHeading')}</h3>
      <table className="about-formats">
        <thead>
          <tr>
            <th scope="col">{t('settings.about.formatKind')}</th>
            <th scope="col">{t('settings.about.formatId')}</th>
            <th scope="col">{t('settings.about.formatVersion')}</th>
          </tr>
        </thead>
        <tbody>
          {FILE_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`settings.about.kinds.${kind}`)}</th>
              <td>
                <code>{kind}</code>
              </td>
              <td>{FORMAT_VERSIONS[kind] ?? t('settings.about.noFormatVersion')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('settings.about.changesHeading', { version })}</h3>
      {changes.length === 0 ? (
        <p>{t('settings.about.noChanges')}</p>
      ) : (
        <ul className="about-changes">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
    </>
  )
}
