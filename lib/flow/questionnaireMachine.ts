/**
 * The questionnaire flow: intro (who is filling it in), the steps that apply, review, then summary.
 * The machine owns the order and the moves, and so the position: the URL follows it, and a URL the browser
 * opens (Back, Forward, a link, a reload) is only a request, `flow.visit`, that lands on the furthest
 * reachable place (positions.ts). What was typed on a screen left without Continue is kept as its draft.
 * The answers in context are pruned (PrunedDocument) at each way in: the step schema, a loaded file, storage; which steps apply and whether a step is complete come from the
 * named predicates in stepPredicates.ts. Saving to the device happens in two named actions, swapped out with
 * `machine.provide` in tests. In clinic tablet mode (a device setting, kept in context so every guard and
 * action sees it) nothing is ever saved, and switching the mode on or off starts an empty session.
 * Answers hidden by a change are set aside in context (`setAside`, never in the pruned answers) and come back when
 * their questions show again (lib/answers/setAside.ts, docs/decisions/0011). Before every write the clinic setting
 * and the device copy are checked again: another tab may have turned clinic mode on or cleared the answers.
 */
import { and, assign, setup } from 'xstate';
import { STEPS, stepById } from '@/lib/questionnaire';
import type { Question, Respondent, Step, StepId } from '@/lib/questionnaire';
import { mergedTicks } from '@/lib/questionnaire/layout';
import { isShown, pruneHidden, SCHEMA_VERSION, wellFormedAnswers } from '@/lib/answers';
import type { Answers, AnswersDocument, PatientIdentity, PrunedDocument } from '@/lib/answers';
import { splitHidden, withSetAside } from '@/lib/answers/setAside';
import type { SplitAnswers } from '@/lib/answers/setAside';
import { clearSavedAnswers, forgetOwnCopies, keepProgress, keptIntroDraft } from '@/lib/storage/savedAnswers';
import { importNotesFor, rememberImport } from '@/lib/import/importNotes';
import { CLINIC_MODE_OFF, loadClinicSetting, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import type { KeptOn, SavedAnswersResult, SavedPosition, SavedProgress } from '@/lib/storage/savedAnswers';
import { documentIsComplete, stepAfter, stepApplies, stepBefore } from './stepPredicates';
import { parsedStep, replaceStepAnswers } from './stepSchema';
import { formValuesToAnswers } from './stepForm';
import type { FormValues } from './stepForm';
import { landingOf, laterOf } from './positions';
import type { Position } from './positions';
import { positionOf } from './paths';
import type { Problem } from '@/lib/i18n/problem';

export { positionOf };

/** What a screen's form held when the person left it without Continue: shown again when they come back. */
export type Draft = FormValues | object;

/**
 * What another tab did that this tab must say: cleared the answers, started its own over the device copy, or turned
 * clinic tablet mode on or off (which clears the answers in progress here).
 */
export type OtherTabNote = 'cleared' | 'replaced' | 'clinicOn' | 'clinicOff';

export interface QuestionnaireContext {
  /** The answers document in progress, pruned once where answers come in (never again downstream). */
  document: PrunedDocument;
  stepId: StepId;
  /** The furthest place reached so far: a URL may open any reachable place up to it, never beyond. */
  furthest: Position;
  /** Form values of screens left without Continue (intro or a step), by position. In memory only. */
  drafts: Partial<Record<Position, Draft>>;
  /** A step (or the intro) opened from the review returns to the review when done. */
  returnToReview: boolean;
  /** "Keep my answers on this device" (opt-in; never for clinic staff, never on a clinic tablet). */
  saving: boolean;
  /** Where the answers were found on load; without `saving` they are kept for this tab only. */
  keptOn: KeptOn;
  /** Clinic tablet mode: answers in memory only, cleared when idle or finished (components/clinic). */
  clinic: ClinicSetting;
  /** On a clinic tablet, staff typed the staff code to allow saving this session's answers to a file. In memory only. */
  filesUnlocked: boolean;
  /** Why saved answers could not be resumed, and what could still be kept. */
  savedProblems: Problem[];
  salvage: SavedProgress | null;
  /**
   * Answers to questions a later change hid: kept aside (never in `document`, so never in the rules, the summary
   * or an export) and brought back when their questions show again. Kept where the answers are kept.
   */
  setAside: Answers;
  /**
   * Set-aside answers that could not be brought back from storage (the questionnaire changed): coded problems, named
   * by path and put in words in the page's language.
   */
  setAsideNotes: Problem[];
  /** Another tab cleared the answers this tab kept on the device, or replaced them with its own. */
  otherTab: OtherTabNote | null;
}

export type QuestionnaireEvent =
  | { type: 'saved.none' }
  | { type: 'saved.found'; saved: SavedProgress; keptOn?: KeptOn }
  | { type: 'saved.invalid'; problems: Problem[]; salvage: SavedProgress | null; keptOn?: KeptOn }
  | { type: 'saved.discard' }
  | { type: 'saved.keepValid' }
  | { type: 'flow.start'; respondent: Respondent; patient?: PatientIdentity; saving: boolean }
  /**
   * `answers`: the step's answers, as the form's zodResolver parsed them (stepSchema.ts); `draft`: everything the
   * form holds, so answers to questions the change hid on this very step are set aside, not lost.
   */
  | { type: 'step.next'; answers: Answers; draft?: Draft }
  /** What the step's form holds now (saved as the person answers, and when the page is hidden). */
  | { type: 'draft.keep'; draft: Draft }
  /** What "Before you start" holds now, before its first Continue: kept as typed, so a reload loses nothing. */
  | { type: 'intro.keep'; draft: Draft }
  /** Another tab removed the device copy this tab kept its answers in ("Clear my answers" there). */
  | { type: 'storage.clearedElsewhere' }
  /** Another tab wrote its own answers over the device copy this tab kept its answers in. */
  | { type: 'storage.replacedElsewhere' }
  /** `answers`: what the form holds (kept where well formed); `draft`: the form values, shown again on return. */
  | { type: 'step.back'; answers: Answers; draft?: Draft }
  /** The browser opened the URL of `position`; `draft` is what the screen being left holds. */
  | { type: 'flow.visit'; position: Position; draft?: Draft }
  | { type: 'review.edit'; step: StepId }
  | { type: 'details.edit' }
  | { type: 'review.done' }
  | { type: 'summary.back' }
  | { type: 'answers.load'; document: AnswersDocument }
  | { type: 'flow.restart' }
  /** `elsewhere`: the setting was changed in another tab (a storage event), not on this page. */
  | { type: 'clinic.change'; setting: ClinicSetting; elsewhere?: boolean }
  /** Staff typed the right staff code (checked by the caller: Web Crypto is asynchronous) to save files this session. */
  | { type: 'clinic.unlockFiles' };

const FIRST_STEP: StepId = STEPS[0].id;

function emptyDocument(): PrunedDocument {
  return { schemaVersion: SCHEMA_VERSION, respondent: 'patient', answers: pruneHidden({}) };
}

function initialContext(): QuestionnaireContext {
  return {
    document: emptyDocument(),
    stepId: FIRST_STEP,
    furthest: 'intro',
    drafts: {},
    returnToReview: false,
    saving: false,
    keptOn: 'tab',
    clinic: CLINIC_MODE_OFF,
    filesUnlocked: false,
    savedProblems: [],
    salvage: null,
    setAside: {},
    setAsideNotes: [],
    otherTab: null,
  };
}

/** Clinic staff enter answers on a shared device: their answers are never kept on it. */
export function savingAllowedFor(respondent: Respondent): boolean {
  return respondent !== 'staff';
}

/** Answers may be kept on the device only if the person asked, is not clinic staff, and this is not a clinic tablet. */
function savingAllowed(context: QuestionnaireContext, respondent: Respondent, asked: boolean): boolean {
  return asked && savingAllowedFor(respondent) && !context.clinic.enabled;
}

/**
 * Whether leaving the page loses answers the person may want: there are answers (or a name), they are not kept on
 * the device ("Keep my answers"), and this is not a clinic tablet (whose answers are meant to go). Answers kept
 * for the tab survive a reload but not a closed tab, so they count as not kept.
 */
export function leavingLosesAnswers(context: QuestionnaireContext): boolean {
  const hasAnswers = Object.keys(context.document.answers).length > 0 || context.document.patient !== undefined;
  return hasAnswers && !context.saving && !context.clinic.enabled;
}

/** The event that tells the machine what the saved-answers check found. */
export function savedAnswersEvent(result: SavedAnswersResult): QuestionnaireEvent {
  switch (result.status) {
    case 'none':
      return { type: 'saved.none' };
    case 'found':
      return { type: 'saved.found', saved: result.saved, keptOn: result.keptOn };
    case 'invalid':
      return { type: 'saved.invalid', problems: result.problems, salvage: result.salvage, keptOn: result.keptOn };
  }
}

/** A document from outside the machine (file, code, storage): the one prune at that way in. */
function prunedDocument(document: AnswersDocument): PrunedDocument {
  return { ...document, answers: pruneHidden(document.answers) };
}

type AnswerMap = Record<string, unknown>;
const asRecord = (value: unknown): AnswerMap => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as AnswerMap) : {});

