/**
 * The certainty check (issue 9, "Certainty in every word"): a sentence that states an answer as a fact. Used over the
 * texts of every flag that fired on "not sure" only. A sentence is hedged when it says the answer is open ("not
 * sure", "not known", "whether", "if", …); an unhedged sentence must not match any fact pattern below.
 */

/** Words that make a sentence about an answer an open question, not a fact. */
export const HEDGES = /not sure|not known|unsure|not confirmed|\bwhether\b|\bif\b|\bmay\b|\bmight\b/i;

/** Ways our texts state what someone reported. */
export const FACT_PATTERNS: readonly RegExp[] = [
  /\bpatient (reports|reported|is|has|had|takes|took|uses|smokes|plans|was told)\b/i,
  /\b(tell|ask) (your|the) dermatologist (about|that) (your|you|the patient|the patient’s|the patient's|their)\b/i,
  /\byou (have|are|had|take|took|use|smoke|plan|were told|reacted)\b/i,
  /\b(your|the patient’s|the patient's) (hepatitis|hiv|tb|cancer|infection|pregnancy|liver|kidney|blood clot|diabetes|shingles|allergy|reaction)\b/i,
];

export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
}

/** The sentences of `text` that state an answer as a fact. */
export function factSentences(text: string): string[] {
  return sentences(text).filter((sentence) => !HEDGES.test(sentence) && FACT_PATTERNS.some((p) => p.test(sentence)));
}
