/** The English-word check of the Spanish specs (issue 14): e2e/spanish.spec.ts, e2e/spanish-import.spec.ts. */

/**
 * Common English words that are not Spanish words: one of them on a Spanish page is a string left in English.
 * ("no", "a", "me", "error" are Spanish too, so they are not listed; drug and brand names are not words of either language.)
 */
export const ENGLISH_WORDS = [
  'the', 'and', 'you', 'your', 'with', 'what', 'which', 'have', 'has', 'this', 'that', 'not', 'for', 'are', 'was', 'were',
  'or', 'of', 'to', 'in', 'is', 'it', 'yes', 'none', 'step', 'back', 'continue', 'answer', 'answers', 'review', 'change',
  'clear', 'start', 'before', 'question', 'questions', 'patient', 'treatment', 'treatments', 'sure', 'skip', 'content',
  'clinic', 'setup', 'device', 'problem', 'save', 'file', 'code', 'show', 'download', 'about', 'how', 'when',
  'ever', 'now', 'years', 'day', 'month', 'year', 'pills', 'cream', 'shots', 'help', 'helped', 'other', 'skin', 'blood',
  'heart', 'infection', 'infections', 'medicines', 'summary', 'loading', 'progress', 'done', 'questionnaire',
];
export const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_WORDS);
