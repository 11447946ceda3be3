/**
 * The one summary view model: everything the printed/on-screen summary and "Copy as text" show, derived once from
 * the answers document and the screening result. Both renderers (components/summary/* and summaryText.ts) read only
 * this, so the page and the text cannot drift apart (issue 11, item 4). Pure: the caller passes the result, the
 * time and the app version; nothing here reads a clock or the browser.
 *
 * Shapes: strings are ready to print; severities keep their ids for data attributes (data-drug / data-severity).
 */
import { shownQuestions } from '@/lib/answers/pruneHidden';
import type { Answers, AnswersDocument } from '@/lib/answers/types';
import { TREATMENT_OPTIONS, optionLabel, questionById, stepOfQuestion } from '@/lib/questionnaire';
import type { Respondent } from '@/lib/questionnaire';
import { stepIn } from '@/lib/questionnaire/localized';
import { RULES } from '@/rules';
import type { DiscussionPoint, Drug, Flag, ScreeningResult, Severity, Source } from '@/rules';
import { DRUG_DISPLAY, shortDocumentName } from './labels';
import type { DrugDisplay } from './labels';
import { noticesModel } from './noticeAdapter';
import type { NoticesModel } from './noticeAdapter';
import { openItems } from './openItems';
import { formatPreparedAt } from './preparedAt';
import type { Locale } from '@/lib/i18n/locales';
import { POINT_TEXT_ES, RULE_PATIENT_TEXT_ES, unsurePatientTextEs } from './patientWordsEs';
import { clinicianLanguage } from './clinicianLanguage';
import type { ClinicianLanguage } from './clinicianLanguage';
import { clinicianWords, severityIn } from './clinicianWords';
import type { ClinicianWords } from './clinicianWords';

export const SUMMARY_TITLE = clinicianWords('en').title;
export const NOT_A_VERDICT = clinicianWords('en').statement;
export const PATIENT_STATEMENT =
  'Made from your own answers. It is not a diagnosis or a prescription. Bring it to your visit: your dermatologist checks it and decides with you.';

/**
 * Free text on page 1 is cut at this many characters (one printed line with its label), so that a long note never
 * pushes page 1 onto a second page; the details give it whole.
 */
export const PAGE_ONE_TEXT_LIMIT = 60;
/** Treatment rows on page 1; the rest are on the details pages. */
export const PAGE_ONE_TREATMENT_LIMIT = 5;
/** "Because" answers shown on a page-1 flag row; the rest are on the details pages. */
const PAGE_ONE_BECAUSE_LIMIT = 1;
/** Characters of one answer in a page-1 "because" (a long medicines list is cut; the details give it whole). */
const PAGE_ONE_ANSWER_LIMIT = 30;

export interface HeaderModel {
  title: string;
  /** As entered, or null when left blank. */
  name: string | null;
  dateOfBirth: string | null;
  completedBy: string;
  preparedAt: string;
  appVersion: string;
  rulesetVersion: string;
  statement: string;
}

export interface SnapshotItem {
  label: string;
  value: string;
}

export interface TreatmentRow {
  id: string;
  name: string;
  /** Used now (treatmentsCurrent). */
  current: boolean;
  /** From treatmentOutcomes when answered, else null. */
  outcome: string | null;
}

export interface DrugCell {
  drug: Drug;
  name: string;
  /** With the region where it matters: "Baricitinib (EU/UK)". */
  fullName: string;
  severity: Severity | 'none';
  label: string;
  /** Short word for a narrow table cell (the legend gives the long one). */
  short: string;
  symbol: string;
}

export interface NumberedSource {
  number: number;
  document: string;
  section: string | null;
  revised: string | null;
  url: string | null;
}

export interface BecauseItem {
  /** The question's short label, e.g. "Blood clot ever". */
  question: string;
  answer: string;
}

export interface FlagRow {
  /** Rule id: only for data-rule-id and the text copy, never printed as visible text. */
  id: string;
  title: string;
  severity: Severity;
  severityLabel: string;
  unsure: boolean;
  cells: DrugCell[];
  /** Every answer behind the flag. */
  because: BecauseItem[];
  /** "Because" in a few words for the page-1 row. */
  becauseShort: string;
  sourceNumbers: number[];
  detail: string;
}

export interface FreeTextItem {
  id: string;
  label: string;
  full: string;
  /** Page-1 excerpt; equals `full` unless `cut`. */
  excerpt: string;
  cut: boolean;
}

