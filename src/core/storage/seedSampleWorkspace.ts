import type { AuditOperator, OperatorMode } from '@core/audit/auditOperator'
import type { AssessmentUnit } from '@core/assessment/assessment'
import { previousIndicatorValues } from '@core/assessment/previousIndicatorValues'
import { scoringUnits } from '@core/assessment/scoringUnits'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { AnswerValue, Answers } from '@core/responses/answer'
import { err, ok, type Result } from '@core/result'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createAppraisalRepository, type AppraisalWriteFailure } from './appraisalRepository'
import {
  createAssessmentRepository,
  type AssessmentReadFailure,
  type AssessmentWriteFailure,
} from './assessmentRepository'
import { loadAssessmentWorkspace } from './assessmentWorkspace'
import type { WorkbenchDatabase } from './database'
import { createFrameworkSnapshotRepository } from './frameworkSnapshotRepository'
import { createSubmissionRepository, type SubmissionWriteFailure } from './submissionRepository'
import { createUnitProfileRepository } from './unitProfileRepository'
import { bindAuditOperator } from './auditLogAppend'
import { createUnitLineageRepository } from './unitLineageRepository'
import type { StorageFailure } from './storageError'
import { loadBuiltInLineage } from '@core/comparison/builtInLineages'
import { sampleUnitsForYear } from '@core/sample/sampleUnitsForYear'
import {
  DEFAULT_SAMPLE_SEED,
  generateSample,
  SAMPLE_YEARS,
  type Sample,
  type SampleError,
} from '@core/sample/generateSample'
import type { SampleAnomaly } from '@core/sample/sampleAnomaly'

/** The sample workspace's own database: real work lives in `WORKBENCH_DATABASE_NAME`, never here. */
export const SAMPLE_WORKSPACE_DATABASE_NAME = 'ict-index-workbench-sample'

/** The framework the sample workspace is filled against (all 28 Đà Nẵng units answer it). */
export const SAMPLE_WORKSPACE_FRAMEWORK_ID = 'dept-ict-readiness'

/** The unit unit mode is set up for in the sample workspace (Sở Nội vụ). */
export const SAMPLE_WORKSPACE_UNIT_CODE = 'SNV'

/** The years whose assessment is published; the last sample year stays open for the evaluator. */
export const SAMPLE_WORKSPACE_PUBLISHED_YEARS: readonly number[] = [2024, 2025]

/** The year of the one appraisal (made before that year was published, so its results carry it). */
const APPRAISAL_YEAR = 2025

/** Units approved in the open year; each approval rewrites the assessment, so only a few. */
const APPROVED_IN_OPEN_YEAR = 6

/** Written last: a sample database without it was interrupted and is seeded again from scratch. */
const SEEDED_KEY = 'sample.workspace'

export type SeedSampleWorkspaceFailure =
  | SampleError
  | SubmissionWriteFailure
  | AssessmentWriteFailure
  | AssessmentReadFailure
  | AppraisalWriteFailure
  | { readonly code: 'sample-framework-invalid' }
  | { readonly code: 'sample-lineage-invalid' }
  | StorageFailure
  | { readonly code: 'unit-profile-refused' }
  | { readonly code: 'nothing-to-appraise' }

/** What the sample workspace holds once seeded, for the screens and tests. */
export type SeededSampleWorkspace = {
  readonly unitCode: string
  readonly submissionCount: number
  readonly assessments: readonly {
    readonly id: string
    readonly year: number
    readonly status: 'open' | 'published'
  }[]
  readonly appraisal: { readonly assessmentId: string; readonly unit: string; readonly question: string }
}

export type SeedSampleWorkspaceOptions = {
  readonly seed?: number
  /** Default: the built-in `dept-ict-readiness`. */
  readonly framework?: ValidFramework
}

/** The people the sample workspace's audit log names, one per mode (made up, marked as sample data). */
export const SAMPLE_OPERATORS: Readonly<Record<OperatorMode, AuditOperator>> = {
  unit: { mode: 'unit', name: 'Lê Thị Hoa', position: 'Chuyên viên Sở Nội vụ, dữ liệu mẫu' },
  evaluator: { mode: 'evaluator', name: 'Phạm Minh Tuấn', position: 'Chuyên viên thẩm định, dữ liệu mẫu' },
  manager: { mode: 'manager', name: 'Võ Thanh Hải', position: 'Lãnh đạo Sở, dữ liệu mẫu' },
}

