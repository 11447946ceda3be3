/**
 * A document as every import reads it, before pruning: each "ever used" list completed from its "using now" ticks
 * (listTickedRows). Random documents may tick a treatment their list lacks; the app's own never do.
 */
import type { AnswersDocument } from '@/lib/answers';
import { listTickedRows } from '@/lib/questionnaire/layout';

export const asImported = (doc: AnswersDocument): AnswersDocument => ({ ...doc, answers: listTickedRows(doc.answers).answers });
