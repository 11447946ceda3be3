'use client';
import { useCallback } from 'react';
import { useRouter } from 'next/navigation';
import type { AnswersDocument } from '@/lib/answers';
import { pathOf } from '@/lib/flow/positions';
import { useLocalizedPath } from '@/components/i18n/useLocalizedPath';
import { useScreening } from './ScreeningProvider';

/** Loaded answers (already validated) replace the current ones and open the review for the person to check. */
export function useOpenReview(): (document: AnswersDocument) => void {
  const { send } = useScreening();
  const router = useRouter();
  const localized = useLocalizedPath();
  return useCallback(
    (document: AnswersDocument) => {
      send({ type: 'answers.load', document });
      router.push(localized(pathOf('review')));
    },
    [send, router, localized],
  );
}
