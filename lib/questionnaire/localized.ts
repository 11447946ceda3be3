/**
 * The questionnaire in a language: the one definition (questions.ts) with its wording replaced by the language's
 * (questionsEs.ts for Spanish). Ids, types, options, shown-when conditions and limits are never translated, so an
 * answer given in Spanish is the same id as in English (docs/decisions/0014). Built once per language.
 *
 * This module holds no language's words itself, so a page carries only its own language's (issue 15,
 * docs/decisions/0016): a Spanish page's layout hands the Spanish words in (components/i18n/QuestionnaireWords.tsx,
 * into providedText.ts), and the few places that need every language whatever the page's (the clinician's
 * language, the FHIR Questionnaire's translations) ask lib/questionnaire/texts.ts.
 */
import type { Locale } from '@/lib/i18n/locales';
import { STEPS } from './questions';
import type { OptionText, QuestionnaireText, QuestionText } from './questionsEs';
import type { Option, Question, Step } from './types';
import { providedText } from './providedText';

function option(o: Option, words: Readonly<Record<string, OptionText>> | undefined): Option {
  const t = words?.[o.id];
  if (!t) return o;
  return { ...o, label: t.label, ...(o.hint !== undefined && t.hint !== undefined ? { hint: t.hint } : {}) };
}

function question(q: Question, t: QuestionText | undefined): Question {
  if (!t) return q;
  const base = {
    ...q,
    text: t.text,
    ...(q.help && t.help ? { help: t.help } : {}),
    ...(q.blankError && t.blankError ? { blankError: t.blankError } : {}),
  } as Question;
  switch (base.type) {
    case 'choice':
    case 'multi':
      return { ...base, options: base.options.map((o) => option(o, t.options)) };
    case 'map':
      return { ...base, options: base.options.map((o) => option(o, t.options)), keys: base.keys.map((o) => option(o, t.options)) };
    case 'integer':
      return { ...base, ...(base.unit && t.unit ? { unit: t.unit } : {}), ...(base.scale && t.scale ? { scale: t.scale } : {}) };
    default:
      return base;
  }
}

function translate(words: QuestionnaireText): readonly Step[] {
  return (STEPS as readonly Step[]).map((step) => {
    const s = words.steps[step.id as keyof QuestionnaireText['steps']];
    return {
      ...step,
      title: s.title,
      ...(step.intro && s.intro ? { intro: s.intro } : {}),
      ...(step.groups ? { groups: step.groups.map((g, i) => ({ ...g, legend: s.groupLegends?.[i] ?? g.legend })) } : {}),
      ...(step.perItemTable && s.tickLabel ? { perItemTable: { ...step.perItemTable, tickLabel: s.tickLabel } } : {}),
      questions: step.questions.map((q) => question(q, words.questions[q.id as keyof QuestionnaireText['questions']])),
    };
  });
}

const built = new Map<Locale, readonly Step[]>();

/**
 * Every step in a language (English: the definition itself). Same ids and order in every language. A language
 * whose words were not handed in (provideQuestionnaireText) gets the English wording rather than no page.
 */
export function stepsIn(locale: Locale): readonly Step[] {
  const words = providedText(locale);
  if (!words) return STEPS as readonly Step[];
  let steps = built.get(locale);
  if (!steps) {
    steps = translate(words);
    built.set(locale, steps);
  }
  return steps;
}

/** One step in a language, by id. */
export function stepIn(id: string, locale: Locale): Step | undefined {
  return stepsIn(locale).find((step) => step.id === id);
}
