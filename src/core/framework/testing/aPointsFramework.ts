import type { Framework } from '@core/framework/framework'
import { aFramework } from './aFramework'
import { aChoice, aComponent, anIndicator, aQuestion, aSection } from './frameworkParts'

/**
 * A small, valid points-family framework (DTI style, rules from methodology §2 and the district
 * sample criteria): root `DTI` (100 points) over `NT` "Nhận thức số" (60) and `HT` "Hạ tầng số"
 * (40); indicators `1.1` choice → fraction of max, `1.2` sum of two yes/no parts, `1.3` steps on
 * a count, `1.4` ratio × max, `2.1` presence + bonus, `2.2` per item with a cap, `2.3` penalty;
 * bands Tốt / Khá / Trung bình / Yếu. Top-level fields are replaced by `overrides`.
 *
 * @example
 *   const framework = aPointsFramework({ bands: [] })
 */
export function aPointsFramework(overrides: Partial<Framework> = {}): Framework {
  return aFramework({
    id: 'test-dti-district',
    unitGroup: 'quan-huyen',
    name: { vi: 'Bộ chỉ số chuyển đổi số thử nghiệm' },
    family: 'points',
    sections: [
      aSection({ code: 'NT', title: { vi: 'Nhận thức số' } }),
      aSection({ code: 'HT', title: { vi: 'Hạ tầng số' } }),
    ],
    questions: [
      aQuestion({
        code: 'TruongBan',
        section: 'NT',
        type: 'single-choice',
        choices: [
          aChoice({ value: 'chu-tich', label: { vi: 'Bí thư/Chủ tịch' } }),
          aChoice({ value: 'pho-chu-tich', label: { vi: 'Phó Bí thư/Phó Chủ tịch' } }),
          aChoice({ value: 'khong', label: { vi: 'Chưa có' } }),
        ],
      }),
      aQuestion({ code: 'DuHopTinh', section: 'NT', type: 'yes-no' }),
      aQuestion({ code: 'ChuTriHop', section: 'NT', type: 'yes-no' }),
      aQuestion({ code: 'SoCuocHop', section: 'NT', min: 0 }),
      aQuestion({ code: 'HopChuTri', section: 'NT', min: 0 }),
      aQuestion({ code: 'CoTTDL', section: 'HT', type: 'yes-no' }),
      aQuestion({ code: 'CoHopChuan', section: 'HT', type: 'yes-no', relevance: 'CoTTDL' }),
      aQuestion({ code: 'SoUngDung', section: 'HT', min: 0 }),
      aQuestion({ code: 'CoSuCo', section: 'HT', type: 'yes-no' }),
    ],
    components: [
      aComponent({ code: 'DTI', name: { vi: 'Chỉ số chuyển đổi số' }, parent: null, maxPoints: 100 }),
      aComponent({ code: 'NT', name: { vi: 'Nhận thức số' }, parent: 'DTI', maxPoints: 60 }),
      aComponent({ code: 'HT', name: { vi: 'Hạ tầng số' }, parent: 'DTI', maxPoints: 40 }),
    ],
    indicators: [
      anIndicator({
        code: '1.1',
        formula: 'TruongBan',
        parent: 'NT',
        maxPoints: 10,
        rule: {
          kind: 'choice',
          mode: 'fraction',
          outcomes: [
            { choice: 'chu-tich', value: 1 },
            { choice: 'pho-chu-tich', value: 0.5 },
          ],
        },
      }),
      anIndicator({
        code: '1.2',
        formula: 'DuHopTinh and ChuTriHop',
        parent: 'NT',
        maxPoints: 10,
        rule: {
          kind: 'sum-of-parts',
          parts: [
            {
              code: 'a',
              formula: 'DuHopTinh',
              maxPoints: 5,
              rule: { kind: 'yes-no', yesPoints: 5, noPoints: 0 },
            },
            {
              code: 'b',
              formula: 'ChuTriHop',
              maxPoints: 5,
              rule: { kind: 'yes-no', yesPoints: 5, noPoints: 0 },
            },
          ],
        },
      }),
      anIndicator({
        code: '1.3',
        formula: 'SoCuocHop',
        parent: 'NT',
        maxPoints: 20,
        rule: {
          kind: 'steps',
          steps: [
            { atLeast: 4, points: 20 },
            { atLeast: 3, points: 15 },
            { atLeast: 2, points: 10 },
            { atLeast: 1, points: 5 },
          ],
        },
      }),
      anIndicator({
        code: '1.4',
        formula: 'HopChuTri / SoCuocHop',
        parent: 'NT',
        maxPoints: 20,
        rule: { kind: 'ratio-times-max' },
      }),
      anIndicator({
        code: '2.1',
        formula: 'CoTTDL',
        parent: 'HT',
        maxPoints: 30,
        rule: { kind: 'presence-bonus', presencePoints: 25, bonusFormula: 'CoHopChuan', bonusPoints: 5 },
      }),
      anIndicator({
        code: '2.2',
        formula: 'SoUngDung',
        parent: 'HT',
        maxPoints: 10,
        rule: { kind: 'per-item', pointsPerItem: 1 },
      }),
      anIndicator({
        code: '2.3',
        formula: 'CoSuCo',
        parent: 'HT',
        maxPoints: 0,
        rule: { kind: 'penalty', points: 1 },
      }),
    ],
    method: { normalisation: { method: 'min-max', lower: 0, upper: 1 }, imputation: { method: 'none' } },
    bands: [
      { code: 'tot', label: { vi: 'Tốt' }, minShare: 0.8 },
      { code: 'kha', label: { vi: 'Khá' }, minShare: 0.65 },
      { code: 'trung-binh', label: { vi: 'Trung bình' }, minShare: 0.5 },
      { code: 'yeu', label: { vi: 'Yếu' }, minShare: 0 },
    ],
    ...overrides,
  })
}
