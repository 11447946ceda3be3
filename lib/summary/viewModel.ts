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
import { TREATMENT_OPTIONS, questionById, stepOfQuestion } from '@/lib/questionnaire';
import type { Question, Respondent } from '@/lib/questionnaire';
import { RULES } from '@/rules';
import type { DiscussionPoint, Drug, Flag, ScreeningResult, Severity, Source } from '@/rules';
import { answerText } from './answerText';
import { DRUG_DISPLAY, RESPONDENT_LABELS, drugName, severityDisplay, shortDocumentName } from './labels';
import type { DrugDisplay } from './labels';
import { noticesModel } from './noticeAdapter';
import type { NoticesModel } from './noticeAdapter';
import { openItems } from './openItems';
import { formatPreparedAt } from './preparedAt';
import type { Locale } from '@/lib/i18n/locales';
import { POINT_TEXT_ES, RULE_PATIENT_TEXT_ES, unsurePatientTextEs } from './patientWordsEs';

export const SUMMARY_TITLE = 'Pre-visit questionnaire: patient-reported information';
export const NOT_A_VERDICT =
  'Prepared from self-reported answers, for discussion with a dermatologist. Not a diagnosis or a prescription.';
export const PATIENT_STATEMENT =
  'Made from your own answers. It is not a diagnosis or a prescription. Bring it to your visit: your dermatologist checks it and decides with you.';
const NO_NAME = 'No name given';

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

type OutcomeId = NonNullable<NonNullable<Answers['treatmentOutcomes']>[keyof NonNullable<Answers['treatmentOutcomes']>]>;
type TopicalWeeksId = NonNullable<Answers['topicalWeeks']>;

/**
 * Short words for the page-1 treatment table (treatmentOutcomes, contract v2); the details give the answer as asked.
 * Keyed by the question's option ids, so a new option fails the type check here.
 */
const OUTCOME_TEXT: Readonly<Record<OutcomeId, string>> = {
  helped: 'Helped',
  notEnough: 'Not enough',
  sideEffects: 'Side effects',
  stoppedOther: 'Stopped, other reason',
  unsure: 'Not sure',
};

const TOPICAL_WEEKS_TEXT: Readonly<Record<TopicalWeeksId, string>> = {
  under4: 'under 4 weeks',
  '4to8': '4 to 8 weeks',
  over8: 'over 8 weeks',
  unsure: 'not sure',
};

export interface HeaderModel {
  title: string;
  /** As entered, or null when left blank. */
  name: string | null;
  dateOfBirth: string | null;
  /** For the running header on every page: the name, or "No name given". */
  runningName: string;
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
}

export interface SummaryModelInput {
  document: AnswersDocument;
  result: ScreeningResult;
  preparedAt: Date | string;
  appVersion: string;
  /** The language of the patient's part (its questions and notices); the clinician's part is English. */
  patientLocale?: Locale;
}

const SHORT_SEVERITY: Readonly<Record<Severity | 'none', string>> = {
  contraindication: 'Contraind.',
  warning: 'Warning',
  check: 'Check first',
  discuss: 'Discuss',
  none: '',
};

function drugCell(drug: DrugDisplay, severity: Severity | 'none'): DrugCell {
  const { label, symbol } = severityDisplay(severity);
  return { drug: drug.id, name: drug.name, fullName: drugName(drug.id), severity, label, short: SHORT_SEVERITY[severity], symbol };
}

function cut(text: string, limit: number): { excerpt: string; cut: boolean } {
  if (text.length <= limit) return { excerpt: text, cut: false };
  const slice = text.slice(0, limit);
  const space = slice.lastIndexOf(' ');
  return { excerpt: `${(space > limit * 0.6 ? slice.slice(0, space) : slice).trimEnd()}…`, cut: true };
}

const sourceKey = (s: Source) => `${s.label}|${s.section ?? ''}|${s.revised ?? ''}`;

