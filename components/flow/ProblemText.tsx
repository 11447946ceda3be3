'use client';
import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/lib/i18n/locales';
import type { Problem } from '@/lib/i18n/problem';
import { problemParts } from '@/lib/import/problemText';
import type { ProblemsTranslator } from '@/lib/import/problemText';

/**
 * One coded problem (lib/i18n/problem.ts) in the page's language: the place in the file as code (a path or a
 * linkId is written as in the file, never translated), the question it is about in words, then the sentence.
 */
export function ProblemText({ problem }: { problem: Problem }) {
  const t = useTranslations('problems');
  const locale = useLocale();
  const parts = problemParts(problem, t as unknown as ProblemsTranslator, isLocale(locale) ? locale : 'en');
  if (parts.where === null && !parts.wholeFile) return <>{parts.text}</>;
  return (
    <>
      {parts.where === null ? t('wholeFile') : <code>{parts.where}</code>}
      {parts.question ? ` (${parts.question})` : ''}: {parts.text}
    </>
  );
}

/** A stable React key for a problem (problems are unique in a list: capProblems drops repeats). */
export const problemKey = (problem: Problem) => JSON.stringify(problem);
