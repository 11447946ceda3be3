/**
 * The questionnaire flow: intro (who is filling it in), the steps that apply, review, then summary.
 * The machine owns the order and the moves; which steps apply and whether a step is complete come from the
 * named predicates in stepPredicates.ts. Saving to the device happens in two named actions, swapped out with
 * `machine.provide` in tests. In clinic tablet mode (a device setting, kept in context so every guard and
 * action sees it) nothing is ever saved, and switching the mode on or off starts an empty session.
 */
import { and, assign, setup } from 'xstate';
import { STEPS } from '@/lib/questionnaire';
import type { Respondent, StepId } from '@/lib/questionnaire';
import { pruneHidden, SCHEMA_VERSION } from '@/lib/answers';
import type { Answers, AnswersDocument, PatientIdentity } from '@/lib/answers';
import { clearSavedAnswers, saveAnswers } from '@/lib/storage/savedAnswers';
import { CLINIC_MODE_OFF, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import type { SavedAnswersResult, SavedPosition, SavedProgress } from '@/lib/storage/savedAnswers';
import { documentIsComplete, keepValidAnswers, stepAfter, stepAnswersAreValid, stepApplies, stepBefore, withStepAnswers } from './stepPredicates';

export interface QuestionnaireContext {
  /** The answers document in progress; answers to hidden questions are pruned at every change. */
  document: AnswersDocument;
  stepId: StepId;
  /** A step (or the intro) opened from the review returns to the review when done. */
  returnToReview: boolean;
  /** "Keep my answers on this device" (opt-in; never for clinic staff, never on a clinic tablet). */
  saving: boolean;
  /** Clinic tablet mode: answers in memory only, cleared when idle or finished (components/clinic). */
  clinic: ClinicSetting;
  /** Why saved answers could not be resumed, and what could still be kept. */
  savedProblems: string[];
  salvage: SavedProgress | null;
}

export type QuestionnaireEvent =
  | { type: 'saved.none' }
  /** `saving`: set by an update's hand-off (lib/offline/updateHandoff.ts); absent for answers kept on the device. */
  | { type: 'saved.found'; saved: SavedProgress; saving?: boolean }
  | { type: 'saved.invalid'; problems: string[]; salvage: SavedProgress | null }
  | { type: 'saved.discard' }
  | { type: 'saved.keepValid' }
  | { type: 'flow.start'; respondent: Respondent; patient?: PatientIdentity; saving: boolean }
  | { type: 'step.next'; answers: Answers }
  | { type: 'step.back'; answers: Answers }
  | { type: 'review.edit'; step: StepId }
  | { type: 'details.edit' }
  | { type: 'review.done' }
  | { type: 'summary.back' }
  | { type: 'answers.load'; document: AnswersDocument }
  | { type: 'flow.restart' }
  | { type: 'clinic.change'; setting: ClinicSetting };

const FIRST_STEP: StepId = STEPS[0].id;

export function emptyDocument(): AnswersDocument {
  return { schemaVersion: SCHEMA_VERSION, respondent: 'patient', answers: {} };
}

function initialContext(): QuestionnaireContext {
  return { document: emptyDocument(), stepId: FIRST_STEP, returnToReview: false, saving: false, clinic: CLINIC_MODE_OFF, savedProblems: [], salvage: null };
}

/** Clinic staff enter answers on a shared device: their answers are never kept on it. */
export function savingAllowedFor(respondent: Respondent): boolean {
  return respondent !== 'staff';
}

/** Answers may be kept on the device only if the person asked, is not clinic staff, and this is not a clinic tablet. */
function savingAllowed(context: QuestionnaireContext, respondent: Respondent, asked: boolean): boolean {
  return asked && savingAllowedFor(respondent) && !context.clinic.enabled;
}

/** The event that tells the machine what the saved-answers check found. */
export function savedAnswersEvent(result: SavedAnswersResult): QuestionnaireEvent {
  switch (result.status) {
    case 'none':
      return { type: 'saved.none' };
    case 'found':
      return { type: 'saved.found', saved: result.saved };
    case 'invalid':
      return { type: 'saved.invalid', problems: result.problems, salvage: result.salvage };
  }
}

function withAnswers(document: AnswersDocument, answers: Answers): AnswersDocument {
  return { ...document, answers: pruneHidden(answers) };
}

/** The answers as they will be once this step's submitted answers are in. */
function answersAfterStep(context: QuestionnaireContext, event: QuestionnaireEvent): Answers {
  if (event.type !== 'step.next' && event.type !== 'step.back') return context.document.answers;
  return withStepAnswers(context.document.answers, context.stepId, event.answers);
}

export const questionnaireMachine = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
  },
  guards: {
    stepIsValid: ({ context, event }) =>
      event.type === 'step.next' && stepAnswersAreValid(context.stepId, answersAfterStep(context, event)),
    hasStepAfter: ({ context, event }) => stepAfter(context.stepId, answersAfterStep(context, event)) !== undefined,
    hasStepBefore: ({ context }) => stepBefore(context.stepId, context.document.answers) !== undefined,
    isEditingFromReview: ({ context }) => context.returnToReview,
    stepApplies: ({ context, event }) => event.type === 'review.edit' && stepApplies(event.step, context.document.answers),
    answersAreComplete: ({ context }) => documentIsComplete(context.document),
    savedAt: ({ event }, params: { positions: readonly SavedPosition[] }) =>
      event.type === 'saved.found' && params.positions.includes(event.saved.position),
    hasSalvage: ({ context }) => context.salvage !== null,
    clinicModeFlips: ({ context, event }) => event.type === 'clinic.change' && event.setting.enabled !== context.clinic.enabled,
  },
  actions: {
    startFlow: assign(({ context, event }) => {
      if (event.type !== 'flow.start') return {};
      const patient = event.patient?.name || event.patient?.dateOfBirth ? event.patient : undefined;
      return {
        document: { schemaVersion: SCHEMA_VERSION, respondent: event.respondent, answers: context.document.answers, ...(patient ? { patient } : {}) },
        saving: savingAllowed(context, event.respondent, event.saving),
      };
    }),
    openFirstStep: assign({ stepId: FIRST_STEP }),
    saveStepAnswers: assign(({ context, event }) => ({ document: withAnswers(context.document, answersAfterStep(context, event)) })),
    /** Going back keeps what was typed on this step, as long as each answer is well formed on its own. */
    keepValidStepAnswers: assign(({ context, event }) => {
      if (event.type !== 'step.back') return {};
      const answers = withStepAnswers(context.document.answers, context.stepId, keepValidAnswers(event.answers));
      return { document: withAnswers(context.document, answers) };
    }),
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
      // After an update's reload, answers are kept only if they were being kept before it.
      const saving = savingAllowedFor(document.respondent) && (event.saving ?? true);
      return { document: withAnswers(document, document.answers), stepId, saving };
    }),
    rememberSavedProblem: assign(({ event }) =>
      event.type === 'saved.invalid' ? { savedProblems: event.problems, salvage: event.salvage } : {},
    ),
    keepSalvage: assign(({ context }) => ({
      document: context.salvage?.document ?? context.document,
      saving: savingAllowedFor((context.salvage?.document ?? context.document).respondent),
      savedProblems: [],
      salvage: null,
    })),
    loadDocument: assign(({ context, event }) => {
      if (event.type !== 'answers.load') return {};
      return {
        document: withAnswers(event.document, event.document.answers),
        saving: savingAllowed(context, event.document.respondent, context.saving),
        returnToReview: false,
      };
    }),
    /** Everything about the session goes; the device's clinic setting stays. */
    resetFlow: assign(({ context }) => ({ ...initialContext(), clinic: context.clinic })),
    applyClinicSetting: assign(({ event }) => (event.type === 'clinic.change' ? { clinic: event.setting } : {})),
    storeClinicSetting: ({ context }) => saveClinicSetting(context.clinic),
    persistProgress: ({ context }, params: { position: SavedPosition }) => {
      if (context.saving && !context.clinic.enabled) saveAnswers({ document: context.document, position: params.position });
      else clearSavedAnswers();
    },
    forgetProgress: () => clearSavedAnswers(),
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
      { guard: 'clinicModeFlips', target: '.intro', actions: ['applyClinicSetting', 'storeClinicSetting', 'resetFlow', 'forgetProgress'] },
      { actions: ['applyClinicSetting', 'storeClinicSetting'] },
    ],
    'answers.load': { target: '.review', actions: 'loadDocument' },
  },
  states: {
    /** Before anything shows, the provider checks the device for saved answers. */
    checkingSaved: {
      on: {
        'saved.none': 'intro',
        'saved.found': [
          { guard: { type: 'savedAt', params: { positions: ['intro'] } }, target: 'intro', actions: 'resume' },
          { guard: { type: 'savedAt', params: { positions: ['review'] } }, target: 'review', actions: 'resume' },
          { guard: { type: 'savedAt', params: { positions: ['summary'] } }, target: 'summary', actions: 'resume' },
          { target: 'answering', actions: 'resume' },
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
        'flow.start': [
          { guard: 'isEditingFromReview', target: 'review', actions: 'startFlow' },
          { target: 'answering', actions: ['startFlow', 'openFirstStep'] },
        ],
      },
    },
    answering: {
      entry: { type: 'persistProgress', params: ({ context }) => ({ position: context.stepId }) },
      on: {
        'step.next': [
          { guard: and(['stepIsValid', 'isEditingFromReview']), target: 'review', actions: 'saveStepAnswers' },
          { guard: and(['stepIsValid', 'hasStepAfter']), target: 'answering', reenter: true, actions: ['saveStepAnswers', 'goToNextStep'] },
          { guard: 'stepIsValid', target: 'review', actions: 'saveStepAnswers' },
        ],
        'step.back': [
          { guard: 'isEditingFromReview', target: 'review', actions: 'keepValidStepAnswers' },
          { guard: 'hasStepBefore', target: 'answering', reenter: true, actions: ['keepValidStepAnswers', 'goToPreviousStep'] },
          { target: 'intro', actions: 'keepValidStepAnswers' },
        ],
      },
    },
    review: {
      entry: ['finishEditing', { type: 'persistProgress', params: { position: 'review' } }],
      on: {
        'review.edit': { guard: 'stepApplies', target: 'answering', actions: 'openStepFromReview' },
        'details.edit': { target: 'intro', actions: 'openDetailsFromReview' },
        'review.done': { guard: 'answersAreComplete', target: 'summary' },
      },
    },
    summary: {
      entry: { type: 'persistProgress', params: { position: 'summary' } },
      on: {
        'summary.back': 'review',
        'review.edit': { guard: 'stepApplies', target: 'answering', actions: 'openStepFromReview' },
      },
    },
  },
});

export type QuestionnaireMachine = typeof questionnaireMachine;
