import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'
import { FrameworkDetail } from './FrameworkDetail'
import { FrameworkImport } from './FrameworkImport'
import { FrameworkList } from './FrameworkList'
import { ReadFailure } from '../../ui/ReadFailure'
import { useFrameworkLibrary, type LibraryEntry } from './useFrameworkLibrary'
import './frameworks.css'

type Opened = { readonly entry: LibraryEntry; readonly framework: ValidFramework }

/** The framework library: built-in and imported frameworks, import, view and export. */
export function FrameworkLibraryPage() {
  const { t } = useTranslation()
  const library = useFrameworkLibrary()
  const [opened, setOpened] = useState<Opened | null>(null)
  const language = useLanguage()
  useDocumentTitle(opened === null ? null : localized(opened.framework.name, language), t('frameworks.title'))
  const open = async (entry: LibraryEntry) => {
    const framework = await library.open(entry)
    if (framework !== null) setOpened({ entry, framework })
  }
  if (opened !== null) {
    return (
      <FrameworkDetail
        framework={opened.framework}
        canRemove={opened.entry.source === 'imported'}
        onBack={() => setOpened(null)}
        onRemove={() => {
          void library.remove(opened.framework.id, opened.framework.version).then(() => setOpened(null))
        }}
      />
    )
  }
  return (
    <>
      <h1>{t('frameworks.title')}</h1>
      <p className="lead">{t('frameworks.intro')}</p>
      {library.error === null ? null : <ReadFailure error={library.error} />}
      <FrameworkList entries={library.entries} onOpen={(entry) => void open(entry)} />
      <FrameworkImport onImported={library.save} />
    </>
  )
}
