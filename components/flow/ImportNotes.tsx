'use client';
import { useSyncExternalStore } from 'react';
import type { AnswersDocument } from '@/lib/answers';
import { importNotesFor, importNotesVersion, subscribeImportNotes } from '@/lib/import/importNotes';
import { notUsedSentence } from '@/lib/import/answersNotUsed';

/**
 * After an import: what the file said that is not among the answers shown, in words. Answers to questions that
 * would not have been shown (hidden means absent) are listed with the reason; a file that does not say who
 * answered says so; a partial date of birth, or one that does not match the age, is named. Shows nothing for
 * answers typed in this tool. Self-contained: place it on the review and on the summary.
 */
export function ImportNotes({ document, headingLevel = 2 }: { document: AnswersDocument; headingLevel?: 2 | 3 }) {
  useSyncExternalStore(subscribeImportNotes, importNotesVersion, () => null);
  const report = importNotesFor(document);
  if (!report) return null;
  const { notUsed, respondentStated, dateNotes } = report;
  if (notUsed.length === 0 && respondentStated && dateNotes.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="notice notice-warning no-print" aria-labelledby="import-notes-title">
      <Heading id="import-notes-title">Check what was loaded from the file</Heading>
      {respondentStated ? null : (
        <p>
          <strong>Who answered: not stated.</strong> The file does not say who answered the questions. They are shown
          as the patient’s own answers; change “Filled in by” if someone else answered.
        </p>
      )}
      {dateNotes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {notUsed.length > 0 ? (
        <>
          <p>
            {notUsed.length === 1 ? 'One answer in the file was' : `${notUsed.length} answers in the file were`} not used, because
            the question would not have been asked:
          </p>
          <ul>
            {notUsed.map((item) => (
              <li key={item.questionId}>{notUsedSentence(item)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
