/**
 * One owner per decision: one Continue evaluates the step's schema once and prunes once (the machine takes the
 * form's parse as it is), and one radio click prunes at most once. Counted by wrapping pruneHidden and the
 * step schema's parse; the counts were 32 prunes and 3 schema builds per Continue, 10 prunes per click, before.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';
import { startAs } from '@/__tests__/support/flowDriver';

jest.mock('@/lib/answers/pruneHidden', () => {
  const actual = jest.requireActual('@/lib/answers/pruneHidden');
  return { ...actual, pruneHidden: jest.fn(actual.pruneHidden) };
});

const schemaParses = { count: 0 };
jest.mock('@/lib/flow/stepSchema', () => {
  const actual = jest.requireActual('@/lib/flow/stepSchema');
  const counted = (schema: object) =>
    new Proxy(schema, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if ((key === 'parse' || key === 'safeParse' || key === 'parseAsync') && typeof value === 'function') {
          return (...args: unknown[]) => {
            schemaParses.count += 1;
            return value.apply(target, args);
          };
        }
        return value;
      },
    });
  return { ...actual, stepSchema: (...args: Parameters<typeof actual.stepSchema>) => counted(actual.stepSchema(...args)) };
});

const { pruneHidden } = require('@/lib/answers/pruneHidden') as { pruneHidden: jest.Mock };

function resetCounts() {
  pruneHidden.mockClear();
  schemaParses.count = 0;
}

test('one Continue parses the step once and prunes once; one radio click prunes at most once', async () => {
  const user = userEvent.setup();
  renderWithScreening(<QuestionnaireFlow />);
  await startAs(user);
  await user.type(screen.getByRole('textbox', { name: 'How old are you?' }), '30');

  resetCounts();
  await user.click(within(screen.getByRole('group', { name: 'Could you become pregnant?' })).getByRole('radio', { name: 'No' }));
  const perClick = pruneHidden.mock.calls.length;
  expect(perClick).toBeLessThanOrEqual(1);
  expect(schemaParses.count).toBe(0);

  resetCounts();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Your eczema' })).toBeInTheDocument();
  expect(schemaParses.count).toBe(1);
  expect(pruneHidden).toHaveBeenCalledTimes(1);
});
