import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { councilConflicts } from '@core/assessment/councilConflicts'
import { deriveAssessmentView } from '@core/assessment/assessmentView'
import { aUnit, anAssessmentFramework, someAnswers } from '@core/assessment/testing/anAssessmentFramework'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { Result } from '@core/result'
import { createAppraisalRepository } from './appraisalRepository'
import { createAssessmentRepository } from './assessmentRepository'
import { loadAssessmentWorkspace } from './assessmentWorkspace'
import { listAssessmentAudit, verifyAuditLog } from './auditLogRepository'
import { createCouncilRepository } from './councilRepository'
import { defineWorkbenchDatabase } from './database'
import { createEvidenceRepository } from './evidenceRepository'
import { readDeclaredEvidence } from './readDeclaredEvidence'
import { createSubmissionRepository } from './submissionRepository'

const framework = anAssessmentFramework()
const value = <T>(result: Result<T, unknown>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error).slice(0, 600))
  return result.value
}
const UNITS = ['STC', 'SYT', 'SXD', 'SNV']
/** Plausible answers without unanswered keys (`save` takes answered values only). */
const answersOf = (index: number) =>
  Object.fromEntries(Object.entries(someAnswers(index * 7)).filter(([, answer]) => answer != null)) as Record<
    string,
    NonNullable<ReturnType<typeof someAnswers>[string]>
  >
const pdf = new TextEncoder().encode('%PDF-1.4 quyết định')

/** One machine (a browser profile): its own database and a clock that moves one second per write. */
function machine(name: string, start: string) {
  const database = defineWorkbenchDatabase(`council-${name}-${crypto.randomUUID()}`)
  let tick = Date.parse(start)
  const now = () => new Date((tick += 1000))
  return {
    database,
    now,
    council: createCouncilRepository(database, { now }),
    appraisals: createAppraisalRepository(database, { now }),
  }
}

async function leadWithSubmissions() {
  const lead = machine('lead', '2026-03-01T08:00:00.000Z')
  const submissions = createSubmissionRepository(lead.database)
  for (const [index, code] of UNITS.entries()) {
    const started = value(
      await submissions.start({
        unitCode: code,
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        year: 2025,
      }),
    )
    await submissions.save(started.id, started.rev, { answers: answersOf(index) })
    if (code === 'SNV')
      value(
        await createEvidenceRepository(lead.database).add(started.id, 'KiemChung', [
          { fileName: 'QĐ 12.pdf', bytes: pdf },
        ]),
      )
    await submissions.submit(started.id)
  }
  const assessment = value(
    await createAssessmentRepository(lead.database).create(
      framework,
      2025,
      UNITS.map((code) => aUnit(code)),
    ),
  )
  return { ...lead, id: assessment.id }
}

async function workspaceOf(database: ReturnType<typeof machine>['database'], id: string) {
  return value(await loadAssessmentWorkspace(database, id))
}

