/** An answer as the person reads it back (review) — the labels they chose from, never raw ids. */
import type { Question, TriValue } from './types';

/** The label of an option as the person saw it, or the raw id when the option is unknown. */
export function optionLabel(question: Question, optionId: string): string {
  if (question.type !== 'choice' && question.type !== 'multi' && question.type !== 'map') return optionId;
  return question.options.find((o) => o.id === optionId)?.label ?? optionId;
}

export const TRI_LABELS: Readonly<Record<TriValue, string>> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

/** "Not sure" answers are marked in the review and listed for the clinician: they are never read as "no". */
export function isNotSure(value: unknown): boolean {
  return value === 'unsure';
}

/** `triLabels`: the yes / no / not sure words of the page's language (English by default). */
export function formatAnswer(question: Question, value: unknown, triLabels: Readonly<Record<TriValue, string>> = TRI_LABELS): string {
  switch (question.type) {
    case 'tri':
      return triLabels[value as TriValue] ?? String(value);
    case 'choice':
      return optionLabel(question, String(value));
    case 'multi':
      return (value as string[]).map((id) => optionLabel(question, id)).join('; ');
    case 'integer':
      return question.unit ? `${value} ${question.unit}` : String(value);
    case 'text':
      return String(value);
    case 'map':
      // "Steroid cream or ointment: Helped; Dupilumab shots: Stopped: side effects"
      return Object.entries(value as Record<string, string>)
        .map(([key, outcome]) => `${question.keys.find((k) => k.id === key)?.label ?? key}: ${optionLabel(question, outcome)}`)
        .join('; ');
  }
}