function becauseItem(questionId: string, answer: unknown): BecauseItem {
  const question = questionById(questionId);
  return { question: question?.short ?? questionId, answer: question ? answerText(question, answer) : String(answer) };
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

function snapshotOf(document: AnswersDocument): SnapshotItem[] {
  const a = document.answers as Readonly<Record<string, unknown>>;
  const show = (id: string, label: string, format?: (q: Question, v: unknown) => string): SnapshotItem => {
    const question = questionById(id)!;
    const value = a[id];
    return { label, value: value === undefined ? 'not answered' : (format ?? answerText)(question, value) };
  };
  return [
    show('age', 'Age', (_, v) => `${v}`),
    show('severity', 'Severity (own view)'),
    show('bodyArea', 'Body area'),
    show('itchWorst24h', 'Worst itch, 24 h', (_, v) => `${v} / 10`),
    show('sleepNightsLost', 'Nights of lost sleep, last 7', (_, v) => `${v} of 7`),
  ];
}

function treatmentsOf(answers: Answers): TreatmentRow[] {
  const tried = new Set<string>(answers.treatmentsTried ?? []);
  const current = new Set<string>(answers.treatmentsCurrent ?? []);
  const outcomes: Partial<Record<string, OutcomeId>> = answers.treatmentOutcomes ?? {};
  return TREATMENT_OPTIONS.filter((o) => o.id !== 'none' && (tried.has(o.id) || current.has(o.id))).map((o) => {
    const outcome = outcomes[o.id];
    return {
      id: o.id,
      name: o.label,
      current: current.has(o.id),
      outcome: outcome === undefined ? null : OUTCOME_TEXT[outcome],
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
      questions.own.push(
        ...point.text
          .replace(/^Your own questions:\s*/, '')
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
export function buildSummaryModel({ document, result, preparedAt, appVersion, patientLocale = 'en' }: SummaryModelInput): SummaryModel {
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
    const because = flag.because.map((b) => becauseItem(b.question, b.answer));
    const shown = flag.because
      .slice(0, PAGE_ONE_BECAUSE_LIMIT)
      .map((b) => becauseItem(b.question, relevantAnswer(flag.id, b.question, b.answer, document.answers)))
      .map((b) => `${b.question}: ${cut(b.answer, PAGE_ONE_ANSWER_LIMIT).excerpt}`);
    const more = because.length - shown.length;
    return {
      id: flag.id,
      title: flag.title,
      severity: flag.severity,
      severityLabel: severityDisplay(flag.severity).label,
      unsure: flag.certainty === 'unsure',
      cells: DRUG_DISPLAY.map((d) => drugCell(d, flag.drugs[d.id] ?? 'none')),
      because,
      becauseShort: shown.join('; ') + (more > 0 ? ` (+${more} more)` : ''),
      sourceNumbers: [...new Set(numbersFor(flag))],
      detail: flag.detail,
    };
  });

  const freeText: FreeTextItem[] = (['medicinesOther', 'questionsForDoctor'] as const).flatMap((id) => {
    const value = typeof answers[id] === 'string' ? (answers[id] as string).trim() : '';
    if (!value) return [];
    const question = questionById(id)!;
    return [{ id, label: question.short, full: value, ...cut(value.replace(/\s+/g, ' '), PAGE_ONE_TEXT_LIMIT) }];
  });

  const topicalWeeks = document.answers.topicalWeeks;

  return {
    header: {
      title: SUMMARY_TITLE,
      name,
      dateOfBirth,
      runningName: name ?? NO_NAME,
      completedBy: RESPONDENT_LABELS[document.respondent],
      preparedAt: formatPreparedAt(preparedAt),
      appVersion,
      rulesetVersion: result.rulesetVersion,
      statement: NOT_A_VERDICT,
    },
    snapshot: snapshotOf(document),
    treatments: treatmentsOf(document.answers),
    topicalWeeks: topicalWeeks === undefined ? null : TOPICAL_WEEKS_TEXT[topicalWeeks],
    drugs: DRUG_DISPLAY,
    byDrug: DRUG_DISPLAY.map((d) => drugCell(d, result.byDrug[d.id])),
    flags,
    sources,
    baselineChecks: result.baselineChecks.map(({ id, text }) => ({ id, short: firstClause(text), text })),
    openItems: openItems(document, result).map(({ question, status }) => ({ id: question.id, label: question.short, status })),
    freeText,
    answers: shownQuestions(document.answers).flatMap((question) => {
      const value = answers[question.id];
      if (value === undefined || question.type === 'text') return [];
      const step = questionStepTitle(question.id);
      return [{ section: step, question: question.short, answer: answerText(question, value) }];
    }),
    patient: patientQuestionsOf(result, patientLocale, document.respondent, answers),
    notices: noticesModel(patientLocale),
  };
}


function questionStepTitle(questionId: string): string {
  return stepOfQuestion(questionId)?.title.other ?? '';
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