/**
 * The whole new answers once a step.next's answers are in: the step schema's parse (made once, by the form), with
 * answers hidden by the change set aside and set-aside answers whose questions show again brought back.
 * A shown question takes the parse (left blank is blank); a hidden one keeps what the form held, else what was given before.
 */
function answersAfterStep(context: QuestionnaireContext, event: QuestionnaireEvent): SplitAnswers | null {
  if (event.type !== 'step.next') return null;
  const parsed = parsedStep(context.stepId, context.document.respondent, context.document.answers, event.answers);
  if (!parsed) return null;
  const questions = stepById(context.stepId)!.questions as readonly Question[];
  const before = withSetAside(context.document.answers, context.setAside) as AnswerMap;
  const held = event.draft ? wellFormedAnswers(formValuesToAnswers(questions, event.draft as FormValues), questions) : {};
  const live = parsed.answers as AnswerMap;
  const given = event.answers as AnswerMap;
  const stepAnswers: AnswerMap = {};
  for (const question of questions) {
    const value = isShown(question, live)
      ? question.type === 'map' && live[question.id] !== undefined
        ? { ...asRecord(before[question.id]), ...asRecord(held[question.id]), ...asRecord(given[question.id]), ...asRecord(live[question.id]) }
        : live[question.id]
      : (held[question.id] ?? before[question.id]);
    if (value !== undefined) stepAnswers[question.id] = value;
  }
  withHeldTicks(stepById(context.stepId)!, stepAnswers, event.draft);
  // With nothing set aside before, nothing can come back: the form's parse is already the pruned whole (one prune
  // per Continue); otherwise one more prune brings back the set-aside answers whose questions show again.
  const all = replaceStepAnswers(before as Answers, stepById(context.stepId)!, stepAnswers);
  return splitHidden(all, Object.keys(context.setAside).length === 0 ? parsed.answers : undefined);
}

