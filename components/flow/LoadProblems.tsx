'use client';
import { lazy, Suspense } from 'react';
import type { Problem } from '@/lib/i18n/problem';

const LoadProblemsList = lazy(() => import('./LoadProblemsList').then(({ LoadProblemsList }) => ({ default: LoadProblemsList })));

/**
 * Why loaded answers were refused (LoadProblemsList), from a chunk of its own: putting a problem in words names the
 * question it is about, which needs the questionnaire in both languages, and the start page's first load does not
 * (issue 15). Problems exist only after a file or code was read, which loads the reader anyway. The alert shows
 * whole once its chunk is in, so a screen reader announces it all at once.
 */
export function LoadProblems(props: { id: string; title: string; problems: readonly Problem[] }) {
  if (props.problems.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LoadProblemsList {...props} />
    </Suspense>
  );
}
