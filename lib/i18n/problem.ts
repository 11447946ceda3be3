/**
 * A problem found in loaded answers (a file, a QR code, saved answers), as a code with values rather than a
 * sentence, so the same problem reads in the page's language (lib/import/problemText.ts) and in English on the
 * command line. Every answer in a file is read or named in a refusal (non-negotiable 1): the code says what is
 * wrong, `path` says where, so the Spanish list names exactly what the English one names.
 */

import type { problemsEn } from './messages/problems.en';

/** Every problem has a sentence in the catalogue: a code without one does not compile (and es.ts has the same keys). */
export type ProblemCode = keyof (typeof problemsEn)['text'];

/** A value in a problem's sentence: text quoted from the file, a number, or a path. */
export type ProblemValue = string | number;

export interface Problem {
  /** A key of the `problems.text` catalogue namespace (lib/i18n/messages/problems.en.ts). */
  code: ProblemCode;
  /**
   * Where in the file, the way FHIR names places (`item[0].answer[1]`, `answers.age`). Technical, so shown as code
   * and never translated. An empty string is the whole file; absent when the problem is not about one place.
   */
  path?: string;
  /** The FHIR linkId of the item, shown after the path: `item[2] (linkId hiv)`. */
  linkId?: string;
  /** The question id the path is about, named in words in the reader's language: `answers.age (Age (years))`. */
  question?: string;
  /** The values of the sentence's placeholders. */
  values?: Readonly<Record<string, ProblemValue>>;
}

/** A problem at a place: `problemAt('item[0]', 'noLinkId')`. */
export function problemAt(path: string, code: ProblemCode, values?: Problem['values']): Problem {
  return values ? { code, path, values } : { code, path };
}

/** A problem about the whole input, not one place in it. */
export function problemOf(code: ProblemCode, values?: Problem['values']): Problem {
  return values ? { code, values } : { code };
}

/**
 * A problem code as a zod message. zod carries an issue's message as a string, and its built-in checks (enum,
 * maximum) take no other payload, so the code and values travel as JSON text and `decodeMessage` reads them back.
 */
export function codedMessage(code: ProblemCode, values?: Problem['values']): string {
  return JSON.stringify(values ? { code, values } : { code });
}

/** The code and values of a message made by codedMessage, or null for any other text. */
export function decodeMessage(message: string): Pick<Problem, 'code' | 'values'> | null {
  if (!message.startsWith('{"code":')) return null;
  try {
    const { code, values } = JSON.parse(message) as Pick<Problem, 'code' | 'values'>;
    return values ? { code, values } : { code };
  } catch {
    return null;
  }
}