export interface AnswerLine {
  section: string;
  question: string;
  answer: string;
}

export interface PatientQuestions {
  /** From the flags, the person's preferences and mood. */
  fromAnswers: string[];
  /** The person's own questions (questionsForDoctor), one per line as typed. */
  own: string[];
  /** General conversation starters. */
  starters: string[];
}

export interface SummaryModel {
  header: HeaderModel;
  snapshot: SnapshotItem[];
  treatments: TreatmentRow[];
  topicalWeeks: string | null;
  drugs: readonly DrugDisplay[];
  byDrug: DrugCell[];
  flags: FlagRow[];
  sources: NumberedSource[];
  /** `short`: the check's first clause, for page 1; `text`: the whole check (label limits), for the details. */
  baselineChecks: { id: string; short: string; text: string }[];
  openItems: { id: string; label: string; status: string }[];
  freeText: FreeTextItem[];
  answers: AnswerLine[];
  patient: PatientQuestions;
  notices: NoticesModel;
  /** The clinician part's language and its fixed words (issue 14, item 4: the clinic's language, English by default). */
  clinicianLocale: Locale;
  words: ClinicianWords;
  /** The patient part's language, and its running header and language line in that language. */
  patientLocale: Locale;
  patientWords: Pick<ClinicianWords, 'thisPart' | 'frame'>;
}

export interface SummaryModelInput {
  document: AnswersDocument;
  result: ScreeningResult;
  preparedAt: Date | string;
  appVersion: string;
  /** The language of the patient's part (its questions and notices): the page's. */
  patientLocale?: Locale;
  /** The language of the clinician's part: the clinic's, English unless chosen (independent of the patient's). */
  clinicianLocale?: Locale;
}

function drugCell(drug: DrugDisplay, severity: Severity | 'none', locale: Locale): DrugCell {
  const { label, symbol, short } = severityIn(locale, severity);
  const fullName = drug.region ? `${drug.name} (${drug.region})` : drug.name;
  return { drug: drug.id, name: drug.name, fullName, severity, label, short, symbol };
}

function cut(text: string, limit: number): { excerpt: string; cut: boolean } {
  if (text.length <= limit) return { excerpt: text, cut: false };
  const slice = text.slice(0, limit);
  const space = slice.lastIndexOf(' ');
  return { excerpt: `${(space > limit * 0.6 ? slice.slice(0, space) : slice).trimEnd()}…`, cut: true };
}

const sourceKey = (s: Source) => `${s.label}|${s.section ?? ''}|${s.revised ?? ''}`;

function becauseItem(questionId: string, answer: unknown, lang: ClinicianLanguage): BecauseItem {
  const question = lang.question(questionId);
  return { question: question ? lang.short(question) : questionId, answer: question ? lang.answer(question, answer) : String(answer) };
}

/**
 * For the page-1 row only: of a list answer behind a flag, the items that fire the flag on their own (the CYP3A4
 * flag shows "Some antifungal, antibiotic or HIV medicines", not the first medicine ticked). Found by asking the rule's own triggers
 * about each item alone; when no single item fires it (or every item does), the whole answer is kept. The details
 * always give the whole answer.
 */
function relevantAnswer(flagId: string, questionId: string, answer: unknown, answers: Answers): unknown {
  if (!Array.isArray(answer) || answer.length < 2) return answer;
  const rule = RULES.find((r) => r.id === flagId);
  if (!rule) return answer;
  const fires = (item: unknown) =>
    rule.triggers.some((t) => t.when({ ...answers, [questionId]: [item] } as Answers)?.because.some((b) => b.question === questionId));
  const kept = answer.filter(fires);
  return kept.length > 0 && kept.length < answer.length ? kept : answer;
}

function snapshotOf(document: AnswersDocument, lang: ClinicianLanguage): SnapshotItem[] {
  const a = document.answers as Readonly<Record<string, unknown>>;
  const { snapshot: words, notAnswered } = lang.words;
  const show = (id: string, label: string, format?: (v: unknown) => string): SnapshotItem => {
    const question = lang.question(id)!;
    const value = a[id];
    return { label, value: value === undefined ? notAnswered : format ? format(value) : lang.answer(question, value) };
  };
  return [
    show('age', words.age, (v) => `${v}`),
    show('severity', words.severity),
    show('bodyArea', words.bodyArea),
    show('itchWorst24h', words.itch, words.itchValue),
    show('sleepNightsLost', words.sleep, words.sleepValue),
  ];
}

