/**
 * The clinician part's reads in its own language (issue 14, item 4): a question's short label, an answer as the
 * person chose it (option labels of the questionnaire in that language, lib/questionnaire/localized.ts), a flag's
 * title and detail, a baseline check. English reads the definitions themselves; Spanish reads clinicianWordsEs.ts
 * by id, falling back to the English when an entry is missing (the completeness test fails first).
 */
import type { Locale } from '@/lib/i18n/locales';
import { formatAnswer, questionById } from '@/lib/questionnaire';
import { stepsInAnyLanguage } from '@/lib/questionnaire/texts';
import type { Question } from '@/lib/questionnaire';
import { RULES } from '@/rules';
import type { Flag, Rule } from '@/rules';
import { flagTitle } from '@/rules/flagText';
import { clinicianWords } from './clinicianWords';
import type { ClinicianWords } from './clinicianWords';
import { BASELINE_CHECKS_ES, QUESTION_SHORT_ES, RULE_CLINICIAN_ES } from './clinicianWordsEs';
import type { RuleClinicianEs } from './clinicianWordsEs';

/** What the view model needs to print the clinician part in one language. */
export interface ClinicianLanguage {
  locale: Locale;
  words: ClinicianWords;
  /** The question as asked in this language (same id, type and options as the definition). */
  question: (id: string) => Question | undefined;
  short: (question: Question) => string;
  answer: (question: Question, value: unknown) => string;
  /** "Hepatitis B ever: Not sure". */
  read: (questionId: string, value: unknown) => string;
  flagTitle: (flag: Flag) => string;
  flagDetail: (flag: Flag) => string;
  baselineCheck: (id: string, english: string) => string;
}

/** "Hepatitis B in the past" → "hepatitis B in the past"; "VIH …", "TB …" keep their capitals (as rules/flagText.ts). */
const lowerFirst = (text: string) => (/^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** The Spanish title of trigger `index` of a rule, mirroring rules/flagText.ts flagTitle's fallbacks. */
function titleEs(words: RuleClinicianEs, index: number, unsure: boolean, notSure: ClinicianWords['notSureTitle']): string {
  const trigger = words.triggers?.[index];
  const title = trigger?.title ?? words.title;
  if (!unsure) return title;
  return trigger?.unsureTitle ?? words.unsureTitle ?? notSure(lowerFirst(title));
}

/**
 * A flag's title in Spanish. The flag keeps only its English title, so the trigger that gave it is found by asking
 * flagTitle for each trigger's English title, with each certainty.
 */
function flagTitleEs(rule: Rule, flag: Flag, notSure: ClinicianWords['notSureTitle']): string {
  const es = RULE_CLINICIAN_ES[rule.id];
  if (!es) return flag.title;
  for (const unsure of [flag.certainty === 'unsure', flag.certainty !== 'unsure']) {
    const index = rule.triggers.findIndex((trigger) => flagTitle(rule, trigger, unsure) === flag.title);
    if (index >= 0) return titleEs(es, index, unsure, notSure);
  }
  return es.title;
}

const built = new Map<Locale, ClinicianLanguage>();

function build(locale: Locale): ClinicianLanguage {
  const words = clinicianWords(locale);
  const questions = new Map(stepsInAnyLanguage(locale).flatMap((step) => step.questions.map((q) => [q.id, q] as const)));
  const spanish = locale === 'es';
  const question = (id: string) => questions.get(id) ?? questionById(id);
  const short = (q: Question) => (spanish ? (QUESTION_SHORT_ES[q.id] ?? q.short) : q.short);
  const answer = (q: Question, value: unknown) => (value === undefined ? words.notAnswered : formatAnswer(q, value, words.tri));
  const read = (id: string, value: unknown) => {
    const q = question(id);
    return q ? `${short(q)}: ${answer(q, value)}` : `${id}: ${String(value)}`;
  };
  return {
    locale,
    words,
    question,
    short,
    answer,
    read,
    flagTitle: (flag) => {
      const rule = spanish ? RULES.find((r) => r.id === flag.id) : undefined;
      return rule ? flagTitleEs(rule, flag, words.notSureTitle) : flag.title;
    },
    flagDetail: (flag) => {
      const es = spanish ? RULE_CLINICIAN_ES[flag.id] : undefined;
      if (!es) return flag.detail;
      const answers = flag.because.map((b) => read(b.question, b.answer)).join('; ');
      const lead = flag.certainty === 'unsure' ? words.answeredNotSure(answers) : words.answersGiven(answers);
      return `${lead} ${es.detail}`;
    },
    baselineCheck: (id, english) => (spanish ? (BASELINE_CHECKS_ES[id] ?? english) : english),
  };
}

/** The clinician part's reads in a language, built once per language. */
export function clinicianLanguage(locale: Locale): ClinicianLanguage {
  let language = built.get(locale);
  if (!language) {
    language = build(locale);
    built.set(locale, language);
  }
  return language;
}
