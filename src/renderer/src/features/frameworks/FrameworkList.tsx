import { useTranslation } from 'react-i18next'
import { formatDate } from '../../i18n/format'
import { isLanguage } from '../../i18n/languages'
import { localized } from '../../i18n/localized'
import { isUnitGroup } from '../unit/unitGroups'
import type { LibraryEntry } from './useFrameworkLibrary'

type FrameworkListProps = {
  readonly entries: readonly LibraryEntry[]
  readonly onOpen: (entry: LibraryEntry) => void
}

/** The table of frameworks on this computer: built-in first, then imported ones. */
export function FrameworkList({ entries, onOpen }: FrameworkListProps) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const hasImported = entries.some((entry) => entry.source === 'imported')
  return (
    <>
      <table className="data-table framework-library-table">
        <caption>{t('frameworks.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('frameworks.list.id')}</th>
            <th scope="col" className="framework-nowrap">
              {t('frameworks.list.version')}
            </th>
            <th scope="col">{t('frameworks.list.year')}</th>
            <th scope="col">{t('frameworks.list.unitGroup')}</th>
            <th scope="col">{t('frameworks.list.family')}</th>
            <th scope="col">{t('frameworks.list.source')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('frameworks.list.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.source}:${entry.id}:${entry.version}`}>
              <th scope="row">
                <div className="framework-name">{localized(entry.name, language)}</div>
                <code>{entry.id}</code>
              </th>
              <td className="framework-nowrap">{entry.version}</td>
              <td>{entry.year}</td>
              <td>{isUnitGroup(entry.unitGroup) ? t(`unit.groups.${entry.unitGroup}`) : entry.unitGroup}</td>
              <td>{t(`frameworks.family.${entry.family}`)}</td>
              <td className="framework-nowrap">
                {entry.source === 'built-in'
                  ? t('frameworks.list.builtIn')
                  : t('frameworks.list.imported', {
                      date: entry.importedAt ? formatDate(new Date(entry.importedAt), language) : '',
                    })}
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  onClick={() => onOpen(entry)}
                  aria-label={`${t('frameworks.list.open')} ${entry.id} ${entry.version}`}
                >
                  {t('frameworks.list.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!hasImported && <p className="help">{t('frameworks.list.empty')}</p>}
    </>
  )
}
