/**
 * Limits on what an import reads. Generous for every real file (the longest response this app writes is a few
 * KB and 8 levels deep) and small enough that a hostile file is refused at once instead of freezing the page.
 */

/** A file (or a line of JSON Lines, or stdin) longer than this is refused before any of it is read. */
export const MAX_INPUT_BYTES = 1_000_000;
/** Objects and lists inside each other: the app's own FHIR file goes 8 deep. */
export const MAX_JSON_DEPTH = 64;
/** Items inside items (step groups, questions, answers' items): the app's own FHIR file goes 2 deep. */
export const MAX_ITEM_DEPTH = 10;
/** At most this many problems are listed (about a screenful); the rest are counted in one last line. */
export const MAX_LISTED_PROBLEMS = 10;
/** No problem line is longer than this; a value quoted from the file is cut shorter still. */
export const MAX_PROBLEM_LENGTH = 300;
export const MAX_QUOTED_LENGTH = 40;
