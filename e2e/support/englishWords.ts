/** The English-word check of the Spanish specs (issue 14): spanish, spanish-import and summary-print-es. */

/**
 * Common English words that are not Spanish words: one of them on a Spanish page is a string left in English.
 * ("no", "a", "me", "error" are Spanish too, so they are not listed; drug and brand names are not words of either language.)
 */
const ENGLISH_WORDS = [
  'the', 'and', 'you', 'your', 'with', 'what', 'which', 'have', 'has', 'this', 'that', 'not', 'for', 'are', 'was', 'were',
  'or', 'of', 'to', 'in', 'is', 'it', 'yes', 'none', 'step', 'back', 'continue', 'answer', 'answers', 'review', 'change',
  'clear', 'start', 'before', 'question', 'questions', 'patient', 'treatment', 'treatments', 'sure', 'skip', 'content',
  'clinic', 'setup', 'device', 'problem', 'save', 'file', 'code', 'show', 'download', 'about', 'how', 'when',
  'ever', 'now', 'years', 'day', 'month', 'year', 'pills', 'cream', 'shots', 'help', 'helped', 'other', 'skin', 'blood',
  'heart', 'infection', 'infections', 'medicines', 'summary', 'loading', 'progress', 'done', 'questionnaire',
];
const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_WORDS);

/** The distinct common English words in a text (lower case), in order of first appearance. */
export function englishWordsIn(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/[^a-záéíóúüñ]+/).filter((w) => ENGLISH.has(w)))];
}
