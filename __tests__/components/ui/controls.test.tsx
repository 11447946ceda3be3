import { screen, within } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { MultiChoice, toggleChoice } from '@/components/ui/MultiChoice';
import { NumberField } from '@/components/ui/NumberField';
import { ProgressSteps } from '@/components/ui/ProgressSteps';
import { ScaleField } from '@/components/ui/ScaleField';
import { TextArea } from '@/components/ui/TextArea';
import { TriChoice } from '@/components/ui/TriChoice';
import { FormHarness } from '@/__tests__/support/FormHarness';

test('TriChoice: yes / no / not sure radios in a group named by its question, with help text linked', async () => {
  const user = userEvent.setup();
  render(<FormHarness>{({ register }) => <TriChoice name="tbHistory" legend="Have you ever had tuberculosis (TB)?" hint="TB is a germ." registration={register('tbHistory')} />}</FormHarness>);
  const group = screen.getByRole('group', { name: 'Have you ever had tuberculosis (TB)?' });
  expect(group).toHaveAccessibleDescription('TB is a germ.');
  expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['yes', 'no', 'unsure']);
  await user.click(within(group).getByRole('radio', { name: 'Not sure' }));
  expect(within(group).getByRole('radio', { name: 'Not sure' })).toBeChecked();
  expect(within(group).getByRole('radio', { name: 'No' })).not.toBeChecked();
});

test('ChoiceGroup: each option hint describes its radio, and an error marks the group invalid', () => {
  render(
    <FormHarness>
      {({ register }) => (
        <ChoiceGroup name="severity" legend="How bad is it?" error="Choose how bad it is" options={[{ value: 'mild', label: 'Mild', hint: 'small patches' }, { value: 'severe', label: 'Severe' }]} registration={register('severity')} />
      )}
    </FormHarness>,
  );
  const group = screen.getByRole('group', { name: 'How bad is it?' });
  expect(group).toHaveAccessibleDescription('Error: Choose how bad it is');
  expect(screen.getByRole('radio', { name: 'Mild' })).toHaveAccessibleDescription('small patches');
  expect(screen.getByRole('radio', { name: 'Severe' })).toHaveAttribute('aria-invalid', 'true');
});

function Multi() {
  const [value, setValue] = useState<string[]>([]);
  return (
    <MultiChoice
      name="heartRiskFactors"
      legend="Do any of these apply to you?"
      options={[{ value: 'diabetes', label: 'Diabetes' }, { value: 'obesity', label: 'Obesity' }, { value: 'none', label: 'None of these' }]}
      value={value}
      onChange={setValue}
    />
  );
}

test('MultiChoice: "None of these" is exclusive both ways', async () => {
  const user = userEvent.setup();
  render(<Multi />);
  const group = screen.getByRole('group', { name: 'Do any of these apply to you?' });
  await user.click(within(group).getByRole('checkbox', { name: 'Diabetes' }));
  await user.click(within(group).getByRole('checkbox', { name: 'Obesity' }));
  await user.click(within(group).getByRole('checkbox', { name: 'None of these' }));
  expect(within(group).getByRole('checkbox', { name: 'None of these' })).toBeChecked();
  expect(within(group).getByRole('checkbox', { name: 'Diabetes' })).not.toBeChecked();
  expect(within(group).getByRole('checkbox', { name: 'Obesity' })).not.toBeChecked();
  await user.click(within(group).getByRole('checkbox', { name: 'Diabetes' }));
  expect(within(group).getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
});

test('toggleChoice unticks what is ticked', () => {
  expect(toggleChoice(['a', 'b'], 'a', 'none')).toEqual(['b']);
  expect(toggleChoice(['none'], 'none', 'none')).toEqual([]);
});

test('NumberField: labelled, states its range, brings the numeric keyboard', async () => {
  const user = userEvent.setup();
  render(<FormHarness>{({ register }) => <NumberField id="age" label="How old are you?" min={0} max={120} unit="years" registration={register('age')} />}</FormHarness>);
  const input = screen.getByRole('textbox', { name: 'How old are you?' });
  expect(input).toHaveAccessibleDescription('A whole number from 0 to 120.');
  expect(input).toHaveAttribute('inputmode', 'numeric');
  await user.type(input, '34');
  expect(input).toHaveValue('34');
});

test('ScaleField: 0 to 10 as radio buttons, the ends named, chosen by tap or keyboard', async () => {
  const user = userEvent.setup();
  render(
    <FormHarness>
      {({ register }) => <ScaleField name="itch" legend="Worst itch?" min={0} max={10} minLabel="No itch" maxLabel="Worst itch" registration={register('itch')} />}
    </FormHarness>,
  );
  const group = screen.getByRole('group', { name: 'Worst itch?' });
  expect(within(group).getAllByRole('radio')).toHaveLength(11);
  expect(within(group).getByRole('radio', { name: '0 (No itch)' })).toBeInTheDocument();
  await user.click(within(group).getByRole('radio', { name: '7' }));
  expect(within(group).getByRole('radio', { name: '7' })).toBeChecked();
  within(group).getByRole('radio', { name: '10 (Worst itch)' }).focus();
  await user.keyboard(' ');
  expect(within(group).getByRole('radio', { name: '10 (Worst itch)' })).toBeChecked();
});

test('TextArea: a live character count, and text over the limit is kept and flagged', async () => {
  const user = userEvent.setup();
  render(
    <FormHarness defaultValues={{ notes: '' }}>
      {({ register, watch }) => <TextArea id="notes" label="Your questions" maxLength={10} value={String(watch('notes') ?? '')} registration={register('notes')} />}
    </FormHarness>,
  );
  const box = screen.getByRole('textbox', { name: 'Your questions' });
  expect(screen.getByText('10 of 10 characters left')).toBeInTheDocument();
  await user.type(box, 'Is it ok?');
  expect(screen.getByText('1 of 10 characters left')).toBeInTheDocument();
  await user.type(box, ' Thanks');
  expect(box).toHaveValue('Is it ok? Thanks');
  expect(screen.getByText('6 characters too many')).toBeInTheDocument();
});

test('ProgressSteps: counts only the steps that apply and marks the current one', () => {
  render(<ProgressSteps steps={[{ id: 'a', label: 'About you' }, { id: 'b', label: 'Your eczema' }, { id: 'c', label: 'Goals' }]} currentId="b" />);
  const progress = screen.getByRole('navigation', { name: 'Progress' });
  expect(progress).toHaveTextContent('Step 2 of 3');
  const items = within(progress).getAllByRole('listitem');
  expect(items[1]).toHaveAttribute('aria-current', 'step');
  expect(items[0]).toHaveTextContent('About you (done)');
  expect(items[2]).not.toHaveAttribute('aria-current');
});