/**
 * Fills an empty database with the sample workspace, through the repositories so every row is
 * as the app itself writes it: unit mode's profile (Sở Nội vụ) with its submissions for 2024 and
 * 2025 (submitted) and 2026 (a draft two-thirds answered); the submitted answers of all 28 Đà
 * Nẵng units for the three years (what the evaluator's assessments read as declared: 2024 the
 * 28 former units, 2025 and 2026 the units after the 2025 reorganisation, `sampleUnitsForYear`)
 * and the built-in Đà Nẵng lineage that maps them (`danang-2025`); one
 * assessment per year, 2024 and 2025 published with their results frozen (so the manager has two
 * years to compare), one appraisal with its reason in 2025, 2026 open with six units approved. Dates
 * are fixed within each sample year, so the same seed gives the same workspace.
 *
 * @example
 *   const opened = await openWorkbenchDatabase(SAMPLE_WORKSPACE_DATABASE_NAME)
 *   if (opened.ok && !(await isSampleWorkspaceSeeded(opened.value))) await seedSampleWorkspace(opened.value)
 */
export async function seedSampleWorkspace(
  database: WorkbenchDatabase,
  options: SeedSampleWorkspaceOptions = {},
): Promise<Result<SeededSampleWorkspace, SeedSampleWorkspaceFailure>> {
  const framework = options.framework ?? builtInSampleFramework()
  if (framework === null) return err({ code: 'sample-framework-invalid' })
  const samples: Sample[] = []
  for (const year of SAMPLE_YEARS) {
    const generated = generateSample({
      framework,
      year,
      seed: options.seed ?? DEFAULT_SAMPLE_SEED,
      units: sampleUnitsForYear(framework, year),
    })
    if (!generated.ok) return generated
    samples.push(generated.value)
  }
  const clock = { at: new Date(Date.UTC(SAMPLE_YEARS[0], 0, 1)) }
  // The sample's log names sample people, one per mode, as the app's own log would.
  let acting: AuditOperator = SAMPLE_OPERATORS.unit
  bindAuditOperator(database, () => acting)

  const profile = await seedUnitProfile(database, framework, samples)
  if (!profile.ok) return profile
  const submitted = await seedSubmissions(database, framework, samples)
  if (!submitted.ok) return submitted
  // The lineage first: the evaluator's 2025 work reads 2024 through it (imputation, year-on-year checks).
  acting = SAMPLE_OPERATORS.manager
  const lineage = loadBuiltInLineage('danang-2025')
  if (!lineage.ok) return err({ code: 'sample-lineage-invalid' })
  const savedLineage = await createUnitLineageRepository(database, {
    now: () => new Date(Date.UTC(SAMPLE_YEARS[1], 0, 2)),
  }).save(lineage.value, 'danang-2025')
  if (!savedLineage.ok) return err(savedLineage.error)
  acting = SAMPLE_OPERATORS.evaluator
  const assessments = await seedAssessments(database, framework, samples, clock)
  if (!assessments.ok) return assessments

  await database.settings.put({
    key: SEEDED_KEY,
    value: { seed: options.seed ?? DEFAULT_SAMPLE_SEED, frameworkId: framework.id },
  })
  return ok({ unitCode: SAMPLE_WORKSPACE_UNIT_CODE, submissionCount: submitted.value, ...assessments.value })
}

/**
 * Whether the database holds a completely seeded sample workspace.
 *
 * @example
 *   await isSampleWorkspaceSeeded(database) // => false for a fresh database
 */
export async function isSampleWorkspaceSeeded(database: WorkbenchDatabase): Promise<boolean> {
  return (await database.settings.get(SEEDED_KEY)) !== undefined
}

function builtInSampleFramework(): ValidFramework | null {
  const loaded = loadBuiltInFramework(SAMPLE_WORKSPACE_FRAMEWORK_ID)
  return loaded.ok ? loaded.value : null
}

type Clock = { at: Date }

