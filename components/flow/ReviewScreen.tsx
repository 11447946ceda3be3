'use client';
/** "Review your answers": every answer grouped by step, with a way to change it; nothing is judged here. */
import { inVoice } from '@/lib/questionnaire';
import { stepIn } from '@/lib/questionnaire/localized';
import type { Question } from '@/lib/questionnaire';
import { formatAnswer, isNotSure } from '@/lib/questionnaire/formatAnswer';
import type { Answers } from '@/lib/answers';
import { shownQuestionsOfStep, stepsThatApply } from '@/lib/flow/stepPredicates';
import { StepHeading } from '@/components/ui/StepHeading';
import { ClinicHandoff } from '@/components/handoff/ClinicHandoff';
import { useDeviceFilesAllowed } from '@/components/clinic/DeviceFiles';
import { ClearAnswers } from './ClearAnswers';
import { ImportNotes } from './ImportNotes';
import { SaveAnswerFile } from './SaveAnswerFile';
import { SetAsideAnswers } from './SetAsideAnswers';
import { useScreening } from './ScreeningProvider';
import { useLocale, useTranslations } from 'next-intl';
import { shownDate } from '@/lib/flow/birthDate';

function AnswerValue({ question, answers }: { question: Question; answers: Answers }) {
  const t = useTranslations('review');
  const controls = useTranslations('controls');
  const value = (answers as Record<string, unknown>)[question.id];
  if (value === undefined) return <span className="tag">{t('notAnswered')}</span>;
  if (isNotSure(value)) return <span className="tag">{t('notSure')}</span>;
  return <span className="answer-text">{formatAnswer(question, value, { yes: controls('yes'), no: controls('no'), unsure: controls('unsure') })}</span>;
}

export function ReviewScreen() {
  const { snapshot, send, document } = useScreening();
  const { respondent, answers, patient } = document;
  const t = useTranslations('review');
  const locale = useLocale();
  const steps = stepsThatApply(answers);
  // Which questions show is decided on the language-neutral definition; their words are the page's language.
  const shownByStep = steps.map((id) => {
    const step = stepIn(id, locale)!;
    return { id, step, questions: shownQuestionsOfStep(id, answers).map((q) => step.questions.find((l) => l.id === q.id)!) };
  });
  const shown = shownByStep.flatMap((s) => s.questions);
  // Optional free-text notes are not questions left open: a blank one is not counted as "not answered".
  const unanswered = shown.filter((q) => q.type !== 'text' && (answers as Record<string, unknown>)[q.id] === undefined).length;
  const notSure = shown.filter((q) => isNotSure((answers as Record<string, unknown>)[q.id])).length;
  const canFinish = snapshot.can({ type: 'review.done' });
  // On a clinic tablet no file is saved unless staff unlock it (the hand-off section below says how).
  const filesAllowed = useDeviceFilesAllowed();

  return (
    <>
      <StepHeading title={t('heading')}>{t('heading')}</StepHeading>
      <p>{t('check')}</p>
      <p>{t('counts', { unanswered, notSure })}</p>
      <ImportNotes document={document} />
      <SetAsideAnswers answers={answers} setAside={snapshot.context.setAside} notes={snapshot.context.setAsideNotes} respondent={respondent} />

      <section aria-labelledby="review-details" className="review-section">
        <div className="review-section-head">
          <h2 id="review-details">{t('detailsHeading')}</h2>
          <button type="button" className="link-button" onClick={() => send({ type: 'details.edit' })}>
            {t('change')}<span className="visually-hidden"> {t('changeDetails')}</span>
          </button>
        </div>
        <dl className="review-list">
          <div>
            <dt>{t('filledInBy')}</dt>
            <dd>{t('respondent', { respondent })}</dd>
          </div>
          <div>
            <dt>{t('name')}</dt>
            <dd>{patient?.name ?? <span className="tag">{t('notGiven')}</span>}</dd>
          </div>
          <div>
            <dt>{t('dateOfBirth')}</dt>
            <dd>{patient?.dateOfBirth ? shownDate(patient.dateOfBirth, locale) : <span className="tag">{t('notGiven')}</span>}</dd>
          </div>
        </dl>
      </section>

      {shownByStep.map(({ id, step, questions }) => {
        const title = inVoice(step.title, respondent);
        return (
          <section key={step.id} aria-labelledby={`review-${step.id}`} className="review-section">
            <div className="review-section-head">
              <h2 id={`review-${step.id}`}>{title}</h2>
              <button type="button" className="link-button" onClick={() => send({ type: 'review.edit', step: id })}>
                {t('change')}<span className="visually-hidden"> {t('changeStep', { title })}</span>
              </button>
            </div>
            <dl className="review-list">
              {questions.map((question) => (
                <div key={question.id}>
                  <dt>{inVoice(question.text, respondent)}</dt>
                  <dd>
                    <AnswerValue question={question} answers={answers} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}

      {canFinish ? null : (
        <div className="notice">
          <p>{t('needed')}</p>
        </div>
      )}
      <div className="button-row">
        {canFinish ? (
          <button
            type="button"
            className="button"
            onClick={() => send({ type: 'review.done' })}
          >
            {t('seeSummary')}
          </button>
        ) : null}
        {filesAllowed ? <SaveAnswerFile document={document} /> : null}
      </div>
      <ClinicHandoff document={document} />
      <ClearAnswers />
    </>
  );
}
