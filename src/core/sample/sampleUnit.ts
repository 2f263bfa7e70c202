/**
 * A unit the sample generator answers for: the code and name shown everywhere, the group code
 * (kebab case, as a framework's `unitGroup`) and the group's Vietnamese name.
 *
 * @example
 *   const unit: SampleUnit = { code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh', groupName: 'Sở, ban, ngành' }
 */
export type SampleUnit = {
  readonly code: string
  readonly name: string
  readonly group: string
  readonly groupName: string
}
