/**
 * Where a person can be in the questionnaire, and the URL of each place. The machine owns the position; the
 * URL follows it (components/flow/FlowUrlSync.tsx). No answer ever goes into a URL: only the place.
 */
import type { StepId } from '@/lib/questionnaire';
import type { PrunedDocument } from '@/lib/answers';
import { documentIsComplete, isStepId, STEP_IDS, stepApplies } from './stepPredicates';
import { pathOf, QUESTIONNAIRE_PATH } from './paths';

/** The intro ("Before you start"), a step, the review or the summary, in the order a person meets them. */
export type Position = 'intro' | StepId | 'review' | 'summary';

const POSITIONS: readonly Position[] = ['intro', ...STEP_IDS, 'review', 'summary'];

export { pathOf };

/**
 * The position a URL path names, or null for a page outside the questionnaire (the start page, about).
 * An unknown step name under /questionnaire names the review, the last place of the questionnaire: the machine then
 * lands on the furthest place reached so far (the intro with nothing answered), and the address bar is corrected.
 */
export function positionOfPath(pathname: string): Position | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/summary') return 'summary';
  if (path === QUESTIONNAIRE_PATH) return 'intro';
  if (!path.startsWith(`${QUESTIONNAIRE_PATH}/`)) return null;
  const rest = path.slice(QUESTIONNAIRE_PATH.length + 1);
  if (rest === 'review') return 'review';
  return isStepId(rest) ? rest : 'review';
}

/**
 * Every position's URL path, in order: what the service worker warms at install so that the whole journey works
 * offline after one visit (scripts/serviceWorker.js).
 * @returns paths such as "/questionnaire", "/questionnaire/about-you", "/questionnaire/review", "/summary"
 */
export function positionPaths(): string[] {
  return POSITIONS.map(pathOf);
}

function positionIndex(position: Position): number {
  return POSITIONS.indexOf(position);
}

/** The later of two positions. */
export function laterOf(a: Position, b: Position): Position {
  return positionIndex(a) >= positionIndex(b) ? a : b;
}

/**
 * Whether a person whose furthest position so far is `furthest` may open `target` now: not past the furthest,
 * a step only while it applies to the answers, the summary only with complete answers.
 */
function isReachable(target: Position, furthest: Position, document: PrunedDocument): boolean {
  if (positionIndex(target) > positionIndex(furthest)) return false;
  if (target === 'summary') return documentIsComplete(document);
  if (target === 'intro' || target === 'review') return true;
  return stepApplies(target, document.answers);
}

/** Where a visit to `target` lands: the target when reachable, otherwise the furthest reachable position. */
export function landingOf(target: Position, furthest: Position, document: PrunedDocument): Position {
  if (isReachable(target, furthest, document)) return target;
  for (let i = positionIndex(furthest); i > 0; i--) if (isReachable(POSITIONS[i], furthest, document)) return POSITIONS[i];
  return 'intro';
}
