'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { AnswersDocument } from '@/lib/answers/types';
import { ImportNotes } from '@/components/flow/ImportNotes';
import { SummaryView } from './SummaryView';
import { useTranslations } from 'next-intl';
import { useLocalizedPath } from '@/components/i18n/useLocalizedPath';

/**
 * The /summary screen. The seam: `document` is the answers document of this session (the lead wires it to
 * useScreening().document); null shows how to get one. The time is taken once, when the screen opens.
 */
export function SummaryScreen({ document }: { document: AnswersDocument | null }) {
  const [preparedAt] = useState(() => new Date());
  const t = useTranslations('summary');
  const localized = useLocalizedPath();
  if (document === null) {
    return (
      <>
        <h1>{t('heading')}</h1>
        <p>{t('noAnswers')}</p>
        <ul>
          <li>
            <Link href={localized('/')}>{t('startQuestionnaire')}</Link>
          </li>
          <li>
            <Link href={localized('/')}>{t('loadOnStart')}</Link>
          </li>
        </ul>
      </>
    );
  }
  return (
    <>
      <SummaryView document={document} preparedAt={preparedAt} />
      <ImportNotes document={document} />
    </>
  );
}
