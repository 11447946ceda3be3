'use client';
/** "Review your answers": every answer grouped by step, with a way to change it; nothing is judged here. */
import { inVoice, stepById } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import { formatAnswer, isNotSure } from '@/lib/questionnaire/formatAnswer';
import type { Answers } from '@/lib/answers';
import { shownQuestionsOfStep, stepsThatApply } from '@/lib/flow/stepPredicates';
import { StepHeading } from '@/components/ui/StepHeading';
import { ClinicHandoff } from '@/components/handoff/ClinicHandoff';
import { useDeviceFilesAllowed } from '@/components/clinic/DeviceFiles';
import { respondentHeadline } from '@/lib/questionnaire/respondents';
import { ClearAnswers } from './ClearAnswers';
import { ImportNotes } from './ImportNotes';
import { SaveAnswerFile } from './SaveAnswerFile';
import { SetAsideAnswers } from './SetAsideAnswers';
import { useScreening } from './ScreeningProvider';

function AnswerValue({ question, answers }: { question: Question; answers: Answers }) {
  const value = (answers as Record<string, unknown>)[question.id];
  if (value === undefined) return <span className="tag">Not answered</span>;
  if (isNotSure(value)) return <span className="tag">Not sure</span>;
  return <span className="answer-text">{formatAnswer(question, value)}</span>;
}

function countPhrase(count: number, what: string): string {
  return `${count === 0 ? 'no' : count} ${count === 1 ? 'question' : 'questions'} ${what}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ReviewScreen() {
  const { snapshot, send, document } = useScreening();
  const { respondent, answers, patient } = document;
  const steps = stepsThatApply(answers);
  const shownByStep = steps.map((id) => ({ id, step: stepById(id)!, questions: shownQuestionsOfStep(id, answers) }));
  const shown = shownByStep.flatMap((s) => s.questions);
  // Optional free-text notes are not questions left open: a blank one is not counted as "not answered".
  const unanswered = shown.filter((q) => q.type !== 'text' && (answers as Record<string, unknown>)[q.id] === undefined).length;
  const notSure = shown.filter((q) => isNotSure((answers as Record<string, unknown>)[q.id])).length;
  const canFinish = snapshot.can({ type: 'review.done' });
  // On a clinic tablet no file is saved unless staff unlock it (the hand-off section below says how).
  const filesAllowed = useDeviceFilesAllowed();

  return (
    <>
      <StepHeading title="Review your answers">Review your answers</StepHeading>
      <p>Check your answers before you see the summary. You can change any of them.</p>
      <p>
        {capitalised(countPhrase(unanswered, 'not answered'))}, {countPhrase(notSure, 'marked “not sure”')}. That is fine: your dermatologist will go through them
        with you.
      </p>
      <ImportNotes document={document} />
      <SetAsideAnswers answers={answers} setAside={snapshot.context.setAside} notes={snapshot.context.setAsideNotes} respondent={respondent} />

      <section aria-labelledby="review-details" className="review-section">
        <div className="review-section-head">
          <h2 id="review-details">About this questionnaire</h2>
          <button type="button" className="link-button" onClick={() => send({ type: 'details.edit' })}>
            Change<span className="visually-hidden"> who is filling it in, name and date of birth</span>
          </button>
        </div>
        <dl className="review-list">
          <div>
            <dt>Filled in by</dt>
            <dd>{respondentHeadline(respondent)}</dd>
          </div>
          <div>
            <dt>Patient’s name</dt>
            <dd>{patient?.name ?? <span className="tag">Not given</span>}</dd>
          </div>
          <div>
            <dt>Patient’s date of birth</dt>
            <dd>{patient?.dateOfBirth ?? <span className="tag">Not given</span>}</dd>
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
                Change<span className="visually-hidden"> answers in {title}</span>
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
          <p>Age and how bad the eczema is are needed for the summary. Use “Change” to answer them.</p>
        </div>
      )}
      <div className="button-row">
        {canFinish ? (
          <button
            type="button"
            className="button"
            onClick={() => send({ type: 'review.done' })}
          >
            See summary
          </button>
        ) : null}
        {filesAllowed ? <SaveAnswerFile document={document} /> : null}
      </div>
      <ClinicHandoff document={document} />
      <ClearAnswers />
    </>
  );
}