async function seedUnitProfile(
  database: WorkbenchDatabase,
  framework: ValidFramework,
  samples: readonly Sample[],
): Promise<Result<void, SeedSampleWorkspaceFailure>> {
  const unit = samples[0]?.submissions.find(
    (submission) => submission.unit.code === SAMPLE_WORKSPACE_UNIT_CODE,
  )?.unit
  if (unit === undefined) return err({ code: 'unit-profile-refused' })
  const saved = await createUnitProfileRepository(database).save({
    code: unit.code,
    name: unit.name,
    group: unit.group,
  })
  if (!saved.ok) return err(saved.error.code === 'invalid' ? { code: 'unit-profile-refused' } : saved.error)
  await createFrameworkSnapshotRepository(database).keep(framework)
  return ok(undefined)
}

/**
 * Every unit's submission for every year, submitted, except unit mode's own last year: a draft.
 * All are written concurrently (each with its own clock): IndexedDB still runs the
 * transactions one after another, but without a round trip to the page between them.
 */
async function seedSubmissions(
  database: WorkbenchDatabase,
  framework: ValidFramework,
  samples: readonly Sample[],
): Promise<Result<number, SeedSampleWorkspaceFailure>> {
  const outcomes = await Promise.all(
    samples.flatMap((sample) =>
      sample.submissions.map((submission, index) =>
        seedSubmission(database, framework, sample.year, submission, index),
      ),
    ),
  )
  const failed = outcomes.find((outcome) => !outcome.ok)
  return failed !== undefined && !failed.ok ? failed : ok(outcomes.length)
}

async function seedSubmission(
  database: WorkbenchDatabase,
  framework: ValidFramework,
  year: number,
  { unit, answers }: Sample['submissions'][number],
  index: number,
): Promise<Result<void, SeedSampleWorkspaceFailure>> {
  const isDraft = unit.code === SAMPLE_WORKSPACE_UNIT_CODE && year === SAMPLE_YEARS[SAMPLE_YEARS.length - 1]
  const clock: Clock = {
    at: isDraft ? new Date(Date.UTC(year, 10, 20, 3)) : new Date(Date.UTC(year, 7, 1 + index, 2)),
  }
  const repository = createSubmissionRepository(database, { now: () => clock.at })
  const started = await repository.start({
    unitCode: unit.code,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year,
  })
  if (!started.ok) return started
  const content = isDraft ? draftAnswers(framework, answers) : patchAnswers(answers)
  const saved = await repository.save(started.value.id, started.value.rev, {
    answers: content,
    lastQuestion: lastAnswered(framework, content),
  })
  if (!saved.ok) return saved
  if (isDraft) return ok(undefined)
  clock.at = new Date(clock.at.getTime() + 26 * 3_600_000)
  const submitted = await repository.submit(started.value.id)
  return submitted.ok ? ok(undefined) : submitted
}

/** The answers without blanks, as a patch takes them. */
function patchAnswers(answers: Answers): Record<string, AnswerValue | null> {
  return Object.fromEntries(
    Object.entries(answers).filter((entry): entry is [string, AnswerValue | null] => entry[1] !== undefined),
  )
}

/** The first two-thirds of the questionnaire answered: a draft the officer is still working on. */
function draftAnswers(framework: ValidFramework, answers: Answers): Record<string, AnswerValue | null> {
  const answered = new Set(
    framework.questions
      .slice(0, Math.ceil((framework.questions.length * 2) / 3))
      .map((question) => question.code),
  )
  return patchAnswers(Object.fromEntries(Object.entries(answers).filter(([code]) => answered.has(code))))
}

function lastAnswered(framework: ValidFramework, answers: Answers): string | null {
  return (
    framework.questions.findLast(
      (question) => answers[question.code] !== undefined && answers[question.code] !== null,
    )?.code ?? null
  )
}

type SeededAssessments = Pick<SeededSampleWorkspace, 'assessments' | 'appraisal'>