describe('councilRepository: lead, two members, by file', () => {
  it('splits the units, merges each member’s appraisals with their name, and the lead settles the one conflict', async () => {
    const lead = await leadWithSubmissions()
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: ['STC', 'SYT'],
        groups: [],
      }),
    )
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-2',
        name: 'Trần Thị Bình',
        position: 'Trưởng phòng',
        units: ['SYT', 'SXD', 'SNV'],
        groups: [],
      }),
    )
    const leadWorkspace = await workspaceOf(lead.database, lead.id)
    const packageOf = async (memberId: string) =>
      value(await lead.council.writeWorkPackage(leadWorkspace, memberId, '0.1.0'))

    // Each member opens their work package on their own machine: a scoped assessment of their units.
    const members = await Promise.all(
      [
        ['an', 'm-1', '2026-03-02T08:00:00.000Z'],
        ['binh', 'm-2', '2026-03-02T09:00:00.000Z'],
      ].map(async ([name = '', memberId = '', start = '']) => {
        const member = machine(name, start)
        const opened = value(await member.council.openWorkPackage((await packageOf(memberId)).bytes))
        return { ...member, id: opened.id }
      }),
    )
    const [an, binh] = members
    if (an === undefined || binh === undefined) throw new Error('setup')
    const anWorkspace = await workspaceOf(an.database, an.id)
    expect(anWorkspace.assessment.units.map((unit) => unit.code)).toEqual(['STC', 'SYT'])
    expect(anWorkspace.declared.map((declared) => [declared.unit, declared.answers['MayTinh']])).toEqual([
      ['STC', 50],
      ['SYT', 57],
    ])
    const binhWorkspace = await workspaceOf(binh.database, binh.id)
    const snv = binhWorkspace.declared.find((declared) => declared.unit === 'SNV')
    const reference = (snv?.answers['KiemChung'] as { id: string; fileName: string; size: number }[])[0]
    if (snv === undefined || reference === undefined) throw new Error('no evidence')
    expect((await readDeclaredEvidence(binh.database, snv, reference))?.bytes).toEqual(pdf)
    // Another work package for the same member (written again, so another hash) is refused.
    expect((await binh.council.openWorkPackage((await packageOf('m-2')).bytes)).ok).toBe(false)

    const appraise = (member: typeof an, unit: string, question: string, appraised: number, reason: string) =>
      member.appraisals.add(member.id, { unit, question, value: appraised, reason, declared: null })
    value(await appraise(an, 'STC', 'MayTinh', 40, 'Biên bản kiểm kê tháng 2'))
    value(await appraise(an, 'SYT', 'MayTinh', 50, 'Có 7 máy hỏng không dùng'))
    value(await appraise(binh, 'SYT', 'MayTinh', 55, 'Chỉ 2 máy hỏng'))
    value(await appraise(binh, 'SNV', 'SoCBCC', 90, 'Theo quyết định biên chế'))
    // A member cannot appraise a unit outside their scope: it is not in their assessment.
    expect((await appraise(an, 'SNV', 'MayTinh', 1, 'Ngoài phạm vi')).ok).toBe(false)

    const anPackage = value(await an.council.writeAppraisalPackage(an.id, '0.1.0'))
    const binhPackage = value(await binh.council.writeAppraisalPackage(binh.id, '0.1.0'))
    expect(anPackage.fileName).toBe('ket-qua-tham-dinh-2025-nguyen-van-an-m-1.zip')

    expect(value(await lead.council.importAppraisalPackage(lead.id, anPackage.bytes))).toEqual({
      status: 'merged',
      member: 'Nguyễn Văn An',
      added: 2,
    })
    expect(value(await lead.council.importAppraisalPackage(lead.id, binhPackage.bytes))).toMatchObject({
      added: 2,
    })
    expect(value(await lead.council.importAppraisalPackage(lead.id, anPackage.bytes))).toEqual({
      status: 'already-imported',
    })

    const merged = await createAppraisalRepository(lead.database).list(lead.id)
    expect(merged.map((appraisal) => [appraisal.unit, appraisal.member?.name])).toEqual([
      ['STC', 'Nguyễn Văn An'],
      ['SYT', 'Nguyễn Văn An'],
      ['SYT', 'Trần Thị Bình'],
      ['SNV', 'Trần Thị Bình'],
    ])
    const conflicts = councilConflicts(merged)
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]?.entries.map((entry) => [entry.member.name, entry.value, entry.reason])).toEqual([
      ['Nguyễn Văn An', 50, 'Có 7 máy hỏng không dùng'],
      ['Trần Thị Bình', 55, 'Chỉ 2 máy hỏng'],
    ])

    // The lead settles it with a reason: an appraisal of the lead, later than both.
    value(
      await lead.appraisals.add(lead.id, {
        unit: 'SYT',
        question: 'MayTinh',
        value: 52,
        reason: 'Hội đồng họp ngày 10/3: 5 máy hỏng',
        declared: 57,
      }),
    )
    const settled = await workspaceOf(lead.database, lead.id)
    expect(councilConflicts(settled.appraisals)).toEqual([])

    // The ranking equals the one computed from the declared answers with the settled values.
    const expected = computeAssessment(
      framework,
      UNITS.map((code, index) => ({
        code,
        name: aUnit(code).name,
        group: aUnit(code).group,
        attributes: { group: aUnit(code).group },
        answers: {
          ...someAnswers(index * 7),
          ...({ STC: { MayTinh: 40 }, SYT: { MayTinh: 52 }, SNV: { SoCBCC: 90 } } as Record<string, object>)[
            code
          ],
        },
      })),
    )
    const view = deriveAssessmentView(settled)
    expect(view.result.units.map((unit) => unit.code)).toEqual(expected.units.map((unit) => unit.code))
    expect(view.result.components[view.result.rootCode]?.rank).toEqual(
      expected.components[expected.rootCode]?.rank,
    )
    expect(view.result.components[view.result.rootCode]?.score).toEqual(
      expected.components[expected.rootCode]?.score,
    )

    const actions = (await listAssessmentAudit(lead.database, lead.id))
      .filter((entry) => entry.action === 'council.changed')
      .map((entry) => (entry.detail as { event: string }).event)
    expect(actions.sort()).toEqual(
      [
        'member-saved',
        'member-saved',
        'work-package-written',
        'work-package-written',
        'work-package-written',
        'package-imported',
        'package-imported',
      ].sort(),
    )
    expect((await verifyAuditLog(lead.database)).broken).toBeNull()
  })

  it('refuses a package once its member’s assignment no longer covers it, and one of another assessment', async () => {
    const lead = await leadWithSubmissions()
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: ['STC', 'SYT'],
        groups: [],
      }),
    )
    const work = value(
      await lead.council.writeWorkPackage(await workspaceOf(lead.database, lead.id), 'm-1', '0.1.0'),
    )
    const an = machine('an', '2026-03-02T08:00:00.000Z')
    const id = value(await an.council.openWorkPackage(work.bytes)).id
    value(
      await an.appraisals.add(id, {
        unit: 'SYT',
        question: 'MayTinh',
        value: 1,
        reason: 'Đếm lại',
        declared: null,
      }),
    )
    const appraisals = value(await an.council.writeAppraisalPackage(id, '0.1.0'))

    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: ['STC'],
        groups: [],
      }),
    )
    expect(await lead.council.importAppraisalPackage(lead.id, appraisals.bytes)).toEqual({
      ok: false,
      error: [{ code: 'council-package-unit-out-of-scope', unit: 'SYT' }],
    })
    const other = await leadWithSubmissions()
    value(
      await other.council.saveMember(other.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: ['SYT'],
        groups: [],
      }),
    )
    expect(await other.council.importAppraisalPackage(other.id, appraisals.bytes)).toMatchObject({
      ok: false,
      error: [{ code: 'council-package-wrong-assessment' }],
    })
    expect(await createAppraisalRepository(lead.database).list(lead.id)).toEqual([])
  })

  it('on a member’s machine refuses an appraisal outside the member’s criteria groups', async () => {
    const lead = await leadWithSubmissions()
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: [],
        groups: ['HTKT'],
      }),
    )
    const work = value(
      await lead.council.writeWorkPackage(await workspaceOf(lead.database, lead.id), 'm-1', '0.1.0'),
    )
    const an = machine('an', '2026-03-02T08:00:00.000Z')
    const id = value(await an.council.openWorkPackage(work.bytes)).id
    expect((await workspaceOf(an.database, id)).assessment.units).toHaveLength(UNITS.length)
    value(
      await an.appraisals.add(id, {
        unit: 'SNV',
        question: 'MayTinh',
        value: 1,
        reason: 'Đếm lại',
        declared: null,
      }),
    )
    expect(
      await an.appraisals.add(id, {
        unit: 'SNV',
        question: 'SoCBCC',
        value: 1,
        reason: 'Ngoài nhóm',
        declared: null,
      }),
    ).toEqual({ ok: false, error: { code: 'council-item-out-of-scope', unit: 'SNV', question: 'SoCBCC' } })
  })

  it('refuses to publish a member’s share of the work: its appraisals go back to the lead', async () => {
    const lead = await leadWithSubmissions()
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: ['STC'],
        groups: [],
      }),
    )
    const work = value(
      await lead.council.writeWorkPackage(await workspaceOf(lead.database, lead.id), 'm-1', '0.1.0'),
    )
    const an = machine('an', '2026-03-02T08:00:00.000Z')
    const id = value(await an.council.openWorkPackage(work.bytes)).id
    const workspace = await workspaceOf(an.database, id)
    const view = deriveAssessmentView(workspace)
    const finalAnswers = view.result.units.map((unit) => ({ code: unit.code, answers: {} }))

    expect(await createAssessmentRepository(an.database).publish(id, view.result, finalAnswers)).toEqual({
      ok: false,
      error: { code: 'council-member-cannot-publish' },
    })
    expect((await workspaceOf(an.database, id)).assessment.status).toBe('open')
  })

  it('checks members before saving them; a member with no assignment gets no work package', async () => {
    const lead = await leadWithSubmissions()
    expect(
      await lead.council.saveMember(lead.id, { id: 'm-1', name: ' ', units: ['XYZ'], groups: ['NOPE'] }),
    ).toEqual({
      ok: false,
      error: [
        { code: 'council-member-name-required' },
        { code: 'council-member-unknown-unit', unit: 'XYZ' },
        { code: 'council-member-unknown-group', group: 'NOPE' },
      ],
    })
    value(await lead.council.saveMember(lead.id, { id: 'm-1', name: 'Lê Cúc', units: [], groups: [] }))
    expect(
      await lead.council.writeWorkPackage(await workspaceOf(lead.database, lead.id), 'm-1', '0.1.0'),
    ).toEqual({ ok: false, error: [{ code: 'council-member-no-assignment', name: 'Lê Cúc' }] })
    value(await lead.council.removeMember(lead.id, 'm-1'))
    expect((await lead.council.get(lead.id))?.members).toEqual([])
  })
  it('opening the same work package again changes nothing; a profile with its own assessment of that year refuses it, unchanged', async () => {
    const lead = await leadWithSubmissions()
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: ['STC'],
        groups: [],
      }),
    )
    const work = value(
      await lead.council.writeWorkPackage(await workspaceOf(lead.database, lead.id), 'm-1', '0.1.0'),
    )
    const an = machine('an', '2026-03-02T08:00:00.000Z')
    const first = value(await an.council.openWorkPackage(work.bytes))
    const snapshot = async (database: typeof an.database) => ({
      assessments: await database.assessments.toArray(),
      audit: await database.auditLog.count(),
      appraisals: await database.table('appraisals').count(),
      evidence: await database.evidence.count(),
      councils: await database.table('councils').toArray(),
    })
    const before = await snapshot(an.database)
    const again = value(await an.council.openWorkPackage(work.bytes))
    expect(again).toEqual(first)
    expect(await snapshot(an.database)).toEqual(before)

    // The lead (an evaluator with an assessment of that framework and year) cannot open it.
    const leadBefore = await snapshot(lead.database)
    expect(await lead.council.openWorkPackage(work.bytes)).toEqual({
      ok: false,
      error: [{ code: 'council-work-package-assessment-exists', assessmentId: lead.id, year: 2025 }],
    })
    expect(await snapshot(lead.database)).toEqual(leadBefore)
  })
  it('builds work packages without a trace; only the packages saved are logged, each with its member', async () => {
    const lead = await leadWithSubmissions()
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-1',
        name: 'Nguyễn Văn An',
        units: ['STC'],
        groups: [],
      }),
    )
    value(
      await lead.council.saveMember(lead.id, {
        id: 'm-2',
        name: 'Trần Thị Bình',
        units: [],
        groups: ['HTKT'],
      }),
    )
    const workspace = await workspaceOf(lead.database, lead.id)
    const written = async () =>
      (await listAssessmentAudit(lead.database, lead.id)).filter(
        (entry) => (entry.detail as { event?: string } | undefined)?.event === 'work-package-written',
      )
    const built = [
      value(await lead.council.buildWorkPackage(workspace, 'm-1', '0.1.0')),
      value(await lead.council.buildWorkPackage(workspace, 'm-2', '0.1.0')),
    ]
    // Built (say the save was then cancelled): nothing logged.
    expect(await written()).toEqual([])
    expect(built.map((file) => file.member)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình'])
    expect(new Set(built.map((file) => file.fileName)).size).toBe(2)
    value(await lead.council.logWorkPackages(lead.id, built))
    expect((await written()).map((entry) => (entry.detail as { member: string }).member).sort()).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
    ])
  })
})
