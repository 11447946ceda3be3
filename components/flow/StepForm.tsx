'use client';
/**
 * One step: one react-hook-form form checked by the step's one schema (lib/flow/stepSchema.ts) through
 * zodResolver. Questions appear and disappear as answers change; only the questions shown are validated, and
 * the parsed answers go to the machine as they are (it does not parse or prune them again).
 */
import { useCallback, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { inVoice } from '@/lib/questionnaire';
import { stepIn } from '@/lib/questionnaire/localized';
import type { Locale } from '@/lib/i18n/locales';
import type { Question, QuestionGroup, Respondent, StepId } from '@/lib/questionnaire';
import { settleTable, stepLayout } from '@/lib/questionnaire/layout';
import type { Answers, PrunedAnswers } from '@/lib/answers';
import { withSetAside } from '@/lib/answers/setAside';
import { answersToFormValues, formValuesToAnswers } from '@/lib/flow/stepForm';
import type { FormValues } from '@/lib/flow/stepForm';
import { stepSchema, stepSchemaInput, visibleQuestions } from '@/lib/flow/stepSchema';
import type { ProblemSentence } from '@/lib/flow/stepSchema';
import { stepsThatApply } from '@/lib/flow/stepPredicates';
import { ageOn, localToday, MAX_AGE_YEARS, spokenDate } from '@/lib/flow/birthDate';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { ProgressSteps } from '@/components/ui/ProgressSteps';
import { StepHeading } from '@/components/ui/StepHeading';
import { TriGroup } from '@/components/ui/TriGroup';
import { ClearAnswers } from './ClearAnswers';
import { errorTargetId, PerItemTableField, QuestionField } from './QuestionField';
import { useDraftSource, useScreening } from './ScreeningProvider';
import { useLocale, useTranslations } from 'next-intl';

/** The age in completed years from a full date of birth; none for a partial date or one out of range. */
function ageFromBirthDate(born: string | undefined): number | undefined {
  if (!born || !/^\d{4}-\d{2}-\d{2}$/.test(born)) return undefined;
  const age = ageOn(born, localToday());
  return age >= 0 && age <= MAX_AGE_YEARS ? age : undefined;
}

/**
 * The step's resolver: the step's one schema (a per-item table's tick list settled against its rows first), then,
 * for the age question, the check that an age given agrees with a full date of birth (issue 12): an age the date
 * does not allow is asked again, never passed on.
 */
function stepResolver(
  stepId: StepId,
  respondent: Respondent,
  answers: PrunedAnswers,
  born: string | undefined,
  locale: Locale,
  mismatch: (values: { date: string; age: number; typed: string }) => string,
  sentence: ProblemSentence,
): Resolver<FormValues, unknown, Answers> {
  const step = stepIn(stepId, locale)!;
  const ageId = (step.questions as readonly Question[]).find((q) => q.type === 'integer' && q.fromBirthDate)?.id;
  const derivedAge = ageId ? ageFromBirthDate(born) : undefined;
  const parse = zodResolver(stepSchema(stepId, respondent, locale, sentence), undefined, { mode: 'sync' });
  // zodResolver's function is async whatever its mode, so its result is awaited.
  return async (values, context, options) => {
    const result = (await parse(stepSchemaInput(settleTable(step, values) as FormValues, answers), context, options as never)) as Awaited<ReturnType<Resolver<FormValues, unknown, Answers>>>;
    if (ageId && derivedAge !== undefined && born && Object.keys(result.errors).length === 0 && String(values[ageId] ?? '').trim() !== String(derivedAge)) {
      const message = mismatch({ date: spokenDate(born, locale), age: derivedAge, typed: String(values[ageId]).trim() });
      return { values: {}, errors: { [ageId]: { type: 'birthDate', message } } } as never;
    }
    return result as never;
  };
}

/** The form values with the age worked out from the date of birth, where the age is still blank. */
function withDerivedAge(values: FormValues, ageId: string | undefined, derivedAge: number | undefined): FormValues {
  if (!ageId || derivedAge === undefined) return values;
  const typed = values[ageId];
  return typeof typed === 'string' && typed.trim() !== '' ? values : { ...values, [ageId]: String(derivedAge) };
}

export function StepForm({ stepId }: { stepId: StepId }) {
  const { snapshot, send } = useScreening();
  const { respondent, answers } = snapshot.context.document;
  const draft = snapshot.context.drafts[stepId] as FormValues | undefined;
  const editing = snapshot.context.returnToReview;
  const locale = useLocale();
  const t = useTranslations('flow');
  const controls = useTranslations('controls');
  const problems = useTranslations('problems');
  const step = stepIn(stepId, locale)!;
  const questions = step.questions as readonly Question[];

  // The age from a full date of birth typed before the first step (none for a partial or odd date).
  const born = snapshot.context.document.patient?.dateOfBirth;
  const fromBirthDate = questions.find((q) => q.type === 'integer' && q.fromBirthDate);
  const ageId = fromBirthDate?.id;
  const derivedAge = ageId ? ageFromBirthDate(born) : undefined;

  // The answers so far travel with the form values under a symbol key, so the one schema sees both.
  const resolver = useMemo(
    () =>
      stepResolver(
        stepId,
        respondent,
        answers,
        born,
        locale,
        (values) => t('ageMismatch', { ...values, respondent }),
        // What a value is ("a list", "text") is a word of the sentence, so it is translated too (as in problemText.ts).
        (code, values) => problems(`text.${code}`, typeof values?.kind === 'string' ? { ...values, kind: problems(`kinds.${values.kind}` as Parameters<typeof problems>[0]) } : values),
      ),
    [stepId, respondent, answers, born, locale, t, problems],
  );

  const { control, register, handleSubmit, getValues, setValue, formState } = useForm<FormValues, unknown, Answers>({
    // Set-aside answers fill their (hidden) fields, so they show again with their answer when a change shows them
    // (a set-aside "using now" tick too: its box is ticked again when its treatment is ticked again).
    defaultValues: withDerivedAge(
      draft ?? answersToFormValues(questions, withSetAside(answers, snapshot.context.setAside)),
      ageId,
      derivedAge,
    ),
    resolver,
    // The error summary takes focus instead of the first field.
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as FormValues;
  // The questions shown now, in the page's language (visibleQuestions decides on the language-neutral definition).
  const shown = visibleQuestions(stepId, answers, values).map((q) => questions.find((l) => l.id === q.id)!);
  const errors = shown.flatMap((q) => {
    const message = formState.errors[q.id]?.message;
    return message ? [{ question: q, message }] : [];
  });
  useDraftSource(useCallback(() => getValues(), [getValues]));
  const [announcements, setAnnouncements] = useState<Record<string, string>>({});

  /**
   * "No to all of these": answers No to each row of the group that is shown and still blank, in order, looking
   * again after each answer (a No can hide a later row, which then stays blank). Rows already answered keep
   * their answer, so a "yes" or "not sure" is never turned into a "no" by a bulk tap.
   */
  const noToAll = (group: QuestionGroup) => {
    let answered = 0;
    for (const id of group.questions) {
      const current = getValues();
      const showing = visibleQuestions(stepId, answers, current).some((q) => q.id === id);
      if (!showing || (current[id] !== null && current[id] !== undefined && current[id] !== '')) continue;
      setValue(id, 'no', { shouldDirty: true, shouldValidate: formState.submitCount > 0 });
      answered += 1;
    }
    const message = answered === 0 ? controls('noToAllNothing') : controls('noToAllDone', { count: answered });
    setAnnouncements((previous) => ({ ...previous, [group.questions[0]]: message }));
  };

  const applying = useMemo(() => stepsThatApply(answers).map((id) => ({ id, label: inVoice(stepIn(id, locale)!.title, respondent) })), [answers, respondent, locale]);
  const position = applying.findIndex((s) => s.id === stepId) + 1;
  const title = inVoice(step.title, respondent);

  return (
    <>
      <ProgressSteps steps={applying} currentId={stepId} />
      <ErrorSummary errors={errors.map((e) => ({ targetId: errorTargetId(e.question), message: String(e.message) }))} attempt={formState.submitCount} />
      <StepHeading title={t('stepTitle', { position, count: applying.length, title })} hasErrors={errors.length > 0}>
        {title}
      </StepHeading>
      {step.intro ? <p>{inVoice(step.intro, respondent)}</p> : null}
      <form noValidate onSubmit={handleSubmit((stepAnswers) => send({ type: 'step.next', answers: stepAnswers, draft: getValues() }))}>
        {stepLayout(step, shown).map((block) => {
          if (block.kind === 'group') {
            const id = `group-${block.group.questions[0]}`;
            return (
              <TriGroup
                key={id}
                id={id}
                legend={inVoice(block.group.legend, respondent)}
                rows={block.rows.map((q) => ({
                  id: q.id,
                  text: inVoice(q.text, respondent),
                  hint: q.help ? inVoice(q.help, respondent) : undefined,
                  error: formState.errors[q.id]?.message,
                  registration: register(q.id),
                }))}
                onNoToAll={() => noToAll(block.group)}
                announcement={announcements[block.group.questions[0]]}
              />
            );
          }
          if (block.kind === 'table') {
            return block.choice?.type === 'map' ? (
              <PerItemTableField key={block.table.choice} table={block.table} choice={block.choice} respondent={respondent} error={formState.errors[block.choice.id]?.message} control={control} />
            ) : null;
          }
          const { question } = block;
          if (question === fromBirthDate && derivedAge !== undefined && String(values[question.id] ?? '').trim() === String(derivedAge) && !formState.errors[question.id]) {
            // Worked out from the date of birth: said, not asked.
            return (
              <p key={question.id} className="note field" id={question.id}>
                {t.rich('yourAge', { respondent, age: derivedAge, strong: (chunks) => <strong>{chunks}</strong> })}
              </p>
            );
          }
          if (question === fromBirthDate && derivedAge !== undefined) {
            return (
              <div key={question.id}>
                <QuestionField question={question} respondent={respondent} error={formState.errors[question.id]?.message} control={control} register={register} />
                <button type="button" className="button button-secondary button-small age-use" onClick={() => setValue(question.id, String(derivedAge), { shouldValidate: true })}>
                  {t('useAge', { age: derivedAge })}
                </button>
              </div>
            );
          }
          return <QuestionField key={question.id} question={question} respondent={respondent} error={formState.errors[question.id]?.message} control={control} register={register} />;
        })}
        <div className="button-row">
          <button type="submit" className="button">
            {editing ? t('saveAndReview') : t('continue')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              const held = getValues();
              send({ type: 'step.back', answers: formValuesToAnswers(questions, settleTable(step, held) as FormValues), draft: held });
            }}
          >
            {editing ? t('backToReview') : t('back')}
          </button>
        </div>
      </form>
      <ClearAnswers />
    </>
  );
}
