import { loadFramework } from '@core/framework/loadFramework'
import { aFramework } from '@core/framework/testing/aFramework'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { Answers } from '@core/responses/answer'
import type { AssessmentUnit, DeclaredSubmission } from '@core/assessment/assessment'

/** The small test framework, validated (tests of the evaluator need a `ValidFramework`). */
export function anAssessmentFramework(): ValidFramework {
  const loaded = loadFramework(aFramework())
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
  return loaded.value
}

/** A unit of the assessment; the name is long and Vietnamese on purpose. */
export const aUnit = (code: string, group = 'Sở, ban, ngành'): AssessmentUnit => ({
  code,
  name: `Sở ${code} tỉnh Hà Tĩnh`,
  group,
})

/** Plausible answers to the test framework, scaled by `size`. */
export const someAnswers = (size: number): Answers => ({
  SoCBCC: 100,
  MayTinh: 50 + size,
  MayTinhInternet: 40 + size,
  CoPhongCNTT: true,
  SoCBCNTT: 1 + (size % 5),
  TyLeVanBanDienTu: Math.min(100, 40 + size),
  PhanMem: [{ SoNguoiDung: 10 + size }],
})

/** A declared submission received from unit mode. */
export const aDeclared = (
  unit: string,
  answers: Answers,
  receivedAt = '2025-03-01T08:00:00.000Z',
): DeclaredSubmission => ({
  unit,
  answers,
  source: 'unit-mode',
  receivedAt,
  reference: `${unit}|r1`,
  history: [{ at: receivedAt, kind: 'submitted', reference: `${unit}|r1` }],
  importWarnings: [],
  pendingVersions: 0,
})
