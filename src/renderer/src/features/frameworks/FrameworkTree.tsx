import { useTranslation } from 'react-i18next'
import type { Framework } from '@core/framework/framework'
import { componentChildren, rootComponent, type ComponentChild } from '@core/framework/frameworkSummary'
import { formatNumber } from '../../i18n/format'
import { isLanguage } from '../../i18n/languages'
import { localized } from '../../i18n/localized'

/** The component tree with each node's weight, share of its level and maximum points. */
export function FrameworkTree({ framework }: { readonly framework: Framework }) {
  const root = rootComponent(framework)
  const children = componentChildren(framework)
  if (root === undefined) return null
  return (
    <ul className="framework-tree" aria-label={root.code}>
      <TreeNode
        framework={framework}
        child={{ kind: 'component', component: root }}
        siblings={[{ kind: 'component', component: root }]}
        childrenOf={children}
      />
    </ul>
  )
}

type TreeNodeProps = {
  readonly framework: Framework
  readonly child: ComponentChild
  readonly siblings: readonly ComponentChild[]
  readonly childrenOf: ReadonlyMap<string, readonly ComponentChild[]>
}

function TreeNode({ framework, child, siblings, childrenOf }: TreeNodeProps) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const node = child.kind === 'component' ? child.component : child.indicator
  const totalWeight = siblings.reduce(
    (sum, sibling) =>
      sum + (sibling.kind === 'component' ? sibling.component.weight : sibling.indicator.weight),
    0,
  )
  const share = totalWeight > 0 ? node.weight / totalWeight : 0
  const kids = child.kind === 'component' ? (childrenOf.get(child.component.code) ?? []) : []
  const isRoot = child.kind === 'component' && child.component.parent === null
  return (
    <li className={child.kind === 'indicator' ? 'tree-indicator' : 'tree-component'}>
      <div className="tree-line">
        <code>{node.code}</code> <span className="tree-name">{localized(node.name, language)}</span>
        {!isRoot && framework.family === 'relative' && (
          <span className="tree-meta">
            {t('frameworks.detail.weight', {
              weight: formatNumber(node.weight, language),
              share: new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
                style: 'percent',
                maximumFractionDigits: 1,
              }).format(share),
            })}
          </span>
        )}
        {node.maxPoints !== undefined && (
          <span className="tree-meta">
            {t('frameworks.detail.maxPoints', { points: formatNumber(node.maxPoints, language) })}
          </span>
        )}
        {child.kind === 'indicator' && child.indicator.placeholder && (
          <span className="badge warning">{t('frameworks.detail.placeholder')}</span>
        )}
      </div>
      {child.kind === 'indicator' && (
        <div className="tree-formula">
          {t('frameworks.detail.formula')}: <code>{child.indicator.formula}</code>
          {child.indicator.denominator !== undefined && (
            <>
              {' · '}
              {t('frameworks.detail.denominator')} <code>{child.indicator.denominator}</code>
            </>
          )}
          {child.indicator.rule && (
            <>
              {' · '}
              {t('frameworks.detail.rule')}: {t(`frameworks.ruleKinds.${child.indicator.rule.kind}`)}
            </>
          )}
        </div>
      )}
      {kids.length > 0 && (
        <ul>
          {kids.map((kid) => (
            <TreeNode
              key={kid.kind === 'component' ? kid.component.code : kid.indicator.code}
              framework={framework}
              child={kid}
              siblings={kids}
              childrenOf={childrenOf}
            />
          ))}
        </ul>
      )}
    </li>
  )
}