function treatmentsOf(answers: Answers, lang: ClinicianLanguage): TreatmentRow[] {
  const asked = lang.question('treatmentsTried');
  const tried = new Set<string>(answers.treatmentsTried ?? []);
  const current = new Set<string>(answers.treatmentsCurrent ?? []);
  const outcomes: Partial<Record<string, keyof ClinicianWords['outcomes']>> = answers.treatmentOutcomes ?? {};
  return TREATMENT_OPTIONS.filter((o) => o.id !== 'none' && (tried.has(o.id) || current.has(o.id))).map((o) => {
    const outcome = outcomes[o.id];
    return {
      id: o.id,
      name: asked ? optionLabel(asked, o.id) : o.label,
      current: current.has(o.id),
      outcome: outcome === undefined ? null : lang.words.outcomes[outcome],
    };
  });
}

/**
 * A discussion point in Spanish, from its id (flag-<rule id>, preference-<id>, mood, starter-<id>) and, for a flag,
 * its certainty; the text as it is when no Spanish is listed for it (the completeness test fails first).
 */
function pointTextEs(point: DiscussionPoint, result: ScreeningResult, respondent: Respondent, answers: Readonly<Record<string, unknown>>): string {
  const voice = respondent === 'patient' ? 'self' : 'other';
  if (point.id.startsWith('flag-')) {
    const ruleId = point.id.slice('flag-'.length);
    const words = RULE_PATIENT_TEXT_ES[ruleId];
    const flag = result.flags.find((f) => f.id === ruleId);
    if (!words) return point.text;
    return flag?.certainty === 'unsure' ? unsurePatientTextEs(words.unsureAbout, voice) : words.text[voice];
  }
  const key = point.id === 'mood' && answers.moodAffected === 'unsure' ? 'mood-unsure' : point.id;
  return POINT_TEXT_ES[key]?.[voice] ?? point.text;
}

function patientQuestionsOf(result: ScreeningResult, locale: Locale, respondent: Respondent, answers: Readonly<Record<string, unknown>>): PatientQuestions {
  const questions: PatientQuestions = { fromAnswers: [], own: [], starters: [] };
  for (const raw of result.discussionPoints) {
    const point = locale === 'es' && raw.id !== 'own-questions' ? { ...raw, text: pointTextEs(raw, result, respondent, answers) } : raw;
    if (point.id === 'own-questions') {
      // The person's own words, one question per line, straight from the answer: the point's text starts with a
      // label in the rules' English ("Your own questions:" or, for a caregiver, "Questions written in:").
      questions.own.push(
        ...String(answers.questionsForDoctor ?? '')
          .split(/\n+/)
          .map((line) => line.trim())
          .filter(Boolean),
      );
    } else if (point.id.startsWith('starter-')) questions.starters.push(point.text);
    else questions.fromAnswers.push(point.text);
  }
  return questions;
}

/**
 * Builds the summary view model. Flags keep the result's order (highest severity first). Sources are numbered once,
 * in order of first use, so a page-1 row cites "[2]" and the details list the full reference under that number.
 */