/**
 * A step left without Continue (Back, a URL, saved as the person answers): its answers that are well formed on
 * their own replace the step's answers; what the change hides is set aside, what it shows again comes back.
 */
function keptStepAnswers(context: QuestionnaireContext, stepId: StepId, stepAnswers: unknown, draft?: Draft): SplitAnswers {
  const step = stepById(stepId)!;
  const before = withSetAside(context.document.answers, context.setAside);
  const kept = wellFormedAnswers(withHeldTicks(step, { ...asRecord(stepAnswers) }, draft), step.questions);
  return splitHidden(replaceStepAnswers(before, step, kept));
}

/**
 * A step's answers with its table's tick list as the form held it (`draft`, the raw form values): the ticks of
 * rows unticked on this screen are still there, for splitHidden to set aside rather than lose. Changes and returns
 * `stepAnswers`.
 */
function withHeldTicks(step: Step, stepAnswers: AnswerMap, draft: Draft | undefined): AnswerMap {
  const table = step.perItemTable;
  const held = table && draft ? mergedTicks(stepAnswers[table.tick], asRecord(draft)[table.tick]) : undefined;
  if (table && held !== undefined && held.length > 0) stepAnswers[table.tick] = held;
  return stepAnswers;
}

/** Where a flow.visit lands. */
function visitLanding(context: QuestionnaireContext, event: QuestionnaireEvent): Position | null {
  return event.type === 'flow.visit' ? landingOf(event.position, context.furthest, context.document) : null;
}

function currentPosition(value: unknown, context: QuestionnaireContext): Position | null {
  return positionOf({ value, context });
}

/**
 * Keeps the progress where it belongs, after re-checking what another tab may have changed: the clinic setting
 * (now on: nothing is kept and the machine switches), and the device copy (cleared or replaced elsewhere: nothing
 * is written back, and the machine is told).
 */
