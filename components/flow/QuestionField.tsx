'use client';
import { useController, useWatch } from 'react-hook-form';
import type { Control, UseFormRegister } from 'react-hook-form';
import { inVoice } from '@/lib/questionnaire';
import type { PerItemTable, Question, Respondent } from '@/lib/questionnaire';
import type { FormValues } from '@/lib/flow/stepForm';
import type { Answers } from '@/lib/answers';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { MultiChoice } from '@/components/ui/MultiChoice';
import { NumberField } from '@/components/ui/NumberField';
import { OutcomeTable, outcomeOptionId } from '@/components/ui/OutcomeTable';
import { ScaleField } from '@/components/ui/ScaleField';
import { TextArea } from '@/components/ui/TextArea';
import { TriChoice } from '@/components/ui/TriChoice';

interface QuestionFieldProps {
  question: Question;
  respondent: Respondent;
  error?: string;
  control: Control<FormValues, unknown, Answers>;
  register: UseFormRegister<FormValues>;
}

const toChoices = (options: readonly { id: string; label: string; hint?: string }[]) =>
  options.map((o) => ({ value: o.id, label: o.label, hint: o.hint }));

function MultiQuestion({ question, legend, hint, error, control }: { question: Question & { type: 'multi' }; legend: string; hint?: string; error?: string; control: Control<FormValues, unknown, Answers> }) {
  const { field } = useController({ name: question.id, control });
  const value = Array.isArray(field.value) ? field.value : [];
  return (
    <MultiChoice name={question.id} legend={legend} hint={hint} error={error} options={toChoices(question.options)} value={value} onChange={field.onChange} onBlur={field.onBlur} />
  );
}

function MapQuestion({ question, legend, hint, error, control }: { question: Question & { type: 'map' }; legend: string; hint?: string; error?: string; control: Control<FormValues, unknown, Answers> }) {
  const { field } = useController({ name: question.id, control });
  const picked = useWatch({ control, name: question.keysFrom });
  const chosen = Array.isArray(picked) ? picked : [];
  const rows = question.keys.filter((k) => chosen.includes(k.id)).map((k) => ({ value: k.id, label: k.label }));
  const value = field.value !== null && typeof field.value === 'object' && !Array.isArray(field.value) ? field.value : {};
  return <OutcomeTable name={question.id} legend={legend} hint={hint} error={error} rows={rows} options={toChoices(question.options)} value={value} onChange={field.onChange} onBlur={field.onBlur} />;
}

/**
 * A per-item table (Step.perItemTable): one small table per item ticked in the earlier list, holding the tick
 * question ("Using it now", treatmentsCurrent) and the map question ("how did it go", treatmentOutcomes).
 * Nothing shows until the list has an item.
 */
export function PerItemTableField({ table, choice, respondent, error, control }: { table: PerItemTable; choice: Question & { type: 'map' }; respondent: Respondent; error?: string; control: Control<FormValues, unknown, Answers> }) {
  const { field } = useController({ name: choice.id, control });
  const { field: tickField } = useController({ name: table.tick, control });
  const picked = useWatch({ control, name: table.rowsFrom });
  const chosen = Array.isArray(picked) ? picked : [];
  const rows = choice.keys.filter((k) => chosen.includes(k.id)).map((k) => ({ value: k.id, label: k.label }));
  if (rows.length === 0) return null;
  const value = field.value !== null && typeof field.value === 'object' && !Array.isArray(field.value) ? field.value : {};
  const ticked = Array.isArray(tickField.value) ? tickField.value : [];
  return (
    <OutcomeTable
      name={choice.id}
      legend={inVoice(choice.text, respondent)}
      hint={choice.help ? inVoice(choice.help, respondent) : undefined}
      error={error}
      rows={rows}
      options={toChoices(choice.options)}
      value={value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      tick={{ name: table.tick, label: inVoice(table.tickLabel, respondent), value: ticked, onChange: tickField.onChange }}
    />
  );
}

function TextQuestion({ question, label, hint, error, control, register }: { question: Question & { type: 'text' }; label: string; hint?: string; error?: string } & Pick<QuestionFieldProps, 'control' | 'register'>) {
  const value = useWatch({ control, name: question.id });
  return <TextArea id={question.id} label={label} hint={hint} error={error} maxLength={question.maxLength} value={typeof value === 'string' ? value : ''} registration={register(question.id)} />;
}

/** One question of the definition, shown with the one control for its answer type. */
export function QuestionField({ question, respondent, error, control, register }: QuestionFieldProps) {
  const text = inVoice(question.text, respondent);
  const hint = question.help ? inVoice(question.help, respondent) : undefined;
  switch (question.type) {
    case 'tri':
      return <TriChoice name={question.id} legend={text} hint={hint} error={error} registration={register(question.id)} />;
    case 'choice':
      return <ChoiceGroup name={question.id} legend={text} hint={hint} error={error} options={toChoices(question.options)} registration={register(question.id)} />;
    case 'multi':
      return <MultiQuestion question={question} legend={text} hint={hint} error={error} control={control} />;
    case 'integer':
      return question.scale ? (
        <ScaleField name={question.id} legend={text} hint={hint} error={error} min={question.min} max={question.max} minLabel={question.scale.minLabel} maxLabel={question.scale.maxLabel} registration={register(question.id)} />
      ) : (
        <NumberField id={question.id} label={text} hint={hint} error={error} min={question.min} max={question.max} unit={question.unit} registration={register(question.id)} />
      );
    case 'text':
      return <TextQuestion question={question} label={text} hint={hint} error={error} control={control} register={register} />;
    case 'map':
      return <MapQuestion question={question} legend={text} hint={hint} error={error} control={control} />;
  }
}

/** Where the error summary sends focus: the input itself, or the first option of a group. */
export function errorTargetId(question: Question): string {
  if (question.type === 'integer' && question.scale) return `${question.id}-${question.min}`;
  if (question.type === 'tri') return `${question.id}-yes`;
  if (question.type === 'choice' || question.type === 'multi') return `${question.id}-${question.options[0].id}`;
  if (question.type === 'map') return outcomeOptionId(question.id, question.keys[0].id, question.options[0].id);
  return question.id;
}
