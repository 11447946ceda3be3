/**
 * Spanish readability (issue 14): the Fernández-Huerta score, the Spanish adaptation of Flesch reading ease
 * (Fernández Huerta 1959), in the corrected form (Law 2011) that textstat uses:
 *   206.84 − 60 × (syllables per word) − 1.02 × (words per sentence).
 * Higher is easier: 90–100 very easy (about 4th grade), 80–90 easy (5th), 70–80 fairly easy (6th), 60–70 normal
 * (7th–8th grade), 50–60 fairly hard (high school), below 50 hard.
 *
 * No maintained npm package counts Spanish syllables (silabea has one release, 2019-era), so this is a small
 * documented counter: Spanish spelling is regular, and a syllable is a vowel nucleus. Consecutive vowels form one
 * nucleus (a diphthong or triphthong) except two strong vowels (a, e, o, and accented á é ó) side by side, and an
 * accented weak vowel (í, ú) next to another vowel, which are a hiatus (two syllables). The u of que, qui, gue, gui
 * is silent; y is a vowel only at the end of a word ("hay", "y"). Rough on short texts, like every formula: a gate
 * against drift, not a substitute for testing with Spanish-speaking patients.
 */

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';
const VOWELS = 'aeiouáéíóúü';

/** The syllables of one Spanish word (letters only; at least 1 for a word with no vowel, such as "VIH" read as letters). */
export function spanishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 0;
  w = w.replace(/([qg])u([eiéí])/g, '$1$2'); // silent u
  w = w.replace(/y$/, 'i').replace(/^y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of w) {
    if (!VOWELS.includes(letter)) {
      previous = '';
      continue;
    }
    const hiatus = previous !== '' && ((STRONG.includes(previous) && STRONG.includes(letter)) || ACCENTED_WEAK.includes(previous) || ACCENTED_WEAK.includes(letter));
    if (previous === '' || hiatus) count += 1;
    previous = letter;
  }
  return Math.max(count, 1);
}

/** Fernández-Huerta reading ease of a text in which each line, and each . ! ? ¿ ¡ clause end, is a sentence. */
export function fernandezHuerta(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)|\n/).filter((s) => s.trim() !== '').length;
  const words = text.split(/\s+/).map((w) => w.replace(/[^A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]/g, '')).filter(Boolean);
  const syllables = words.reduce((n, w) => n + (/^\d+$/.test(w) ? 1 : spanishSyllables(w)), 0);
  return 206.84 - 60 * (syllables / words.length) - 1.02 * (words.length / sentences);
}
