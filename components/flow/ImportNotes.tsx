'use client';
import { useSyncExternalStore } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { localeOr } from '@/lib/i18n/locales';
import type { AnswersDocument } from '@/lib/answers';
import { importNotesFor, importNotesVersion, subscribeImportNotes } from '@/lib/import/importNotes';
import { listCompletedText, notUsedText } from '@/lib/import/answersNotUsed';
import type { NotUsedTranslator } from '@/lib/import/answersNotUsed';
import { problemKey, ProblemText } from './ProblemText';

/**
 * After an import: what the file said that is not among the answers shown, in words. Answers to questions that
 * would not have been shown (hidden means absent) are listed with the reason; a file that does not say who
 * answered says so; a partial date of birth, or one that does not match the age, is named. Shows nothing for
 * answers typed in this tool. Self-contained: place it on the review and on the summary.
 */
export function ImportNotes({ document, headingLevel = 2 }: { document: AnswersDocument; headingLevel?: 2 | 3 }) {
  useSyncExternalStore(subscribeImportNotes, importNotesVersion, () => null);
  const t = useTranslations('load');
  const notUsedT = useTranslations('problems.notUsed') as unknown as NotUsedTranslator;
  const controls = useTranslations('controls');
  const locale = useLocale();
  const triLabels = { yes: controls('yes'), no: controls('no'), unsure: controls('unsure') };
  const report = importNotesFor(document);
  if (!report) return null;
  const { notUsed, respondentStated, dateNotes, listsCompleted } = report;
  if (notUsed.length === 0 && respondentStated && dateNotes.length === 0 && listsCompleted.length === 0) return null;
  const language = localeOr(locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="notice notice-warning no-print" aria-labelledby="import-notes-title">
      <Heading id="import-notes-title">{t('notesHeading')}</Heading>
      {respondentStated ? null : <p>{t.rich('whoNotStated', { strong: (chunks) => <strong>{chunks}</strong> })}</p>}
      {dateNotes.map((note) => (
        <p key={problemKey(note)}>
          <ProblemText problem={note} />
        </p>
      ))}
      {listsCompleted.map((entry) => (
        <p key={entry.list}>{listCompletedText(entry, t, language)}</p>
      ))}
      {notUsed.length > 0 ? (
        <>
          <p>{t('notUsedIntro', { count: notUsed.length })}</p>
          <ul>
            {notUsed.map((item) => (
              <li key={item.questionId}>{notUsedText(item, notUsedT, triLabels, language)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
