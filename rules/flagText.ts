/**
 * The words of a flag, chosen by what fired it: certainty in every word (an unsure flag never states the answer as
 * a fact, in the title, the clinician's detail or the patient's text) and the right voice for who answered.
 */
import { QUESTIONS, formatAnswer, inVoice, questionById } from '@/lib/questionnaire';
import type { Respondent } from '@/lib/questionnaire';
import type { Because, Rule, RuleTrigger } from './types';

/** "Hepatitis B in the past" → "hepatitis B in the past"; "HIV or …" and "TB …" keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The title: the first trigger that fired decides (triggers are listed most specific first). */
export function flagTitle(rule: Rule, trigger: RuleTrigger, unsure: boolean): string {
  const title = trigger.title ?? rule.title;
  if (!unsure) return title;
  return trigger.unsureTitle ?? rule.unsureTitle ?? `Not sure: ${lowerFirst(title)}`;
}

/**
 * "Hepatitis B ever: Not sure" for every answer of a yes/no/not-sure or single-choice question, worked out once at
 * load: those questions have a short fixed set of answers, and the rules run per patient in batch (issue 15). Other
 * answers (lists, numbers, free text) are formatted each time, so nothing grows with what people type.
 */
const FIXED_READS: ReadonlyMap<string, ReadonlyMap<unknown, string>> = new Map(
  QUESTIONS.flatMap((q) => {
    const fixed = q.type === 'tri' ? ['yes', 'no', 'unsure'] : q.type === 'choice' ? q.options.map((o) => o.id) : null;
    return fixed === null ? [] : [[q.id, new Map(fixed.map((answer) => [answer, `${q.short}: ${formatAnswer(q, answer)}`]))] as const];
  }),
);

function answerRead(question: string, answer: unknown): string {
  const fixed = FIXED_READS.get(question)?.get(answer);
  if (fixed !== undefined) return fixed;
  const q = questionById(question);
  if (!q) return `${question}: ${String(answer)}`;
  return `${q.short}: ${formatAnswer(q, answer)}`;
}

/** The answers behind a flag as the clinician reads them: "Hepatitis B ever: Not sure". */
function answersRead(because: readonly Because[]): string {
  let text = '';
  for (let i = 0; i < because.length; i++) text += (i === 0 ? '' : '; ') + answerRead(because[i].question, because[i].answer);
  return text;
}

/** The clinician's detail: the answers as given (reported or "not sure"), then what the labels say. */
export function flagDetail(rule: Rule, because: readonly Because[], unsure: boolean): string {
  const lead = unsure ? `Answered “not sure” (not confirmed) — ${answersRead(because)}.` : `Answers given — ${answersRead(because)}.`;
  return `${lead} ${rule.detail}`;
}

/** The patient's text, in the voice of who answered; for an unsure flag, the open question, never a fact. */
export function flagPatientText(rule: Rule, respondent: Respondent, unsure: boolean): string {
  if (!unsure) return inVoice(rule.patientText, respondent);
  const about = rule.unsureAbout ?? { self: 'about one of these answers', other: 'about one of these answers' };
  return respondent === 'patient'
    ? `You were not sure ${about.self}. Tell your dermatologist, who can help find out.`
    : `It is not known ${about.other}. Tell the dermatologist, who can help find out.`;
}
