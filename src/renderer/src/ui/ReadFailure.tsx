import { useTranslation } from 'react-i18next'
import type { StorageFailure } from '@core/storage/storageError'

/** A read that failed (see `useLiveRead`), explained in the user's language instead of an endless "loading". */
export function ReadFailure({ error }: { readonly error: StorageFailure }) {
  const { t } = useTranslation()
  return (
    <section className="panel" role="alert">
      <h2>{t('errors.read.title')}</h2>
      <p>{t(`errors.read.${error.code}`)}</p>
      {error.message === '' ? null : (
        <details>
          <summary>{t('errors.read.details')}</summary>
          <code>{error.message}</code>
        </details>
      )}
    </section>
  )
}
