import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { SummaryView } from '@/components/summary/SummaryView';
import { APP_VERSION } from '@/lib/appVersion';
import type { AnswersDocument } from '@/lib/answers/types';
import { RULES, RULESET_VERSION } from '@/rules';
import type { Severity } from '@/rules';
import { vignette } from '../../support/vignettes';

const PREPARED_AT = new Date(2026, 10, 22, 14, 5);

const GROUP_HEADINGS: Record<Severity, RegExp> = {
  contraindication: /^Label contraindications \(\d+\)$/,
  warning: /^Warnings \(\d+\)$/,
  check: /^Check first \(\d+\)$/,
  discuss: /^Discuss \(\d+\)$/,
};

function renderSummary(document: AnswersDocument) {
  return render(<SummaryView document={document} preparedAt={PREPARED_AT} />);
}

const clinicianPart = () => screen.getByRole('region', { name: 'For the clinician' });
const patientPart = () => screen.getByRole('region', { name: 'For the patient' });

/** Flag ids by the severity group they are shown under. */
function flagsBySeverityGroup(): Record<string, Severity> {
  const shown: Record<string, Severity> = {};
  for (const [severity, heading] of Object.entries(GROUP_HEADINGS) as [Severity, RegExp][]) {
    const group = within(clinicianPart()).queryByRole('region', { name: heading });
    if (!group) continue;
    for (const article of within(group).getAllByRole('article')) {
      shown[article.getAttribute('data-rule-id') ?? '(none)'] = severity;
    }
  }
  return shown;
}

function perDrugView(): Record<string, string | null> {
  const table = within(clinicianPart()).getByRole('table', { name: /Highest flag per drug/ });
  return Object.fromEntries(
    within(table)
      .getAllByRole('cell')
      .map((cell) => [cell.getAttribute('data-drug'), cell.getAttribute('data-severity')]),
  );
}

const flagArticle = (title: RegExp) => within(clinicianPart()).getByRole('article', { name: title });