function persist(context: QuestionnaireContext, self: { send: (event: QuestionnaireEvent) => void }, position: SavedPosition): void {
  const setting = context.clinic.enabled ? context.clinic : loadClinicSetting();
  if (setting.enabled && !context.clinic.enabled) {
    clearSavedAnswers();
    self.send({ type: 'clinic.change', setting });
    return;
  }
  // "Before you start" as typed, on the intro only. A draft saying clinic staff are filling in is not kept, and
  // clears nothing either: until its Continue, the answers already kept stay as they were.
  const introDraft = position === 'intro' ? keptIntroDraft(context.drafts.intro) : undefined;
  if (!context.clinic.enabled && introDraft?.respondent && !savingAllowedFor(introDraft.respondent)) return;
  const nothingYet =
    Object.keys(context.document.answers).length === 0 && context.document.patient === undefined && Object.keys(context.setAside).length === 0 && introDraft === undefined;
  const keepNothing = context.clinic.enabled || !savingAllowedFor(context.document.respondent);
  if (keepNothing) clearSavedAnswers();
  else if (nothingYet && !context.saving) forgetOwnCopies();
  else {
    const editing = context.returnToReview && position !== 'review' && position !== 'summary' ? { returnToReview: true as const } : {};
    // Beyond this place (the person went Back): kept, so a reload still lets them go Forward again.
    const furthest = laterOf(context.furthest, position);
    const reached = furthest !== position ? { furthest } : {};
    // The import's notes, while these are still the imported answers: kept beside them, gone with them.
    const importReport = importNotesFor(context.document) ?? undefined;
    const extras = { ...editing, ...reached, ...(introDraft ? { introDraft } : {}), ...(importReport ? { importReport } : {}) };
    const kept = keepProgress({ document: context.document, position, setAside: context.setAside, ...extras }, context.saving ? 'device' : 'tab');
    if (kept === 'clearedElsewhere') self.send({ type: 'storage.clearedElsewhere' });
    if (kept === 'replacedElsewhere') self.send({ type: 'storage.replacedElsewhere' });
  }
}

