/**
 * The URL path of each place in the questionnaire, and the place a machine snapshot is at. Apart from
 * ./positions (which needs the questionnaire's steps) so that the start page can link into the questionnaire
 * without loading it (issue 15). No answer ever goes into a URL: only the place.
 */
import type { Position } from './positions';
import type { QuestionnaireContext } from './questionnaireMachine';

/** The questionnaire's own path: the intro, and the prefix of every step's and the review's. */
export const QUESTIONNAIRE_PATH = '/questionnaire';

/** The URL path of a position: /questionnaire, /questionnaire/<step id>, /questionnaire/review, /summary. */
export function pathOf(position: Position): string {
  if (position === 'intro') return QUESTIONNAIRE_PATH;
  if (position === 'summary') return '/summary';
  return `${QUESTIONNAIRE_PATH}/${position}`;
}

/** Where a machine snapshot is: the intro, a step, the review or the summary; null while reading storage or asking about it. */
export function positionOf(snapshot: { value: unknown; context: QuestionnaireContext }): Position | null {
  switch (snapshot.value) {
    case 'intro':
    case 'review':
    case 'summary':
      return snapshot.value;
    case 'answering':
      return snapshot.context.stepId;
    default:
      return null;
  }
}
