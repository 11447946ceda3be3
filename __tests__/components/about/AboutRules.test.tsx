import { screen, within } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import { axe } from 'jest-axe';
import { AboutRules } from '@/components/about/AboutRules';
import { RULES, RULESET_VERSION, RULES_CHECKED_ON } from '@/rules';

const ruleTable = () => screen.getByRole('table', { name: /Every rule/ });
const ruleRow = (id: string) =>
  within(ruleTable())
    .getAllByRole('row')
    .find((row) => within(row).queryByText(id, { selector: 'code' }) !== null)!;

test('lists every rule, once, by id', () => {
  render(<AboutRules />);
  const headers = within(ruleTable()).getAllByRole('rowheader');
  expect(headers).toHaveLength(RULES.length);
  for (const rule of RULES) expect(within(ruleTable()).getByText(rule.id)).toBeInTheDocument();
});

test('shows what fires a rule, its per-drug severities and its sources', () => {
  render(<AboutRules />);
  const antiplatelet = ruleRow('antiplatelet');
  expect(antiplatelet).toHaveTextContent('medicines has antiplatelet');
  expect(antiplatelet).toHaveTextContent('Abrocitinib: ■ Label contraindication');
  expect(antiplatelet).not.toHaveTextContent('Upadacitinib');
  const link = within(antiplatelet).getByRole('link', { name: 'Cibinqo (abrocitinib) US Prescribing Information (opens in a new tab)' });
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('merges the severities of a rule with several triggers', () => {
  render(<AboutRules />);
  const row = ruleRow('age-below-approved');
  for (const drug of ['Upadacitinib', 'Abrocitinib', 'Ruxolitinib cream', 'Baricitinib (EU/UK)']) {
    expect(row).toHaveTextContent(`${drug}: ▲ Warning`);
  }
});

test('explains the severity words, "not sure" and hidden questions, with the ruleset version and check date', () => {
  render(<AboutRules />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How the tool works');
  expect(screen.getByRole('heading', { name: 'The severity words' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Not sure/ })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Hidden questions' })).toBeInTheDocument();
  expect(screen.getByText(RULESET_VERSION)).toBeInTheDocument();
  expect(screen.getByText(RULES_CHECKED_ON)).toBeInTheDocument();
});

test('has no axe violations', async () => {
  const { container } = render(<AboutRules />);
  expect(await axe(container)).toHaveNoViolations();
});