export const questionnaireMachine = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
  },
  guards: {
    stepIsValid: ({ context, event }) => answersAfterStep(context, event) !== null,
    hasStepAfter: ({ context, event }) => stepAfter(context.stepId, answersAfterStep(context, event)?.answers ?? context.document.answers) !== undefined,
    /** A visit lands on `position` (a step when `position` is 'step'); landing where the person is changes nothing. */
    visitLandsOn: ({ context, event }, params: { position: 'intro' | 'review' | 'summary' | 'step' }) => {
      const landing = visitLanding(context, event);
      if (landing === null) return false;
      return params.position === 'step' ? !['intro', 'review', 'summary'].includes(landing) : landing === params.position;
    },
    hasStepBefore: ({ context }) => stepBefore(context.stepId, context.document.answers) !== undefined,
    isEditingFromReview: ({ context }) => context.returnToReview,
    stepApplies: ({ context, event }) => event.type === 'review.edit' && stepApplies(event.step, context.document.answers),
    answersAreComplete: ({ context }) => documentIsComplete(context.document),
    savedAt: ({ event }, params: { positions: readonly SavedPosition[] }) =>
      event.type === 'saved.found' && params.positions.includes(event.saved.position),
    hasSalvage: ({ context }) => context.salvage !== null,
    clinicModeFlips: ({ context, event }) => event.type === 'clinic.change' && event.setting.enabled !== context.clinic.enabled,
    hasAnswersInProgress: ({ context }) => Object.keys(context.document.answers).length > 0 || context.document.patient !== undefined,
  },
  actions: {
    startFlow: assign(({ context, event }) => {
      if (event.type !== 'flow.start') return {};
      const patient = event.patient?.name || event.patient?.dateOfBirth ? event.patient : undefined;
      const { intro: _, ...drafts } = context.drafts;
      return {
        document: { schemaVersion: SCHEMA_VERSION, respondent: event.respondent, answers: context.document.answers, ...(patient ? { patient } : {}) },
        saving: savingAllowed(context, event.respondent, event.saving),
        drafts,
        otherTab: null,
      };
    }),
    openFirstStep: assign({ stepId: FIRST_STEP }),
    saveStepAnswers: assign(({ context, event }) => {
      const { [context.stepId]: _, ...drafts } = context.drafts;
      const next = answersAfterStep(context, event);
      return next ? { document: { ...context.document, answers: next.answers }, setAside: next.setAside, drafts } : { drafts };
    }),
    /** Going back keeps what was typed on this step: well-formed answers in the document, everything as a draft. */
    keepValidStepAnswers: assign(({ context, event }) => {
      if (event.type !== 'step.back') return {};
      const { answers, setAside } = keptStepAnswers(context, context.stepId, event.answers, event.draft);
      const drafts = event.draft ? { ...context.drafts, [context.stepId]: event.draft } : context.drafts;
      return { document: { ...context.document, answers }, setAside, drafts };
    }),
    /** "Before you start" as typed: kept as its draft (in memory, and where the answers are kept, by persist). */
    keepIntroDraft: assign(({ context, event }) => (event.type === 'intro.keep' ? { drafts: { ...context.drafts, intro: event.draft } } : {})),
    /** Saved as the person answers: the step's well-formed answers go into the document (the form keeps its own state). */
    keepDraftAnswers: assign(({ context, event }) => {
      if (event.type !== 'draft.keep') return {};
      const questions = stepById(context.stepId)!.questions as readonly Question[];
      const { answers, setAside } = keptStepAnswers(context, context.stepId, formValuesToAnswers(questions, event.draft as FormValues), event.draft);
      return { document: { ...context.document, answers }, setAside };
    }),
    /** Leaving a screen by a URL: like Back, a step keeps its well-formed answers; either screen keeps its draft. */
    keepVisitDraft: assign(({ context, event, self }) => {
      if (event.type !== 'flow.visit' || !event.draft) return {};
      const here = currentPosition(self.getSnapshot().value, context);
      if (here === null || here === 'review' || here === 'summary') return {};
      const drafts = { ...context.drafts, [here]: event.draft };
      if (here === 'intro') return { drafts };
      // The draft is the form's values (text as typed): read as answers first, like the page's own Back does.
      const stepAnswers = formValuesToAnswers(stepById(context.stepId)!.questions as readonly Question[], event.draft as FormValues);
      const { answers, setAside } = keptStepAnswers(context, context.stepId, stepAnswers, event.draft);
      return { document: { ...context.document, answers }, setAside, drafts };
    }),
    openVisitedStep: assign(({ context, event }) => {
      const landing = visitLanding(context, event);
      return landing && landing !== 'intro' && landing !== 'review' && landing !== 'summary' ? { stepId: landing, returnToReview: false } : {};
    }),
    noteReached: assign(({ context }, params: { position: Position | 'step' }) => ({
      furthest: laterOf(context.furthest, params.position === 'step' ? context.stepId : params.position),
    })),
    goToNextStep: assign(({ context }) => ({ stepId: stepAfter(context.stepId, context.document.answers) ?? context.stepId })),
    goToPreviousStep: assign(({ context }) => ({ stepId: stepBefore(context.stepId, context.document.answers) ?? context.stepId })),
    openStepFromReview: assign(({ event }) => (event.type === 'review.edit' ? { stepId: event.step, returnToReview: true } : {})),
    openDetailsFromReview: assign({ returnToReview: true }),
    finishEditing: assign({ returnToReview: false }),
    resume: assign(({ event }) => {
      if (event.type !== 'saved.found') return {};
      const { document, position } = event.saved;
      const stepId = STEPS.find((s) => s.id === position)?.id ?? FIRST_STEP;
      // The same rule as on entry: answers typed by clinic staff are never kept, even if some were found saved.
      const keptOn = event.keptOn ?? 'device';
      const saving = keptOn === 'device' && savingAllowedFor(document.respondent);
      // The one prune at this way in, with the set-aside answers beside it (any whose question shows is back).
      const { answers, setAside } = splitHidden(withSetAside(document.answers, event.saved.setAside ?? {}));
      // A step opened from the review before the reload still saves and goes back to it (the review was reached).
      const returnToReview = event.saved.returnToReview === true;
      // As far as the person had got before the reload; landingOf still checks each visit against the answers.
      const reached = laterOf(position, event.saved.furthest ?? position);
      const furthest = returnToReview ? laterOf(reached, 'review') : reached;
      // "Before you start" as it was typed, when the reload came before its first Continue.
      const drafts = event.saved.introDraft ? { intro: event.saved.introDraft } : {};
      return { document: { ...document, answers }, setAside, setAsideNotes: event.saved.setAsideNotes ?? [], stepId, saving, keptOn, furthest, returnToReview, drafts };
    }),
    /** The notes of the import the resumed answers came from, kept beside them: shown again on the review. */
    rememberKeptImport: ({ context, event }) => {
      if (event.type === 'saved.found' && event.saved.importReport) rememberImport(context.document, event.saved.importReport);
    },
    rememberSavedProblem: assign(({ event }) =>
      event.type === 'saved.invalid' ? { savedProblems: event.problems, salvage: event.salvage, keptOn: event.keptOn ?? 'device' } : {},
    ),
    keepSalvage: assign(({ context }) => {
      // Kept answers, as on resume: a tick whose row is not listed is set aside, not read as "using now".
      const split = context.salvage ? splitHidden(context.salvage.document.answers) : null;
      return {
        document: context.salvage && split ? { ...context.salvage.document, answers: split.answers } : context.document,
        setAside: split ? split.setAside : context.setAside,
        saving: context.keptOn === 'device' && savingAllowedFor((context.salvage?.document ?? context.document).respondent),
        savedProblems: [],
        salvage: null,
      };
    }),
    loadDocument: assign(({ context, event }) => {
      if (event.type !== 'answers.load') return {};
      return {
        document: prunedDocument(event.document),
        saving: savingAllowed(context, event.document.respondent, context.saving),
        returnToReview: false,
        furthest: 'review' as const,
        drafts: {},
        // A file's answers to hidden questions are "not used" (its import notes say so), not set aside.
        setAside: {},
        setAsideNotes: [],
      };
    }),
    /** Everything about the session goes; the device's clinic setting stays. */
    resetFlow: assign(({ context }) => ({ ...initialContext(), clinic: context.clinic })),
    applyClinicSetting: assign(({ event }) => (event.type === 'clinic.change' ? { clinic: event.setting } : {})),
    storeClinicSetting: ({ context }) => saveClinicSetting(context.clinic),
    unlockFiles: assign(({ context }) => ({ filesUnlocked: context.clinic.enabled })),
    /**
     * Answers are kept on the device when the person asked, otherwise for this tab only (a reload or a
     * discarded tab loses nothing); a clinic tablet, and answers typed by clinic staff, are kept nowhere.
     */
    persistProgress: ({ context, self }, params: { position: SavedPosition }) => persist(context, self, params.position),
    /** persistProgress where the machine is now (for a transition that does not move). */
    persistHere: ({ context, self }) => {
      const here = positionOf({ value: self.getSnapshot().value, context });
      if (here !== null) persist(context, self, here);
    },
    forgetProgress: () => clearSavedAnswers(),
    /** Another tab cleared the device copy: this tab's own tab copy goes too (the device copy is already gone). */
    forgetTabCopy: () => forgetOwnCopies(),
    noteOtherTab: assign((_, params: { change: OtherTabNote }) => ({ otherTab: params.change })),
    /** Clinic mode turned on or off in another tab cleared this tab's answers: say so, never silently. */
    noteClinicElsewhere: assign(({ event }) =>
      event.type === 'clinic.change' && event.elsewhere ? { otherTab: event.setting.enabled ? ('clinicOn' as const) : ('clinicOff' as const) } : {},
    ),
    /** Another tab's answers now fill the device copy: this tab keeps its own for the tab only. */
    keepForTabOnly: assign({ saving: false, keptOn: 'tab' as const }),
  },
}).createMachine({
  id: 'questionnaire',
  initial: 'checkingSaved',
  context: initialContext,
  on: {
    'flow.restart': { target: '.intro', actions: ['resetFlow', 'forgetProgress'] },
    // Turning clinic mode on or off starts an empty session: a clinic tablet never shows or keeps answers
    // saved on it before, and answers typed in one mode do not carry into the other.
    'clinic.change': [
      {
        guard: and(['clinicModeFlips', 'hasAnswersInProgress']),
        target: '.intro',
        actions: ['applyClinicSetting', 'storeClinicSetting', 'resetFlow', 'forgetProgress', 'noteClinicElsewhere'],
      },
      { guard: 'clinicModeFlips', target: '.intro', actions: ['applyClinicSetting', 'storeClinicSetting', 'resetFlow', 'forgetProgress'] },
      { actions: ['applyClinicSetting', 'storeClinicSetting'] },
    ],
    'clinic.unlockFiles': { actions: 'unlockFiles' },
    'answers.load': { target: '.review', actions: 'loadDocument' },
    // Another tab pressed "Clear my answers": this tab's answers go too, rather than being written back.
    'storage.clearedElsewhere': { target: '.intro', actions: ['resetFlow', 'forgetTabCopy', { type: 'noteOtherTab', params: { change: 'cleared' } }] },
    'storage.replacedElsewhere': { actions: ['keepForTabOnly', { type: 'noteOtherTab', params: { change: 'replaced' } }, 'persistHere'] },
    'flow.visit': [
      { guard: { type: 'visitLandsOn', params: { position: 'intro' } }, target: '.intro', actions: 'keepVisitDraft' },
      { guard: { type: 'visitLandsOn', params: { position: 'review' } }, target: '.review', actions: 'keepVisitDraft' },
      { guard: { type: 'visitLandsOn', params: { position: 'summary' } }, target: '.summary', actions: 'keepVisitDraft' },
      { guard: { type: 'visitLandsOn', params: { position: 'step' } }, target: '.answering', reenter: true, actions: ['keepVisitDraft', 'openVisitedStep'] },
    ],
  },
  states: {
    /** Before anything shows, the provider checks the device for saved answers. */
    checkingSaved: {
      on: {
        'saved.none': 'intro',
        'saved.found': [
          { guard: { type: 'savedAt', params: { positions: ['intro'] } }, target: 'intro', actions: ['resume', 'rememberKeptImport'] },
          { guard: { type: 'savedAt', params: { positions: ['review'] } }, target: 'review', actions: ['resume', 'rememberKeptImport'] },
          { guard: { type: 'savedAt', params: { positions: ['summary'] } }, target: 'summary', actions: ['resume', 'rememberKeptImport'] },
          { target: 'answering', actions: ['resume', 'rememberKeptImport'] },
        ],
        'saved.invalid': { target: 'savedProblem', actions: 'rememberSavedProblem' },
      },
    },
    /** Saved answers that could not be read: the person chooses to start over or keep what is valid. */
    savedProblem: {
      on: {
        'saved.discard': { target: 'intro', actions: ['resetFlow', 'forgetProgress'] },
        'saved.keepValid': { guard: 'hasSalvage', target: 'review', actions: 'keepSalvage' },
      },
    },
    intro: {
      entry: { type: 'persistProgress', params: { position: 'intro' } },
      on: {
        'intro.keep': { actions: ['keepIntroDraft', { type: 'persistProgress', params: { position: 'intro' } }] },
        'flow.start': [
          { guard: 'isEditingFromReview', target: 'review', actions: 'startFlow' },
          { target: 'answering', actions: ['startFlow', 'openFirstStep'] },
        ],
      },
    },
    answering: {
      entry: [{ type: 'noteReached', params: { position: 'step' } }, { type: 'persistProgress', params: ({ context }) => ({ position: context.stepId }) }],
      on: {
        'step.next': [
          { guard: and(['stepIsValid', 'isEditingFromReview']), target: 'review', actions: 'saveStepAnswers' },
          { guard: and(['stepIsValid', 'hasStepAfter']), target: 'answering', reenter: true, actions: ['saveStepAnswers', 'goToNextStep'] },
          { guard: 'stepIsValid', target: 'review', actions: 'saveStepAnswers' },
        ],
        'draft.keep': { actions: ['keepDraftAnswers', { type: 'persistProgress', params: ({ context }) => ({ position: context.stepId }) }] },
        'step.back': [
          { guard: 'isEditingFromReview', target: 'review', actions: 'keepValidStepAnswers' },
          { guard: 'hasStepBefore', target: 'answering', reenter: true, actions: ['keepValidStepAnswers', 'goToPreviousStep'] },
          { target: 'intro', actions: 'keepValidStepAnswers' },
        ],
      },
    },
    review: {
      entry: ['finishEditing', { type: 'noteReached', params: { position: 'review' } }, { type: 'persistProgress', params: { position: 'review' } }],
      on: {
        'review.edit': { guard: 'stepApplies', target: 'answering', actions: 'openStepFromReview' },
        'details.edit': { target: 'intro', actions: 'openDetailsFromReview' },
        'review.done': { guard: 'answersAreComplete', target: 'summary' },
      },
    },
    summary: {
      entry: [{ type: 'noteReached', params: { position: 'summary' } }, { type: 'persistProgress', params: { position: 'summary' } }],
      on: {
        'summary.back': 'review',
        'review.edit': { guard: 'stepApplies', target: 'answering', actions: 'openStepFromReview' },
      },
    },
  },
});

export type QuestionnaireMachine = typeof questionnaireMachine;
