'use client';
/**
 * The review's "set aside" section: answers whose questions a later change hid (lib/answers/setAside.ts). They are
 * not used anywhere while hidden; the person is told which ones, why, and that they come back if the answer that
 * hid them is changed back. Also lists set-aside answers that could not be brought back from storage.
 */
import { formatAnswer, inVoice } from '@/lib/questionnaire';
import type { Question, Respondent } from '@/lib/questionnaire';
import { stepsIn } from '@/lib/questionnaire/localized';
import type { Answers, PrunedAnswers } from '@/lib/answers';
import { setAsideCount, setAsideGroups } from '@/lib/answers/setAside';
import { useLocale, useTranslations } from 'next-intl';
import type { Problem } from '@/lib/i18n/problem';
import { problemKey, ProblemText } from './ProblemText';

export function SetAsideAnswers({ answers, setAside, notes, respondent }: { answers: PrunedAnswers; setAside: Answers; notes: readonly Problem[]; respondent: Respondent }) {
  const count = setAsideCount(setAside);
  const t = useTranslations('setAside');
  const controls = useTranslations('controls');
  const locale = useLocale();
  const local = (id: string) => stepsIn(locale).flatMap((s) => s.questions as readonly Question[]).find((q) => q.id === id);
  const triLabels = { yes: controls('yes'), no: controls('no'), unsure: controls('unsure') };
  if (count === 0 && notes.length === 0) return null;
  // Which answers are set aside is decided on the language-neutral definition; their words are the page's language.
  const groups = setAsideGroups(answers, setAside).map((group) => ({
    ...group,
    because: group.because.map((q) => local(q.id) ?? q),
    items: group.items.map((item) => ({ ...item, question: local(item.question.id) ?? item.question })),
  }));
  return (
    <section aria-labelledby="review-set-aside" className="notice">
      <h2 id="review-set-aside">{t('heading')}</h2>
      {count > 0 ? (
        <>
          <p>{t('text', { count })}</p>
          {groups.map((group) => (
            <div key={group.because.map((q) => q.id).join('+') || 'other'}>
              <p>
                {group.because.length > 0
                  ? t('because', { questions: group.because.map((q) => `“${inVoice(q.text, respondent)}”`).join(t('and')) })
                  : t('becauseEarlier')}
              </p>
              <ul>
                {group.items.map(({ question, value }) => (
                  <li key={question.id}>
                    {locale === 'en' ? question.short : inVoice(question.text, respondent)}: {formatAnswer(question, value, triLabels)}
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
            <li key={problemKey(note)}>
              <ProblemText problem={note} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
