'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { AnswersDocument } from '@/lib/answers/types';
import { ImportNotes } from '@/components/flow/ImportNotes';
import { SummaryView } from './SummaryView';

/**
 * The /summary screen. The seam: `document` is the answers document of this session (the lead wires it to
 * useScreening().document); null shows how to get one. The time is taken once, when the screen opens.
 */
export function SummaryScreen({ document }: { document: AnswersDocument | null }) {
  const [preparedAt] = useState(() => new Date());
  if (document === null) {
    return (
      <>
        <h1>Summary</h1>
        <p>No answers yet — start the questionnaire or load your answers file.</p>
        <ul>
          <li>
            <Link href="/">Start the questionnaire</Link>
          </li>
          <li>
            <Link href="/">Load your answers file on the start page</Link>
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
