/** The one-choice-per-row control of treatmentOutcomes, through the user's eyes: a group per row, radios by name. */
import { useState } from 'react';
import { screen } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { OutcomeTable } from '@/components/ui/OutcomeTable';

const OPTIONS = [
  { value: 'helped', label: 'Helped' },
  { value: 'notEnough', label: 'Did not help enough' },
];

function Harness({ onValue }: { onValue: (v: Record<string, string>) => void }) {
  const [value, setValue] = useState<Record<string, string>>({});
  return (
    <OutcomeTable
      name="treatmentOutcomes"
      legend="How did each treatment go?"
      hint="Choose one answer for each treatment."
      rows={[
        { value: 'topicalSteroid', label: 'Steroid cream or ointment' },
        { value: 'dupilumab', label: 'Dupilumab shots' },
      ]}
      options={OPTIONS}
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

test('one group per treatment, named by it, inside the question’s group; one choice per row', async () => {
  const user = userEvent.setup();
  const seen: Record<string, string>[] = [];
  const { container } = render(<Harness onValue={(v) => seen.push(v)} />);
  expect(screen.getByRole('group', { name: 'How did each treatment go?' })).toBeInTheDocument();
  const steroid = screen.getByRole('group', { name: 'Steroid cream or ointment' });
  const dupilumab = screen.getByRole('group', { name: 'Dupilumab shots' });
  await user.click(screen.getAllByRole('radio', { name: 'Helped' })[0]);
  await user.click(screen.getAllByRole('radio', { name: 'Did not help enough' })[1]);
  await user.click(screen.getAllByRole('radio', { name: 'Did not help enough' })[0]);
  expect(seen.at(-1)).toEqual({ topicalSteroid: 'notEnough', dupilumab: 'notEnough' });
  expect(steroid.querySelectorAll('input:checked')).toHaveLength(1);
  expect(dupilumab.querySelectorAll('input:checked')).toHaveLength(1);
  expect(await axe(container)).toHaveNoViolations();
});
