import type { GuideRole } from './guideRoles'

/**
 * A button or heading of the app that a step names: the step's text quotes it through the app's
 * own message key, so the guide always says exactly what the screen shows, in either language.
 */
export type GuideLabel = { readonly key: string; readonly values?: Readonly<Record<string, string | number>> }

/**
 * One step of a guide section. Its text is `guide.sections.<role>.<section>.steps.<id>` with each
 * label's translated text as an interpolation value; `image` names a screenshot that
 * `tests/e2e/guide-screens.spec.ts` writes to `public/guide/<language>/<image>.png`.
 */
export type GuideStep = {
  readonly id: string
  readonly image?: string
  readonly labels?: Readonly<Record<string, GuideLabel>>
}

export type GuideSection = { readonly id: string; readonly steps: readonly GuideStep[] }

const label = (key: string, values?: GuideLabel['values']): GuideLabel =>
  values === undefined ? { key } : { key, values }

/** The guide of each role: sections in the order of the yearly routine, steps in the order of the screens. */
export const GUIDE: Readonly<Record<GuideRole, readonly GuideSection[]>> = {
  officer: [
    {
      id: 'start',
      steps: [
        {
          id: 'open',
          image: 'officer-first-run',
          labels: { role: label('guide.roles.officer.title'), mode: label('nav.unit') },
        },
        {
          id: 'profile',
          image: 'officer-profile',
          labels: {
            heading: label('unit.profile.heading'),
            code: label('unit.profile.code'),
            name: label('unit.profile.name'),
            group: label('unit.profile.group'),
            save: label('unit.profile.save'),
          },
        },
      ],
    },
    {
      id: 'framework',
      steps: [
        {
          id: 'file',
          image: 'officer-frameworks',
          labels: { heading: label('unit.frameworks.heading'), add: label('unit.frameworks.import') },
        },
        { id: 'start', labels: { start: label('unit.frameworks.start', { year: 2025 }) } },
      ],
    },
    {
      id: 'fill',
      steps: [
        {
          id: 'answer',
          image: 'officer-questionnaire',
          labels: {
            next: label('unit.sections.next'),
            saved: label('unit.save.saved'),
            resume: label('unit.submissions.continue'),
          },
        },
        { id: 'problems', image: 'officer-problems', labels: { problems: label('unit.problems.heading') } },
      ],
    },
    {
      id: 'submit',
      steps: [
        {
          id: 'submit',
          image: 'officer-submit',
          labels: {
            heading: label('unit.submission.heading'),
            submit: label('unit.submission.submit'),
            confirm: label('unit.submission.confirm'),
            revision: label('unit.submission.newRevision', { revision: 2 }),
          },
        },
      ],
    },
    {
      id: 'send',
      steps: [
        {
          id: 'export',
          image: 'officer-export',
          labels: { heading: label('unit.export.heading'), export: label('unit.export.button') },
        },
        { id: 'send' },
      ],
    },
    {
      id: 'round',
      steps: [
        {
          id: 'open',
          image: 'officer-round',
          labels: { heading: label('unit.round.heading'), open: label('unit.round.open') },
        },
        {
          id: 'answer',
          labels: {
            agree: label('unit.round.agree'),
            explain: label('unit.round.explain'),
          },
        },
        { id: 'export', labels: { export: label('unit.round.export') } },
      ],
    },
  ],
  evaluator: [
    {
      id: 'create',
      steps: [
        { id: 'open', labels: { mode: label('nav.evaluator'), create: label('evaluator.list.new') } },
        {
          id: 'form',
          image: 'evaluator-create',
          labels: {
            framework: label('evaluator.create.framework'),
            year: label('evaluator.create.year'),
            units: label('evaluator.create.units'),
            fromFile: label('evaluator.create.importUnits'),
            submit: label('evaluator.create.submit'),
          },
        },
      ],
    },
    {
      id: 'send',
      steps: [
        {
          id: 'blank',
          image: 'evaluator-units',
          labels: { tab: label('evaluator.tabs.units'), blank: label('evaluator.receive.blankWorkbooks') },
        },
        {
          id: 'framework',
          image: 'admin-framework-detail',
          labels: { library: label('nav.frameworks'), exportJson: label('frameworks.detail.exportJson') },
        },
      ],
    },
    {
      id: 'receive',
      steps: [
        {
          id: 'import',
          image: 'evaluator-import',
          labels: {
            panel: label('evaluator.receive.importSummary'),
            files: label('importExport.panel.chooseFiles'),
            folder: label('importExport.panel.chooseFolder'),
          },
        },
        {
          id: 'conflicts',
          labels: {
            keep: label('importExport.conflict.keepCurrent'),
            take: label('importExport.conflict.takeIncoming'),
          },
        },
      ],
    },
    {
      id: 'review',
      steps: [
        { id: 'open', image: 'evaluator-review', labels: { board: label('evaluator.board.heading') } },
        {
          id: 'appraise',
          labels: {
            appraise: label('evaluator.answers.appraise'),
            value: label('evaluator.appraisal.value'),
            reason: label('evaluator.appraisal.reason'),
            save: label('evaluator.appraisal.save'),
            approve: label('evaluator.unit.approve'),
          },
        },
      ],
    },
    {
      id: 'round',
      steps: [
        {
          id: 'issue',
          image: 'evaluator-round',
          labels: {
            tab: label('evaluator.tabs.units'),
            summary: label('evaluator.round.summary'),
            deadline: label('evaluator.round.deadline'),
            message: label('evaluator.round.message'),
            attach: label('evaluator.round.attach'),
            issue: label('evaluator.round.issue', { round: 1 }),
          },
        },
        {
          id: 'import',
          image: 'evaluator-round-states',
          labels: {
            importResponses: label('evaluator.round.importResponses'),
            states: label('evaluator.round.statesHeading'),
            responded: label('evaluator.round.state.responded'),
            overdue: label('evaluator.round.state.overdue'),
          },
        },
        {
          id: 'decide',
          image: 'evaluator-round-decide',
          labels: {
            board: label('evaluator.board.heading'),
            section: label('evaluator.decide.heading', { round: 1 }),
            keep: label('evaluator.decide.keep'),
            revise: label('evaluator.decide.revise'),
            decided: label('evaluator.round.state.decided'),
          },
        },
        { id: 'again', labels: { issue: label('evaluator.round.issue', { round: 2 }) } },
      ],
    },
    {
      id: 'council',
      steps: [
        {
          id: 'members',
          image: 'evaluator-council',
          labels: {
            tab: label('evaluator.tabs.council'),
            add: label('evaluator.council.add'),
            units: label('evaluator.council.units'),
            groups: label('evaluator.council.groups'),
            save: label('evaluator.council.save'),
          },
        },
        { id: 'packages', labels: { writeAll: label('evaluator.council.writeAll') } },
        {
          id: 'import',
          labels: { heading: label('evaluator.council.import'), pick: label('evaluator.council.pick') },
        },
        {
          id: 'conflicts',
          image: 'evaluator-council-conflicts',
          labels: {
            conflicts: label('evaluator.council.conflicts', { count: 1 }),
            reason: label('evaluator.council.settleReason'),
            settle: label('evaluator.council.settle'),
          },
        },
      ],
    },
    {
      id: 'member',
      steps: [
        {
          id: 'open',
          image: 'council-member',
          labels: { mode: label('nav.evaluator'), open: label('evaluator.council.openPackage') },
        },
        {
          id: 'appraise',
          labels: { tab: label('evaluator.tabs.units'), appraise: label('evaluator.answers.appraise') },
        },
        {
          id: 'export',
          labels: {
            tab: label('evaluator.tabs.council'),
            export: label('evaluator.council.exportAppraisals'),
          },
        },
      ],
    },
    {
      id: 'publish',
      steps: [
        { id: 'results', image: 'evaluator-results', labels: { tab: label('evaluator.tabs.results') } },
        {
          id: 'publish',
          labels: {
            publish: label('evaluator.publish.publish'),
            confirm: label('evaluator.publish.confirmButton'),
            unlock: label('evaluator.publish.unlock'),
          },
        },
      ],
    },
    {
      id: 'report',
      steps: [
        {
          id: 'export',
          image: 'evaluator-report',
          labels: {
            tab: label('evaluator.tabs.report'),
            workbook: label('evaluator.report.exportWorkbook'),
            csv: label('evaluator.report.exportCsv'),
          },
        },
        { id: 'send', labels: { verify: label('evaluator.report.verify.heading') } },
      ],
    },
  ],
  manager: [
    {
      id: 'import',
      steps: [
        {
          id: 'import',
          image: 'manager-import',
          labels: {
            mode: label('nav.manager'),
            heading: label('manager.import.heading'),
            button: label('manager.import.button'),
          },
        },
      ],
    },
    {
      id: 'compare',
      steps: [
        {
          id: 'compare',
          image: 'manager-compare',
          labels: {
            earlier: label('manager.controls.earlier'),
            later: label('manager.controls.later'),
            all: label('manager.tabs.all'),
            unit: label('manager.tabs.unit'),
          },
        },
        { id: 'export', labels: { export: label('manager.export.workbook') } },
      ],
    },
    {
      id: 'lineage',
      steps: [
        {
          id: 'lineage',
          labels: {
            heading: label('manager.lineage.heading'),
            import: label('manager.lineage.import'),
            builtIn: label('manager.lineage.useBuiltIn'),
          },
        },
      ],
    },
  ],
  admin: [
    { id: 'install', steps: [{ id: 'editions' }, { id: 'data' }] },
    {
      id: 'backup',
      steps: [
        {
          id: 'backup',
          image: 'admin-backup',
          labels: {
            settings: label('nav.settings'),
            heading: label('settings.backups.heading'),
            now: label('settings.backups.backupNow'),
            download: label('settings.backups.downloadNow'),
          },
        },
        { id: 'move', labels: { restore: label('settings.backups.restoreFromFile') } },
      ],
    },
    {
      id: 'frameworks',
      steps: [
        {
          id: 'library',
          image: 'admin-frameworks',
          labels: { library: label('nav.frameworks'), import: label('frameworks.import.button') },
        },
        {
          id: 'export',
          image: 'admin-framework-detail',
          labels: {
            exportJson: label('frameworks.detail.exportJson'),
            exportWorkbook: label('frameworks.detail.exportWorkbook'),
          },
        },
      ],
    },
  ],
}

/** Every screenshot the guide shows, once each. */
export const guideImages = (): readonly string[] => [
  ...new Set(
    Object.values(GUIDE).flatMap((sections) =>
      sections.flatMap((section) =>
        section.steps.flatMap((step) => (step.image === undefined ? [] : [step.image])),
      ),
    ),
  ),
]

/** The section of a role, or undefined when the role has none of that name. */
export const findSection = (role: GuideRole, sectionId: string | undefined): GuideSection | undefined =>
  GUIDE[role].find((section) => section.id === sectionId)
