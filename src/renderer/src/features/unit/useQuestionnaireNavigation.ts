import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
} from 'react'
import type { Questionnaire } from '@core/responses/questionnaire'
import type { SubmissionCheck } from '@core/responses/validateAnswers'
import type { AutosaveQueue } from './autosaveQueue'
import { controlId } from './fields/fieldProps'
import type { JumpTarget } from './ProblemsPanel'

type NavigationInput = {
  readonly queue: AutosaveQueue
  readonly questionnaire: Questionnaire
  readonly check: SubmissionCheck
  readonly readOnly: boolean
}

export type QuestionnaireNavigation = {
  /** The section shown (the first one when the chosen code is unknown), and its index. */
  readonly section: Questionnaire['sections'][number] | undefined
  readonly sectionIndex: number
  readonly selectSection: (code: string) => void
  /** The pager: the first question of the previous section gets the focus; the next section opens at its top. */
  readonly previousSection: () => void
  readonly nextSection: () => void
  /** Shows a question (changing section if needed) and focuses its control; a missing answer is marked. */
  readonly jump: (target: JumpTarget, missing: boolean) => void
  /** "Show what is missing": every missing answer is marked, and the focus goes to the next one. */
  readonly showMissing: () => void
  /** Questions whose missing answer the officer jumped to; all of them once `revealAll`. */
  readonly revealed: ReadonlySet<string>
  readonly revealAll: boolean
  /** The question that last had the focus (saved with the next edit as `lastQuestion`). */
  readonly currentQuestion: RefObject<string | null>
  /** For the questions' container: Enter (Ctrl+Enter in a text area) moves to the next question asked. */
  readonly onQuestionsKeyDown: (event: ReactKeyboardEvent<HTMLElement>) => void
  /** For the questions' container: tracks the question with the focus and tells the queue (`visit`). */
  readonly onQuestionsFocus: (event: ReactFocusEvent<HTMLElement>) => void
}

/**
 * Moving through the questionnaire from the keyboard: the section shown, the focus after a jump
 * (applied after the render that shows its section), Enter to the next question asked, F8 /
 * Shift+F8 to the next / previous value to correct (then missing answer), and the question with
 * the focus. The questionnaire reopens at the question last visited.
 */
export function useQuestionnaireNavigation({
  queue,
  questionnaire,
  check,
  readOnly,
}: NavigationInput): QuestionnaireNavigation {
  const initialQuestion = queue.getConfirmed().lastQuestion
  const sectionOf = useCallback(
    (code: string | null) => (code === null ? undefined : questionnaire.questions.get(code)?.section),
    [questionnaire],
  )
  const [sectionCode, setSectionCode] = useState(
    () => sectionOf(initialQuestion) ?? questionnaire.sections[0]?.section.code ?? '',
  )
  // Where to move the focus after the next render (the section may have to change first).
  const pendingFocus = useRef<JumpTarget | null>(
    initialQuestion === null ? null : { question: initialQuestion },
  )
  const [focusRequest, setFocusRequest] = useState(0)
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set())
  const [revealAll, setRevealAll] = useState(false)
  const currentQuestion = useRef<string | null>(initialQuestion)

  const goTo = useCallback(
    (target: JumpTarget) => {
      const section = sectionOf(target.question)
      if (section !== undefined) setSectionCode(section)
      pendingFocus.current = target
      setFocusRequest((count) => count + 1)
    },
    [sectionOf],
  )

  useEffect(() => {
    const target = pendingFocus.current
    if (target === null) return
    pendingFocus.current = null
    const card = document.getElementById(`question-${target.question}`)
    const control = document.getElementById(controlId(target.question, target.row, target.column))
    const element = control ?? card?.querySelector<HTMLElement>('input, select, textarea, button') ?? null
    if (element !== null) {
      element.focus({ preventScroll: true })
      ;(card ?? element).scrollIntoView({ block: 'center' })
    }
  }, [focusRequest, sectionCode])

  const askedOrder = useMemo(
    () => questionnaire.order.filter((question) => check.relevant.has(question.code)),
    [questionnaire, check.relevant],
  )

  const nextQuestion = useCallback(
    (from: string) => {
      const index = askedOrder.findIndex((question) => question.code === from)
      const next = askedOrder[index + 1]
      if (next !== undefined) goTo({ question: next.code })
    },
    [askedOrder, goTo],
  )

  // F8 goes through the values to correct first; once none is left, through the missing answers.
  const targets = useMemo(
    () =>
      check.problems.length > 0
        ? check.problems.map((problem) => ({ target: problem as JumpTarget, missing: false }))
        : check.missing.map((item) => ({ target: item as JumpTarget, missing: true })),
    [check],
  )

  const jump = useCallback(
    (target: JumpTarget, missing: boolean) => {
      if (missing) setRevealed((previous) => new Set([...previous, target.question]))
      goTo(target)
    },
    [goTo],
  )

  const jumpToProblem = useCallback(
    (direction: 1 | -1) => {
      if (targets.length === 0) return
      const position = (code: string) => questionnaire.order.findIndex((question) => question.code === code)
      const here = currentQuestion.current === null ? -1 : position(currentQuestion.current)
      const sorted = [...targets].sort((a, b) => position(a.target.question) - position(b.target.question))
      const found =
        direction === 1
          ? (sorted.find((item) => position(item.target.question) > here) ?? sorted[0])
          : ([...sorted].reverse().find((item) => position(item.target.question) < here) ?? sorted.at(-1))
      if (found !== undefined) jump(found.target, found.missing)
    },
    [targets, questionnaire, jump],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8') return
      event.preventDefault()
      jumpToProblem(event.shiftKey ? -1 : 1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [jumpToProblem])

  const onQuestionsKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return
    const target = event.target as HTMLElement
    const isTextArea = target instanceof HTMLTextAreaElement
    if (isTextArea ? !event.ctrlKey : event.ctrlKey) return
    if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return
    const code = target.closest<HTMLElement>('[data-question]')?.dataset['question']
    if (code === undefined) return
    event.preventDefault()
    nextQuestion(code)
  }

  const onQuestionsFocus = (event: ReactFocusEvent<HTMLElement>) => {
    const code = (event.target as HTMLElement).closest<HTMLElement>('[data-question]')?.dataset['question']
    if (code === undefined || code === currentQuestion.current) return
    currentQuestion.current = code
    if (!readOnly) queue.visit(code)
  }

  const section =
    questionnaire.sections.find((entry) => entry.section.code === sectionCode) ?? questionnaire.sections[0]
  const sectionIndex = section === undefined ? -1 : questionnaire.sections.indexOf(section)

  return {
    section,
    sectionIndex,
    selectSection: setSectionCode,
    previousSection: () =>
      goTo({ question: questionnaire.sections[sectionIndex - 1]?.questions[0]?.code ?? '' }),
    nextSection: () => setSectionCode(questionnaire.sections[sectionIndex + 1]?.section.code ?? sectionCode),
    jump,
    showMissing: () => {
      setRevealAll(true)
      jumpToProblem(1)
    },
    revealed,
    revealAll,
    currentQuestion,
    onQuestionsKeyDown,
    onQuestionsFocus,
  }
}
