'use client';
import { useCallback } from 'react';
import { useRouter } from 'next/navigation';
import type { AnswersDocument } from '@/lib/answers';
import { pathOf } from '@/lib/flow/paths';
import { useLocalizedPath } from '@/components/i18n/useLocalizedPath';
import { useSendWhenReady } from './ScreeningProvider';

/**
 * Loaded answers (already validated) replace the current ones and open the review for the person to check. On the
 * start page the machine may not be loaded yet: the answers wait for it, and the review shows once it is in.
 */
export function useOpenReview(): (document: AnswersDocument) => void {
  const send = useSendWhenReady();
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
