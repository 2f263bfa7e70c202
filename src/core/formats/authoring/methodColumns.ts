import {
  aggregations,
  imputationMethods,
  normalisationMethods,
  treatmentMethods,
} from '@core/framework/method'
import { authoringColumn as column } from './authoringColumnHelpers'
import type { AuthoringColumn } from './authoringLayout'

/**
 * The parameters of each normalisation method, by the column (or setting) key suffix: a method's
 * own parameters are required, the others must stay empty.
 *
 * @example
 *   normalisationParameters['min-max'] // => ['lower', 'upper']
 */
export const normalisationParameters = {
  'min-max': ['lower', 'upper'],
  'z-score': ['mean', 'sd'],
  'ratio-to-max': [],
  'distance-to-max': [],
  rank: [],
  'percentile-rank': [],
  goalposts: ['lower', 'upper', 'scale'],
  none: [],
} as const satisfies Record<(typeof normalisationMethods)[number], readonly string[]>

/** Every normalisation parameter, in column order. @example normalisationParameterKeys[0] // => 'lower' */
export const normalisationParameterKeys = ['lower', 'upper', 'mean', 'sd', 'scale'] as const

/**
 * The normalisation and imputation columns, shared by the `settings` sheet (framework defaults)
 * and the `indicators` sheet (overrides): `normalisation`, `normalisation_lower` … `imputation`,
 * `imputation_attribute`, `treatment`, `treatment_winmax` (decision 0017).
 *
 * @example
 *   methodColumns('indicator').map((column) => column.key).includes('normalisation_sd') // => true
 */
export function methodColumns(scope: 'framework' | 'indicator'): readonly AuthoringColumn[] {
  const fallback =
    scope === 'indicator'
      ? {
          vi: ' Để trống để dùng mặc định ở trang settings.',
          en: ' Empty: the default on the settings sheet.',
        }
      : { vi: ' Để trống: min-max 0–1.', en: ' Empty: min-max 0–1.' }
  const imputationFallback =
    scope === 'indicator' ? fallback : { vi: ' Để trống: none.', en: ' Empty: none.' }
  return [
    column(
      'normalisation',
      'Chuẩn hóa',
      'option',
      `Phương pháp chuẩn hóa (họ relative): min-max, z-score, ratio-to-max, distance-to-max, rank, percentile-rank, goalposts, none.${fallback.vi}`,
      `Normalisation method (relative family).${fallback.en}`,
      { options: normalisationMethods },
    ),
    column(
      'normalisation_lower',
      'Cận dưới',
      'number',
      'Cận dưới; chỉ cho min-max và goalposts.',
      'Lower bound; min-max and goalposts only.',
    ),
    column(
      'normalisation_upper',
      'Cận trên',
      'number',
      'Cận trên; chỉ cho min-max và goalposts.',
      'Upper bound; min-max and goalposts only.',
    ),
    column(
      'normalisation_mean',
      'Trung bình đích',
      'number',
      'Trung bình sau chuẩn hóa; chỉ cho z-score.',
      'Target mean; z-score only.',
    ),
    column(
      'normalisation_sd',
      'Độ lệch chuẩn đích',
      'number',
      'Độ lệch chuẩn sau chuẩn hóa (> 0); chỉ cho z-score.',
      'Target standard deviation (> 0); z-score only.',
    ),
    column(
      'normalisation_scale',
      'Thang',
      'number',
      'Thang điểm (> 0); chỉ cho goalposts.',
      'Scale (> 0); goalposts only.',
    ),
    column(
      'imputation',
      'Xử lý thiếu số liệu',
      'option',
      `Cách xử lý giá trị thiếu: none (bỏ qua, chia lại trọng số), mean, median, group-mean (trung bình nhóm), zero (tính là 0), previous-year (lấy năm trước).${imputationFallback.vi}`,
      `Missing-value treatment.${imputationFallback.en}`,
      { options: imputationMethods },
    ),
    column(
      'imputation_attribute',
      'Thuộc tính nhóm',
      'code',
      'Thuộc tính đơn vị để lập nhóm, ví dụ group; chỉ cho group-mean.',
      'Unit attribute that forms the groups, e.g. group; group-mean only.',
    ),
    column(
      'treatment',
      'Xử lý ngoại lai',
      'option',
      `Xử lý ngoại lai trước chuẩn hóa (họ relative): none, coinr (Winsorise rồi log nếu vẫn lệch, như COINr), winsorise, log.${imputationFallback.vi}`,
      `Outlier treatment before normalisation (relative family): none, coinr (COINr's Treat), winsorise, log.${imputationFallback.en}`,
      { options: treatmentMethods },
    ),
    column(
      'treatment_winmax',
      'Số điểm Winsorise tối đa',
      'number',
      'Số điểm Winsorise tối đa (số nguyên ≥ 0, COINr mặc định 5); chỉ cho coinr và winsorise.',
      'Most points to Winsorise (whole number ≥ 0, COINr default 5); coinr and winsorise only.',
    ),
  ]
}

/** The aggregation column / setting. @example aggregationColumn('framework').options // => aggregations */
export function aggregationColumn(scope: 'framework' | 'component'): AuthoringColumn {
  const fallback =
    scope === 'component'
      ? {
          vi: ' Để trống để dùng mặc định ở trang settings.',
          en: ' Empty: the default on the settings sheet.',
        }
      : {
          vi: ' Để trống: arithmetic (họ relative) hoặc sum (họ points).',
          en: ' Empty: arithmetic (relative) or sum (points).',
        }
  return column(
    'aggregation',
    'Cách tổng hợp',
    'option',
    `Cách gộp các mục con: arithmetic, geometric, harmonic (trung bình có trọng số, họ relative) hoặc sum (cộng có giới hạn, họ points).${fallback.vi}`,
    `How children are combined: arithmetic, geometric, harmonic (weighted means) or sum (capped sum, points).${fallback.en}`,
    { options: aggregations },
  )
}