export function buildSummaryModel({ document, result, preparedAt, appVersion, patientLocale = 'en', clinicianLocale = 'en' }: SummaryModelInput): SummaryModel {
  const lang = clinicianLanguage(clinicianLocale);
  const { words } = lang;
  const drugs = DRUG_DISPLAY.map((d) => ({ ...d, name: words.drugNames[d.id] ?? d.name }));
  const name = document.patient?.name?.trim() || null;
  const dateOfBirth = document.patient?.dateOfBirth?.trim() || null;
  const answers = document.answers as Readonly<Record<string, unknown>>;

  const sources: NumberedSource[] = [];
  const numberOf = new Map<string, number>();
  const numbersFor = (flag: Flag) =>
    flag.sources.map((s) => {
      const key = sourceKey(s);
      let n = numberOf.get(key);
      if (n === undefined) {
        n = sources.length + 1;
        numberOf.set(key, n);
        sources.push({
          number: n,
          document: shortDocumentName(s.label),
          section: s.section ?? null,
          revised: s.revised ?? null,
          url: s.url ?? null,
        });
      }
      return n;
    });

  const flags: FlagRow[] = result.flags.map((flag) => {
    const because = flag.because.map((b) => becauseItem(b.question, b.answer, lang));
    const shown = flag.because
      .slice(0, PAGE_ONE_BECAUSE_LIMIT)
      .map((b) => becauseItem(b.question, relevantAnswer(flag.id, b.question, b.answer, document.answers), lang))
      .map((b) => `${b.question}: ${cut(b.answer, PAGE_ONE_ANSWER_LIMIT).excerpt}`);
    const more = because.length - shown.length;
    return {
      id: flag.id,
      title: lang.flagTitle(flag),
      severity: flag.severity,
      severityLabel: severityIn(clinicianLocale, flag.severity).label,
      unsure: flag.certainty === 'unsure',
      cells: drugs.map((d) => drugCell(d, flag.drugs[d.id] ?? 'none', clinicianLocale)),
      because,
      becauseShort: shown.join('; ') + (more > 0 ? words.moreBecause(more) : ''),
      sourceNumbers: [...new Set(numbersFor(flag))],
      detail: lang.flagDetail(flag),
    };
  });

  const freeText: FreeTextItem[] = (['medicinesOther', 'questionsForDoctor'] as const).flatMap((id) => {
    const value = typeof answers[id] === 'string' ? (answers[id] as string).trim() : '';
    if (!value) return [];
    const question = questionById(id)!;
    return [{ id, label: lang.short(question), full: value, ...cut(value.replace(/\s+/g, ' '), PAGE_ONE_TEXT_LIMIT) }];
  });

  const topicalWeeks = document.answers.topicalWeeks;

  return {
    header: {
      title: words.title,
      name,
      dateOfBirth,
      completedBy: words.respondents[document.respondent],
      preparedAt: formatPreparedAt(preparedAt),
      appVersion,
      rulesetVersion: result.rulesetVersion,
      statement: words.statement,
    },
    snapshot: snapshotOf(document, lang),
    treatments: treatmentsOf(document.answers, lang),
    topicalWeeks: topicalWeeks === undefined ? null : words.topicalWeeks[topicalWeeks],
    drugs,
    byDrug: drugs.map((d) => drugCell(d, result.byDrug[d.id], clinicianLocale)),
    flags,
    sources,
    baselineChecks: result.baselineChecks.map(({ id, text: english }) => {
      const text = lang.baselineCheck(id, english);
      return { id, short: firstClause(text), text };
    }),
    openItems: openItems(document, result).map(({ question, status }) => ({
      id: question.id,
      label: lang.short(question),
      status: status === 'not sure' ? words.openStatus.notSure : words.openStatus.notAnswered,
    })),
    freeText,
    answers: shownQuestions(document.answers).flatMap((question) => {
      const value = answers[question.id];
      if (value === undefined || question.type === 'text') return [];
      const step = questionStepTitle(question.id, clinicianLocale);
      return [{ section: step, question: lang.short(question), answer: lang.answer(lang.question(question.id) ?? question, value) }];
    }),
    patient: patientQuestionsOf(result, patientLocale, document.respondent, answers),
    notices: noticesModel(patientLocale),
    clinicianLocale,
    words,
    patientLocale,
    patientWords: { thisPart: clinicianWords(patientLocale).thisPart, frame: clinicianWords(patientLocale).frame },
  };
}

function questionStepTitle(questionId: string, locale: Locale): string {
  const id = stepOfQuestion(questionId)?.id;
  return (id === undefined ? undefined : stepIn(id, locale))?.title.other ?? '';
}

/**
 * The first clause of a sentence-like text: up to the first ". ", "; " or ": " outside brackets, without a final
 * full stop. "CBC with differential. Abrocitinib §2.1: …" -> "CBC with differential". A text with no such break is
 * returned whole (less its final full stop).
 */
export function firstClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '.' || c === ';' || c === ':') && text[i + 1] === ' ') return text.slice(0, i);
  }
  return text.replace(/\.$/, '');
}

/** Source numbers as a short reference: [1, 2, 3, 5] -> "[1–3, 5]". */
export function sourceRef(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.length ? `[${parts.join(', ')}]` : '';
}

/** "Rinvoq PI, §5.1 (rev. 2025-04)" */
export function sourceText(source: NumberedSource): string {
  return [source.document, source.section, source.revised ? `rev. ${source.revised}` : null].filter(Boolean).join(', ');
}
