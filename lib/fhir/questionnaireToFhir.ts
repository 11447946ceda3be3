/**
 * The one questionnaire definition (lib/questionnaire) as a FHIR R4 Questionnaire, for EHRs and SDC renderers
 * (NLM LHC-Forms, CSIRO Smart Forms). One group item per step (linkId = step id), one item per question
 * (linkId = question id), in questionnaire order, in the patient's own voice (`self` wording).
 */
import type {
  Coding,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
} from '@medplum/fhirtypes';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { STEPS, TRI_VALUES } from '@/lib/questionnaire';
import { stepsInAnyLanguage } from '@/lib/questionnaire/texts';
import type { Option, Question, Step, TriValue } from '@/lib/questionnaire';
import { answerSystem, EXTENSION, ITEM_CONTROL_SYSTEM, mapRowLinkId, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, stepLinkId } from './canonical';
import { enableWhenParts } from './enableWhen';
import { withTranslations } from './questionnaireTranslation';

type TriDisplay = Readonly<Record<TriValue, string>>;

/** The yes / no / not sure displays of a language, from its catalogue (the words the questionnaire's buttons show). */
function triDisplay(locale: Locale): TriDisplay {
  const { yes, no, unsure } = messagesFor(locale).controls;
  return { yes, no, unsure };
}

/** The example names of an option (the hint) stay with it: a clinician reads the codes without our screens. */
function optionDisplay(option: Option): string {
  return option.hint ? `${option.label} (${option.hint})` : option.label;
}

/** The coding of one answer value, with its display; undefined for an option id the question does not have. */
export function answerCoding(question: Question, code: string, tri: TriDisplay = triDisplay('en')): Coding | undefined {
  const system = answerSystem(question);
  if (question.type === 'tri') {
    return (TRI_VALUES as readonly string[]).includes(code)
      ? { system, code, display: tri[code as TriValue] }
      : undefined;
  }
  if (question.type !== 'choice' && question.type !== 'multi' && question.type !== 'map') return undefined;
  const option = question.options.find((o) => o.id === code);
  return option && { system, code, display: optionDisplay(option) };
}

function answerOptions(question: Question, tri: TriDisplay): QuestionnaireItemAnswerOption[] | undefined {
  const codes =
    question.type === 'tri' ? TRI_VALUES : question.type === 'choice' || question.type === 'multi' || question.type === 'map' ? question.options.map((o) => o.id) : null;
  if (!codes) return undefined;
  return codes.map((code) => ({
    valueCoding: answerCoding(question, code, tri),
    // questions.md: "`none` is exclusive" in multi-select lists.
    ...(question.type === 'multi' && code === 'none'
      ? { extension: [{ url: EXTENSION.optionExclusive, valueBoolean: true }] }
      : {}),
  }));
}

/** Help text as a display child with itemControl `help` (SDC): renderers show it as a help button or line. */
function helpItem(linkId: string, text: string): QuestionnaireItem {
  return {
    linkId,
    type: 'display',
    text,
    extension: [
      {
        url: EXTENSION.itemControl,
        valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help', display: 'Help-Button' }], text: 'Help' },
      },
    ],
  };
}

function itemType(question: Question): QuestionnaireItem['type'] {
  switch (question.type) {
    case 'tri':
    case 'choice':
    case 'multi':
      return 'choice';
    case 'integer':
      return 'integer';
    case 'text':
      // Free text of several lines (own questions, other medicines): FHIR `text`, not one-line `string`.
      return 'text';
    case 'map':
      return 'group';
  }
}

function rangeExtensions(question: Question): Extension[] {
  if (question.type !== 'integer') return [];
  return [
    { url: EXTENSION.minValue, valueInteger: question.min },
    { url: EXTENSION.maxValue, valueInteger: question.max },
  ];
}

/**
 * A map question (`treatmentOutcomes`) as a group with one choice item per possible row, each enabled when its
 * row is picked in the list it follows (`treatmentsTried = dupilumab`): plain R4 nesting and enableWhen, which
 * SDC renderers show as a small table of the ticked treatments.
 */
