'use client';
/**
 * The review's "set aside" section: answers whose questions a later change hid (lib/answers/setAside.ts). They are
 * not used anywhere while hidden; the person is told which ones, why, and that they come back if the answer that
 * hid them is changed back. Also lists set-aside answers that could not be brought back from storage.
 */
import { formatAnswer, inVoice } from '@/lib/questionnaire';
import type { Respondent } from '@/lib/questionnaire';
import type { Answers, PrunedAnswers } from '@/lib/answers';
import { setAsideCount, setAsideGroups } from '@/lib/answers/setAside';

const answersPhrase = (count: number) => `${count} ${count === 1 ? 'answer' : 'answers'}`;

export function SetAsideAnswers({ answers, setAside, notes, respondent }: { answers: PrunedAnswers; setAside: Answers; notes: readonly string[]; respondent: Respondent }) {
  const count = setAsideCount(setAside);
  if (count === 0 && notes.length === 0) return null;
  const groups = setAsideGroups(answers, setAside);
  return (
    <section aria-labelledby="review-set-aside" className="notice">
      <h2 id="review-set-aside">Set aside because of a later change</h2>
      {count > 0 ? (
        <>
          <p>
            {answersPhrase(count)} {count === 1 ? 'is' : 'are'} set aside: after a change, {count === 1 ? 'its question is' : 'their questions are'} no
            longer asked, so {count === 1 ? 'it is' : 'they are'} not used in the summary. {count === 1 ? 'It comes' : 'They come'} back if you change that
            answer back.
          </p>
          {groups.map((group) => (
            <div key={group.because.map((q) => q.id).join('+') || 'other'}>
              <p>
                {group.because.length > 0
                  ? `Because of the answer to ${group.because.map((q) => `“${inVoice(q.text, respondent)}”`).join(' and ')}:`
                  : 'Because of an earlier answer:'}
              </p>
              <ul>
                {group.items.map(({ question, value }) => (
                  <li key={question.id}>
                    {question.short}: {formatAnswer(question, value)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      ) : null}
      {notes.length > 0 ? (
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
