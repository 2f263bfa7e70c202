import type { TFunction } from 'i18next'
import type { CombineRule, DissolvedUnit, UnitRestatement } from '@core/comparison/restateYear'

/** The short mark of a restated value: "ghép từ 2 đơn vị", "tách từ UBND quận Hải Châu", "đổi tên", "đơn vị mới". */
export function restatementLabel(note: UnitRestatement, t: TFunction): string {
  if (note.kinds.includes('created')) return t('manager.lineage.mark.created')
  if (note.kinds.includes('merged'))
    return t('manager.lineage.mark.merged', { count: note.predecessors.length })
  if (note.kinds.includes('split'))
    return t('manager.lineage.mark.split', {
      list: note.predecessors.map((item) => item.name).join(', '),
    })
  return t('manager.lineage.mark.renamed')
}

/** The rule in words: "trung bình cộng", "bình quân gia quyền theo dân số", "không so sánh được". */
export function combineRuleText(rule: CombineRule, t: TFunction): string {
  return rule.kind === 'mean'
    ? t('manager.lineage.rule.mean')
    : rule.kind === 'none'
      ? t('manager.lineage.rule.none')
      : t('manager.lineage.rule.weighted', { attribute: rule.attribute })
}

/** The whole note: the mark, the predecessors by name and code, and the rule when values were combined. */
export function restatementText(note: UnitRestatement, t: TFunction): string {
  const label = restatementLabel(note, t)
  if (note.kinds.includes('created')) return label
  const list = note.predecessors.map((item) => `${item.name} (${item.code})`).join(', ')
  const rule =
    note.predecessors.length < 2
      ? ''
      : note.missingWeights.length > 0
        ? t('manager.lineage.rule.weightMissing', { list: note.missingWeights.join(', ') })
        : combineRuleText(note.rule, t)
  return t('manager.lineage.note', { label, list, rule: rule === '' ? '' : `; ${rule}` })
}

/** "UBND quận Ngũ Hành Sơn (Q-NHS): không còn tồn tại từ 2025-07-01, chuyển về Phường Ngũ Hành Sơn". */
export function dissolvedText(unit: DissolvedUnit, t: TFunction): string {
  return unit.into === null
    ? t('manager.lineage.dissolved', { name: unit.name, code: unit.code, date: unit.date })
    : t('manager.lineage.dissolvedInto', {
        name: unit.name,
        code: unit.code,
        date: unit.date,
        into: unit.into.name,
      })
}
