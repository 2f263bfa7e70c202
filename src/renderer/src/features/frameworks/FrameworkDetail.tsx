import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import { isLanguage } from '../../i18n/languages'
import { localized } from '../../i18n/localized'
import { useTabList } from '../../ui/useTabList'
import { FrameworkMethod } from './FrameworkMethod'
import { FrameworkQuestions } from './FrameworkQuestions'
import { FrameworkTree } from './FrameworkTree'
import { useFrameworkExport } from './useFrameworkExport'

type Tab = 'tree' | 'questions' | 'method'
const TABS: readonly Tab[] = ['tree', 'questions', 'method']

type FrameworkDetailProps = {
  readonly framework: ValidFramework
  readonly canRemove: boolean
  readonly onBack: () => void
  readonly onRemove: () => void
}

/** One framework: where it comes from, its tree, its questions, its method, and export. */
export function FrameworkDetail({ framework, canRemove, onBack, onRemove }: FrameworkDetailProps) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const [tab, setTab] = useState<Tab>('tree')
  const exporter = useFrameworkExport(framework)
  // Opening a framework replaces the list (and the button pressed): the focus goes to its heading.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [framework.id, framework.version])
  const tabs = useTabList({
    tabs: TABS,
    selected: tab,
    onSelect: setTab,
    label: localized(framework.name, language),
  })
  return (
    <article className="framework-detail" aria-labelledby="framework-title">
      <button type="button" className="button link" onClick={onBack}>
        ← {t('frameworks.detail.back')}
      </button>
      <h2 id="framework-title" ref={heading} tabIndex={-1}>
        {localized(framework.name, language)}{' '}
        <span className="tree-meta">
          {framework.id} {framework.version}
        </span>
      </h2>
      <p className="origin">
        {t('frameworks.detail.origin', { origin: localized(framework.origin, language) })}
      </p>
      {framework.description && <p>{localized(framework.description, language)}</p>}
      <p>
        {t('frameworks.detail.summary', {
          questions: framework.questions.length,
          sections: framework.sections.length,
          indicators: framework.indicators.length,
          components: framework.components.length,
        })}
      </p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void exporter.exportJson()}>
          {t('frameworks.detail.exportJson')}
        </button>
        <button type="button" className="button" onClick={() => void exporter.exportWorkbook()}>
          {t('frameworks.detail.exportWorkbook')}
        </button>
        {canRemove && (
          <button type="button" className="button danger-outline" onClick={onRemove}>
            {t('frameworks.detail.remove')}
          </button>
        )}
      </div>
      <p role="status" className="status-line">
        {exporter.status.kind === 'saved' && t('frameworks.detail.exported', { file: exporter.status.file })}
        {exporter.status.kind === 'failed' &&
          t('frameworks.detail.exportFailed', { reason: exporter.status.reason })}
      </p>
      <div {...tabs.listProps} className="tabs">
        {TABS.map((name) => (
          <button key={name} {...tabs.tabProps(name)}>
            {t(`frameworks.detail.${name}Tab`)}
          </button>
        ))}
      </div>
      <div {...tabs.panelProps(tab)} className="tab-panel">
        {tab === 'tree' && <FrameworkTree framework={framework} />}
        {tab === 'questions' && <FrameworkQuestions framework={framework} />}
        {tab === 'method' && <FrameworkMethod framework={framework} />}
      </div>
    </article>
  )
}