function mapRows(question: Question & { type: 'map' }, tri: TriDisplay, lookup?: (id: string) => Question | undefined): QuestionnaireItem[] {
  return question.keys.map((key) => ({
    linkId: mapRowLinkId(question.id, key.id),
    text: key.label,
    type: 'choice' as const,
    ...enableWhenParts({ op: 'hasAny', question: question.keysFrom, values: [key.id] }, lookup),
    answerOption: answerOptions(question, tri),
  }));
}

function questionToItem(question: Question, tri: TriDisplay, lookup?: (id: string) => Question | undefined): QuestionnaireItem {
  const condition = question.shownWhen && enableWhenParts(question.shownWhen, lookup);
  const extension = [
    ...rangeExtensions(question),
    ...(condition && 'enableWhenExpression' in condition ? [condition.enableWhenExpression] : []),
  ];
  return {
    linkId: question.id,
    text: question.text.self,
    type: itemType(question),
    ...(extension.length > 0 ? { extension } : {}),
    ...(condition && 'enableWhen' in condition ? condition : {}),
    ...(question.required ? { required: true } : {}),
    ...(question.type === 'multi' ? { repeats: true } : {}),
    ...(question.type === 'text' ? { maxLength: question.maxLength } : {}),
    ...(question.type !== 'map' && answerOptions(question, tri) ? { answerOption: answerOptions(question, tri) } : {}),
    ...(question.help || question.type === 'map'
      ? {
          item: [
            ...(question.help ? [helpItem(`${question.id}.help`, question.help.self)] : []),
            ...(question.type === 'map' ? mapRows(question, tri, lookup) : []),
          ],
        }
      : {}),
  };
}

function stepToItem(step: Step, tri: TriDisplay, lookup?: (id: string) => Question | undefined): QuestionnaireItem {
  return {
    linkId: stepLinkId(step.id),
    text: step.title.self,
    type: 'group',
    item: [...(step.intro ? [helpItem(`${step.id}.intro`, step.intro.self)] : []), ...step.questions.map((q) => questionToItem(q, tri, lookup))],
  };
}

/** The items of the given steps in one language: same linkIds, types and conditions in every language. */
function itemsOf(steps: readonly Step[], locale: Locale): QuestionnaireItem[] {
  const byId = new Map(steps.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const tri = triDisplay(locale);
  return steps.map((step) => stepToItem(step, tri, (id) => byId.get(id)));
}

/** The Questionnaire's title by language (glossary-es.md: "eccema", "inhibidores de JAK"). */
const TITLE: Record<Locale, string> = {
  en: 'JAK Screener for eczema: questions before the talk about JAK inhibitors',
  es: 'JAK Screener para el eccema: preguntas antes de hablar sobre los inhibidores de JAK',
};

/**
 * The FHIR R4 Questionnaire of the given steps (the app's own by default), in English, with each other language's
 * wording on every item `text`, answer `display` and the title as the core translation extension
 * (questionnaireTranslation.ts). `translations`: the same steps worded in another language, by locale; by default
 * Spanish (docs/decisions/0014) for the app's own steps and none for any other steps.
 */
export function questionnaireToFhir(
  steps: readonly Step[] = STEPS,
  translations: Partial<Record<Locale, readonly Step[]>> = steps === STEPS ? { es: stepsInAnyLanguage('es') } : {},
): Questionnaire {
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    id: 'jak-screener',
    language: 'en',
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: 'JakScreener',
    title: TITLE.en,
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'JAK Screener project',
    description:
      'Self-reported answers that prepare a person with atopic dermatitis (eczema) and their dermatologist for the ' +
      'conversation about JAK inhibitors. Filled in by the patient, a caregiver or clinic staff. Not a diagnosis or a prescription.',
    item: itemsOf(steps, 'en'),
  };
  return (Object.entries(translations) as [Locale, readonly Step[]][]).reduce(
    (q, [locale, worded]) =>
      withTranslations(q, { lang: locale, title: TITLE[locale], item: itemsOf(worded, locale) }),
    questionnaire,
  );
}