async function seedAssessments(
  database: WorkbenchDatabase,
  framework: ValidFramework,
  samples: readonly Sample[],
  clock: Clock,
): Promise<Result<SeededAssessments, SeedSampleWorkspaceFailure>> {
  const repository = createAssessmentRepository(database, { now: () => clock.at })
  const seeded: SeededSampleWorkspace['assessments'][number][] = []
  let appraisal: SeededSampleWorkspace['appraisal'] | null = null
  for (const sample of samples) {
    clock.at = new Date(Date.UTC(sample.year, 8, 1, 2))
    const units: AssessmentUnit[] = sample.submissions.map(({ unit }) => ({
      code: unit.code,
      name: unit.name,
      group: unit.groupName,
    }))
    const created = await repository.create(framework, sample.year, units)
    if (!created.ok) return created
    const id = created.value.id
    if (sample.year === APPRAISAL_YEAR) {
      clock.at = new Date(Date.UTC(sample.year, 8, 15, 2))
      const added = await appraiseOneAnomaly(database, id, sample.anomalies, clock)
      if (!added.ok) return added
      appraisal = added.value
    }
    const isPublished = SAMPLE_WORKSPACE_PUBLISHED_YEARS.includes(sample.year)
    const finished = isPublished
      ? await publish(database, id, clock, sample.year)
      : await approveSome(database, id, units, clock, sample.year)
    if (!finished.ok) return finished
    seeded.push({ id, year: sample.year, status: isPublished ? 'published' : 'open' })
  }
  return appraisal === null ? err({ code: 'nothing-to-appraise' }) : ok({ assessments: seeded, appraisal })
}

/** The evaluator corrects one planted problem (an extra zero, a share above the whole) with its reason. */
async function appraiseOneAnomaly(
  database: WorkbenchDatabase,
  assessmentId: string,
  anomalies: readonly SampleAnomaly[],
  clock: Clock,
) {
  const anomaly =
    anomalies.find(
      (candidate) => candidate.kind === 'outlier' && candidate.unit !== SAMPLE_WORKSPACE_UNIT_CODE,
    ) ?? anomalies.find((candidate) => candidate.kind !== 'missing')
  if (anomaly === undefined) return err({ code: 'nothing-to-appraise' as const })
  const reason =
    anomaly.kind === 'outlier'
      ? 'Số liệu khai thừa một chữ số 0; đã đối chiếu biên bản kiểm kê tài sản năm và xác nhận với đơn vị.'
      : 'Số liệu vượt quá giới hạn cho phép; đã xác minh lại với đơn vị và điều chỉnh theo hồ sơ gửi kèm.'
  const added = await createAppraisalRepository(database, { now: () => clock.at }).add(assessmentId, {
    unit: anomaly.unit,
    question: anomaly.question,
    value: anomaly.expected,
    reason,
    declared: anomaly.found,
  })
  return added.ok ? ok({ assessmentId, unit: anomaly.unit, question: anomaly.question }) : added
}

/** The open year's evaluator has approved a few units already (the status board shows each state). */
async function approveSome(
  database: WorkbenchDatabase,
  id: string,
  units: readonly AssessmentUnit[],
  clock: Clock,
  year: number,
): Promise<Result<void, SeedSampleWorkspaceFailure>> {
  const repository = createAssessmentRepository(database, { now: () => clock.at })
  clock.at = new Date(Date.UTC(year, 8, 25, 2))
  for (const unit of units
    .filter((candidate) => candidate.code !== SAMPLE_WORKSPACE_UNIT_CODE)
    .slice(0, APPROVED_IN_OPEN_YEAR)) {
    const approved = await repository.approve(id, unit.code)
    if (!approved.ok) return approved
  }
  return ok(undefined)
}

/** Publishes the results exactly as the evaluator's screen computes them (with last year's values). */
async function publish(
  database: WorkbenchDatabase,
  id: string,
  clock: Clock,
  year: number,
): Promise<Result<void, SeedSampleWorkspaceFailure>> {
  const repository = createAssessmentRepository(database, { now: () => clock.at })
  const workspace = await loadAssessmentWorkspace(database, id)
  if (!workspace.ok) return workspace
  const { framework, assessment, declared, appraisals, previous } = workspace.value
  const previousValues = previous?.result ? previousIndicatorValues(previous.result) : undefined
  const result = computeAssessment(
    framework,
    scoringUnits({ units: assessment.units, declared, appraisals }),
    previousValues === undefined ? {} : { previousValues },
  )
  clock.at = new Date(Date.UTC(year, 9, 1, 2))
  const published = await repository.publish(id, result)
  return published.ok ? ok(undefined) : published
}
