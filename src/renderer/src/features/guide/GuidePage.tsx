import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { getPlatform } from '../../platform/getPlatform'
import { PrintButton } from '../../ui/PrintButton'
import { FilesDiagram } from './FilesDiagram'
import { findSection, GUIDE } from './guideContent'
import { guidePath } from './guidePath'
import { GUIDE_ROLES, isGuideRole, type GuideRole } from './guideRoles'
import { GuideRoleSections, sectionElementId } from './GuideRoleSections'
import './guide.css'

/** The guide's contents: each role with its sections, and the diagram of how files travel. */
function GuideContents() {
  const { t } = useTranslation()
  return (
    <nav className="guide-contents" aria-label={t('guide.contents')}>
      <ul className="guide-roles">
        {GUIDE_ROLES.map((role) => (
          <li key={role} className="guide-role-card">
            <h2>
              <Link to={guidePath(role)}>{t(`guide.roles.${role}.title`)}</Link>
            </h2>
            <p>{t(`guide.roles.${role}.lead`)}</p>
            <ol>
              {GUIDE[role].map((section) => (
                <li key={section.id}>
                  <Link to={guidePath(role, section.id)}>
                    {t(`guide.sections.${role}.${section.id}.title` as never)}
                  </Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
        <li className="guide-role-card">
          <h2>
            <Link to={guidePath('files')}>{t('guide.files.title')}</Link>
          </h2>
          <p>{t('guide.files.lead')}</p>
        </li>
      </ul>
    </nav>
  )
}

/** Print / PDF of the page shown, with the browser edition's note on its print dialog. */
function GuidePrint({ name }: { readonly name: string }) {
  const { t } = useTranslation()
  return (
    <div className="guide-print toolbar">
      <PrintButton scope="guide" suggestedName={name} landscape={false} />
      {getPlatform().runtime === 'browser' && <p className="help">{t('guide.printNote')}</p>}
    </div>
  )
}

/** One role's guide; with a section, that section is scrolled to and its heading takes the focus. */
function RoleGuide({ role, section }: { readonly role: GuideRole; readonly section: string | undefined }) {
  const { t } = useTranslation()
  const title = t(`guide.roles.${role}.title`)
  useDocumentTitle(title, t('guide.title'))
  const target = findSection(role, section)?.id
  useEffect(() => {
    if (target === undefined) return
    const heading = document.getElementById(`${sectionElementId(role, target)}-heading`)
    heading?.focus({ preventScroll: true })
    heading?.scrollIntoView({ block: 'start' })
  }, [role, target])
  return (
    <article className="guide-page">
      <p className="guide-back">
        <Link to={guidePath()}>{t('guide.allGuides')}</Link>
      </p>
      <h1>
        {t('guide.title')}: {title}
      </h1>
      <p className="lead">{t(`guide.roles.${role}.lead`)}</p>
      <GuidePrint name={`huong-dan-${role}`} />
      <GuideRoleSections role={role} />
    </article>
  )
}

function FilesPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('guide.files.title'), t('guide.title'))
  return (
    <article className="guide-page">
      <p className="guide-back">
        <Link to={guidePath()}>{t('guide.allGuides')}</Link>
      </p>
      <h1>{t('guide.files.title')}</h1>
      <p className="lead">{t('guide.files.lead')}</p>
      <GuidePrint name="cach-cac-tep-di-lai" />
      <FilesDiagram />
    </article>
  )
}

/** `#/guide`, `#/guide/<role>`, `#/guide/<role>/<section>` and `#/guide/files`. */
export function GuidePage() {
  const { role, section } = useParams()
  if (role === 'files') return <FilesPage />
  if (isGuideRole(role)) return <RoleGuide key={role} role={role} section={section} />
  return (
    <GuideIndex
      unknown={
        role === undefined ? undefined : [role, section].filter((part) => part !== undefined).join('/')
      }
    />
  )
}

function GuideIndex({ unknown }: { readonly unknown: string | undefined }) {
  const { t } = useTranslation()
  useDocumentTitle(t('guide.title'))
  return (
    <article className="guide-page">
      <h1>{t('guide.title')}</h1>
      <p className="lead">{t('guide.lead')}</p>
      {unknown !== undefined && (
        <p role="status" className="help">
          {t('guide.notFound', { path: unknown })}
        </p>
      )}
      <GuideContents />
    </article>
  )
}
