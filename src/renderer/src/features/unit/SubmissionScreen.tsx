import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Submission } from '@core/responses/submission'
import { classifyStorageError, type StorageFailure } from '@core/storage/storageError'
import type { UnitProfile } from '@core/storage/unitProfileRepository'
import { ReadFailure } from '../../ui/ReadFailure'
import { loadCatalogFramework } from '@core/storage/frameworkCatalog'
import { QuestionnaireEditor } from './QuestionnaireEditor'
import type { UnitRepositories } from './useUnitRepositories'

type SubmissionScreenProps = {
  readonly repositories: UnitRepositories
  readonly id: string
  readonly onOpen: (id: string) => void
  readonly onBack: () => void
}

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'not-found' }
  | { readonly status: 'failed'; readonly error: StorageFailure }
  | { readonly status: 'framework-missing'; readonly submission: Submission }
  | {
      readonly status: 'ready'
      readonly submission: Submission
      readonly framework: ValidFramework
      readonly profile: UnitProfile | null
      readonly isLatest: boolean
    }

/**
 * Opens one revision: loads it with its framework (built-in, imported or the kept copy). Keyed by
 * id by its parent. Read once, not live (decision 0008): from here on the editor's autosave queue
 * owns the draft, and re-reading after every save would re-render the whole questionnaire.
 */
export function SubmissionScreen({ repositories, id, onOpen, onBack }: SubmissionScreenProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<State>({ status: 'loading' })
  const language = useLanguage()
  useDocumentTitle(
    state.status === 'ready' ? localized(state.framework.name, language) : null,
    t('unit.title'),
  )
  useEffect(() => {
    let cancelled = false
    const open = async () => {
      const submission = await repositories.submissions.get(id)
      if (submission === null) {
        if (!cancelled) setState({ status: 'not-found' })
        return
      }
      const [framework, profile, revisions] = await Promise.all([
        loadCatalogFramework(repositories.database, submission.frameworkId, submission.frameworkVersion),
        repositories.profiles.get(),
        repositories.submissions.revisions(submission),
      ])
      if (cancelled) return
      if (framework === null) setState({ status: 'framework-missing', submission })
      else
        setState({
          status: 'ready',
          submission,
          framework,
          profile,
          isLatest: revisions.at(-1)?.id === submission.id,
        })
    }
    open().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'failed', error: classifyStorageError(error) })
    })
    return () => {
      cancelled = true
    }
  }, [repositories, id])

  switch (state.status) {
    case 'loading':
      return <p role="status">{t('common.loading')}</p>
    case 'failed':
      return <ReadFailure error={state.error} />
    case 'not-found':
    case 'framework-missing':
      return (
        <section className="panel" role="alert">
          <h1>{t(state.status === 'not-found' ? 'unit.editor.notFound' : 'unit.editor.frameworkMissing')}</h1>
          {state.status === 'framework-missing' && (
            <p>
              {t('unit.editor.frameworkMissingBody', {
                id: state.submission.frameworkId,
                version: state.submission.frameworkVersion,
              })}
            </p>
          )}
          <button type="button" className="button" onClick={onBack}>
            {t('unit.editor.back')}
          </button>
        </section>
      )
    case 'ready':
      return (
        <QuestionnaireEditor
          key={state.submission.id}
          repositories={repositories}
          submission={state.submission}
          framework={state.framework}
          profile={state.profile}
          isLatest={state.isLatest}
          onOpenSubmission={onOpen}
          onBack={onBack}
        />
      )
  }
}