describe.each([
  'low-risk-adult',
  'antiplatelet-after-heart-attack',
  'dialysis-liver-unsure',
  'tb-contact-hep-b-unsure',
  'staff-entered-72',
  'teen-mild-topicals',
  'no-treatments-yet',
  'hidden-answers-ignored',
])('vignette %s', (name) => {
  const patient = vignette(name);

  test('shows exactly the expected flags, each under its severity heading', () => {
    renderSummary(patient.input);
    expect(flagsBySeverityGroup()).toEqual(patient.expect.flags);
    expect(within(clinicianPart()).queryAllByRole('article')).toHaveLength(Object.keys(patient.expect.flags).length);
  });

  test('the per-drug view matches byDrug', () => {
    renderSummary(patient.input);
    expect(perDrugView()).toEqual(patient.expect.byDrug);
  });

  test('marks exactly the unsure flags as unsure', () => {
    renderSummary(patient.input);
    const unsure = within(clinicianPart())
      .queryAllByRole('article')
      .filter((article) => within(article).queryByText(/Unsure: rests on a “not sure” answer/) !== null)
      .map((article) => article.getAttribute('data-rule-id'));
    expect(unsure.sort()).toEqual([...patient.expect.unsure].sort());
  });

  test('each flag shows its rule id and sources that link to the label', () => {
    renderSummary(patient.input);
    for (const article of within(clinicianPart()).queryAllByRole('article')) {
      const id = article.getAttribute('data-rule-id');
      expect(within(article).getByText(`rule ${id}`)).toBeInTheDocument();
      const rule = RULES.find((r) => r.id === id)!;
      for (const source of rule.sources) {
        expect(article).toHaveTextContent(`${source.section}${source.revised ? ` (rev. ${source.revised})` : ''}`);
      }
      expect(within(article).getAllByRole('link').length).toBeGreaterThan(0);
      for (const link of within(article).getAllByRole('link')) {
        expect(link).toHaveAttribute('rel', 'noreferrer');
        expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
      }
    }
  });

  test('the patient part shows no flags and no severity words', () => {
    renderSummary(patient.input);
    expect(within(patientPart()).queryAllByRole('article')).toHaveLength(0);
    expect(patientPart()).not.toHaveTextContent(/Label contraindication|Warnings? \(|Check first|rule [a-z]/);
    expect(within(patientPart()).getByRole('heading', { name: /When to get help right away/ })).toBeInTheDocument();
  });
});

test('the low-risk adult gets a plain "no flags" statement and every drug shows no flag', () => {
  renderSummary(vignette('low-risk-adult').input);
  expect(within(clinicianPart()).getByText(/No flags: none of the answers given matched a rule/)).toBeInTheDocument();
  for (const cell of within(clinicianPart()).getAllByRole('cell', { name: /No flag/ }).slice(0, 4)) {
    expect(cell).toHaveAttribute('data-severity', 'none');
  }
});

test('antiplatelet-after-heart-attack: each flag shows the question as asked and the answer as seen', () => {
  renderSummary(vignette('antiplatelet-after-heart-attack').input);
  expect(flagArticle(/Antiplatelet medicine/)).toHaveTextContent(
    'Because: Do you take any of these medicines now, or will you soon? — A blood thinner for platelets (not aspirin); Aspirin, 81 mg a day or less',
  );
  expect(flagArticle(/Antiplatelet medicine/)).toHaveTextContent('Per drug: Abrocitinib: ■ Label contraindication');
  expect(flagArticle(/Cibinqo|Antiplatelet/)).toHaveTextContent('Cibinqo (abrocitinib) US PI, §4 Contraindications (rev. 2024-01-16)');
  const risk = flagArticle(/Age 50 or older with a heart risk factor/);
  expect(risk).toHaveTextContent('Because: How old are you? — 61 years');
  expect(risk).toHaveTextContent('Because: Do any of these apply to you? — High cholesterol');
  expect(risk).toHaveTextContent('Per drug: All four drugs: ▲ Warning');
  expect(flagArticle(/Heart attack, stroke/)).toHaveTextContent('— Yes');
});

test('dialysis-liver-unsure: the unsure liver answer is shown as "Not sure" and listed as not sure', () => {
  renderSummary(vignette('dialysis-liver-unsure').input);
  expect(flagArticle(/liver/i)).toHaveTextContent('Because: Do you have liver disease? — Not sure');
  expect(flagArticle(/kidney/i)).toHaveTextContent('Because: Has a doctor told you that you have kidney disease? — On dialysis');
  const open = within(clinicianPart()).getByRole('region', { name: /Not answered \/ not sure/ });
  expect(open).toHaveTextContent('Liver disease: not sure');
});

test('tb-contact-hep-b-unsure lists hepatitis B as not sure, and never the free-text fields', () => {
  renderSummary(vignette('tb-contact-hep-b-unsure').input);
  const open = within(clinicianPart()).getByRole('region', { name: /Not answered \/ not sure/ });
  expect(within(open).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Hepatitis B ever: not sure']);
  expect(flagArticle(/TB/)).toHaveTextContent('— Yes');
});

test('teen-mild-topicals: completed by a caregiver, in the caregiver wording, with skipped questions listed', () => {
  renderSummary(vignette('teen-mild-topicals').input);
  expect(screen.getAllByText('a parent or caregiver')).toHaveLength(2);
  expect(flagArticle(/mild/i)).toHaveTextContent('Lately, how bad is the patient’s eczema on a typical day? — Mild');
  const open = within(clinicianPart()).getByRole('region', { name: /Not answered \/ not sure/ });
  expect(within(open).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    'Breastfeeding or chestfeeding now: not answered',
    'Uses estrogen birth control or HRT: not answered',
  ]);
});

test('staff-entered-72: completed by clinic staff, in the third-person wording', () => {
  renderSummary(vignette('staff-entered-72').input);
  expect(screen.getAllByText('clinic staff, on the patient’s behalf')).toHaveLength(2);
  expect(flagArticle(/65 or older/)).toHaveTextContent('Because: How old is the patient? — 72 years');
});

test('the header shows the title, date and time, versions and the not-a-diagnosis statement on both parts', () => {
  renderSummary(vignette('low-risk-adult').input);
  expect(screen.getByRole('heading', { level: 1, name: 'Pre-visit questionnaire: patient-reported information' })).toBeInTheDocument();
  for (const part of [clinicianPart(), patientPart()]) {
    expect(part).toHaveTextContent(`Prepared 2026-11-22 14:05 · App ${APP_VERSION} · Ruleset ${RULESET_VERSION}`);
    expect(part).toHaveTextContent(/not a diagnosis or a prescription/i);
    expect(within(part).getByText('Completed by')).toBeInTheDocument();
    expect(within(part).getByText('the patient')).toBeInTheDocument();
  }
});

test('name and date of birth appear only when typed, marked "as entered"', () => {
  const document = vignette('low-risk-adult').input;
  const { unmount } = renderSummary(document);
  expect(screen.queryByText(/as entered/)).not.toBeInTheDocument();
  unmount();
  renderSummary({ ...document, patient: { name: 'Sam Rivera', dateOfBirth: '1990-04-01' } });
  expect(within(clinicianPart()).getByText('Name (as entered)')).toBeInTheDocument();
  expect(within(clinicianPart()).getByText('Sam Rivera')).toBeInTheDocument();
  expect(within(patientPart()).getByText('Date of birth (as entered)')).toBeInTheDocument();
  expect(within(patientPart()).getByText('1990-04-01')).toBeInTheDocument();
});

test('the baseline checks are a checklist, with the pregnancy test only where pregnancy is possible', () => {
  renderSummary(vignette('breastfeeding-mother').input);
  const checks = within(clinicianPart()).getByRole('region', { name: /Baseline checks/ });
  expect(within(checks).getByText(/TB test/)).toBeInTheDocument();
  expect(within(checks).getByText(/Pregnancy test/)).toBeInTheDocument();
});

test('the answers table shows every shown answer as the person saw it, and leaves hidden answers out', () => {
  renderSummary(vignette('hidden-answers-ignored').input);
  const table = within(clinicianPart()).getByRole('table', { name: /All answers/ });
  expect(within(table).getByRole('rowheader', { name: 'Other answers' }).closest('tr')).toHaveTextContent(
    'Eczema on a typical day: Moderate',
  );
  expect(table).not.toHaveTextContent('Pregnant now');
});

test('the patient part lists the personalised questions to ask', () => {
  renderSummary(vignette('antiplatelet-after-heart-attack').input);
  const questions = within(patientPart()).getByRole('region', { name: /Questions to ask/ });
  expect(within(questions).getByText(/blood thinner/)).toBeInTheDocument();
  expect(within(questions).getByText('How often should I come in for checkups?')).toBeInTheDocument();
});

test('"Copy as text" puts the flags on the clipboard and says so', async () => {
  const user = userEvent.setup();
  renderSummary(vignette('antiplatelet-after-heart-attack').input);
  await user.click(screen.getByRole('button', { name: 'Copy as text' }));
  const copied = await navigator.clipboard.readText();
  expect(copied).toContain('Antiplatelet medicine (not aspirin) (rule antiplatelet)');
  expect(copied).toContain('(rule cardiovascular-history)');
  expect(screen.getByRole('status')).toHaveTextContent('Copied the summary as text.');
});

test('"Copy as text" reports a failure instead of failing silently', async () => {
  const user = userEvent.setup();
  renderSummary(vignette('low-risk-adult').input);
  jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
  await user.click(screen.getByRole('button', { name: 'Copy as text' }));
  expect(screen.getByRole('status')).toHaveTextContent('Copying did not work');
});

test('"Print" opens the browser print dialog', async () => {
  const user = userEvent.setup();
  const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
  renderSummary(vignette('low-risk-adult').input);
  await user.click(screen.getByRole('button', { name: 'Print' }));
  expect(print).toHaveBeenCalledTimes(1);
});

test.each(['antiplatelet-after-heart-attack', 'dialysis-liver-unsure', 'low-risk-adult'])(
  'has no axe violations (%s)',
  async (name) => {
    const { container } = renderSummary(vignette(name).input);
    expect(await axe(container)).toHaveNoViolations();
  },
);
