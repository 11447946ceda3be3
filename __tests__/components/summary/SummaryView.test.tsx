import { fireEvent, screen, within } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { SummaryView } from '@/components/summary/SummaryView';
import { APP_VERSION } from '@/lib/appVersion';
import type { AnswersDocument } from '@/lib/answers/types';
import { RULES, RULESET_VERSION, evaluate } from '@/rules';
import { COMPLEX_PATIENT, TWENTY_FLAGS, TWENTY_FLAGS_LONG_TEXT } from '../../support/summaryPatients';
import { VIGNETTES, vignette } from '../../support/vignettes';

const PREPARED_AT = new Date(2026, 10, 22, 14, 5);

/** Renders the summary; with `show`, presses the switch to that part as a reader would. */
function renderSummary(document: AnswersDocument, show?: 'clinician' | 'patient') {
  const rendered = render(<SummaryView document={document} preparedAt={PREPARED_AT} />);
  if (show) {
    const name = show === 'clinician' ? /^For (the clinician|your dermatologist)$/ : /^For (you|the patient)$/;
    fireEvent.click(screen.getByRole('button', { name }));
  }
  return rendered;
}

const part = (name: string) => screen.getByRole('region', { name });
const clinicianPart = () => part('For the clinician');
const detailsPart = () => part('Clinician details');
const patientPart = () => part('For you');

/** Page-1 flag rows: their rule ids, in order. */
const flagRowIds = () =>
  within(clinicianPart())
    .getAllByRole('row')
    .map((row) => row.getAttribute('data-rule-id'))
    .filter((id): id is string => id !== null);

const flagRow = (title: RegExp) => within(clinicianPart()).getByRole('row', { name: title });
const flagRowById = (id: string) => within(clinicianPart()).getAllByRole('row').find((row) => row.getAttribute('data-rule-id') === id)!;

describe.each(VIGNETTES.map((v) => v.name))('vignette %s', (name) => {
  const patient = vignette(name);

  test('page 1 has one row per expected flag, with per-drug cells that match the flag', () => {
    renderSummary(patient.input, 'clinician');
    expect(flagRowIds().sort()).toEqual(Object.keys(patient.expect.flags).sort());
    for (const id of flagRowIds()) {
      const row = within(clinicianPart()).getAllByRole('row').find((r) => r.getAttribute('data-rule-id') === id)!;
      const cells = Object.fromEntries(
        [...row.querySelectorAll('[data-drug]')].map((cell) => [cell.getAttribute('data-drug'), cell.getAttribute('data-severity')]),
      );
      const expected = patient.expect.drugs[id] ?? {};
      for (const [drug, severity] of Object.entries(cells)) expect([drug, severity]).toEqual([drug, expected[drug as keyof typeof expected] ?? 'none']);
    }
  });

  test('the overview row gives the highest flag per drug', () => {
    renderSummary(patient.input, 'clinician');
    const overview = within(clinicianPart()).getByRole('row', { name: /Highest per drug/ });
    const cells = Object.fromEntries(
      [...overview.querySelectorAll('[data-drug]')].map((cell) => [cell.getAttribute('data-drug'), cell.getAttribute('data-severity')]),
    );
    expect(cells).toEqual(patient.expect.byDrug);
  });

  test('marks exactly the unsure flags as unsure', () => {
    renderSummary(patient.input, 'clinician');
    const unsure = flagRowIds().filter((id) => flagRowById(id).textContent!.includes('unsure'));
    expect(unsure.sort()).toEqual([...patient.expect.unsure].sort());
  });

  test('no rule id is visible text; the details give each flag its sources with section and revision', () => {
    renderSummary(patient.input, 'clinician');
    for (const id of flagRowIds()) {
      expect(document.body).not.toHaveTextContent(`rule ${id}`);
      const rule = RULES.find((r) => r.id === id)!;
      // v2 titles depend on the trigger and the certainty, so the article is found by rule id and named by the flag's title.
      const title = evaluate(patient.input).flags.find((f) => f.id === id)!.title;
      const article = within(detailsPart()).getAllByRole('article').find((a) => a.getAttribute('data-rule-id') === id)!;
      expect(article).toHaveAccessibleName(new RegExp(`^${title.replace(/[()?]/g, '\\$&')}`));
      for (const source of rule.sources) {
        expect(article).toHaveTextContent(`${source.section}${source.revised ? `, rev. ${source.revised}` : ''}`);
      }
      // Label links open in a new tab, so Back never loses the summary; the accessible name says so.
      for (const link of within(article).getAllByRole('link')) {
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
        expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
      }
    }
  });

  test('the patient part shows no flags, no severity words, and the urgent-help notice', () => {
    renderSummary(patient.input, 'patient');
    expect(patientPart()).not.toHaveTextContent(/Label contraindication|Contraind|Warning|Check first|UNVERIFIED|rule [a-z]/);
    expect(within(patientPart()).getByRole('heading', { name: /When to get help right away/ })).toBeInTheDocument();
  });
});

describe('the reader’s part first', () => {
  test.each(['patient', 'caregiver'] as const)('a %s sees "For you" and can switch to the dermatologist’s part', async (respondent) => {
    const user = userEvent.setup();
    renderSummary({ ...vignette('antiplatelet-after-heart-attack').input, respondent });
    expect(screen.getByRole('heading', { level: 2, name: 'For you' })).toBeVisible();
    expect(screen.queryByRole('heading', { level: 2, name: 'For the clinician' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'For your dermatologist' }));
    expect(screen.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Clinician details' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'For you' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'For your dermatologist' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('clinic staff see the clinician part first', () => {
    renderSummary(vignette('staff-entered-72').input);
    expect(screen.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'For you' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'For the clinician' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the parts are marked for print in a fixed order, whichever is shown', () => {
    const { container } = renderSummary(vignette('low-risk-adult').input);
    expect([...container.querySelectorAll('[data-print-part]')].map((el) => el.getAttribute('data-print-part'))).toEqual([
      'clinician',
      'clinician-details',
      'patient',
    ]);
  });
});

describe('the complex patient (issue 13)', () => {
  test('page 1 has the snapshot: age, severity, body area, itch, sleep', () => {
    renderSummary(COMPLEX_PATIENT, 'clinician');
    const snapshot = within(clinicianPart()).getByRole('region', { name: 'Snapshot' });
    for (const text of ['Age67', 'Severity (own view)Severe', 'Body areaMore than 20%', 'Worst itch, 24 h8 / 10', 'Nights of lost sleep, last 75 of 7']) {
      expect(snapshot).toHaveTextContent(text);
    }
  });

  test('the treatment table lists what was tried, what is used now, how each went and the longest cream use', () => {
    renderSummary(COMPLEX_PATIENT, 'clinician');
    const table = within(clinicianPart()).getByRole('table', { name: /Eczema treatments · longest steady cream use: over 8 weeks/ });
    expect(within(table).getByRole('row', { name: /Steroid cream or ointment Yes Not enough/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Methotrexate – Side effects/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Light therapy \(phototherapy\) – Stopped, other reason/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Dupilumab shots – Not enough/ })).toBeInTheDocument();
  });

  test('each flag row says why in a few words and cites numbered sources', () => {
    renderSummary(COMPLEX_PATIENT, 'clinician');
    const clot = flagRow(/Blood clot/);
    expect(clot).toHaveTextContent('Blood clot in leg (DVT) or lung (PE): Yes');
    expect(clot).toHaveTextContent(/\[\d+(–\d+)?\]/);
    expect(flagRow(/Hepatitis B/)).toHaveTextContent('unsure');
  });

  test('the baseline checks are a checklist and the open items list hepatitis B', () => {
    renderSummary(COMPLEX_PATIENT, 'clinician');
    const checks = within(clinicianPart()).getByRole('region', { name: /Baseline checks/ });
    expect(within(checks).getAllByRole('listitem', ).length).toBe(evaluate(COMPLEX_PATIENT).baselineChecks.length);
    expect(checks).toHaveTextContent('CBC with differential');
    expect(checks).not.toHaveTextContent('platelets');
    const full = within(detailsPart()).getByRole('region', { name: 'Baseline checks in full' });
    expect(within(full).getAllByRole('listitem').map((li) => li.textContent)).toEqual(evaluate(COMPLEX_PATIENT).baselineChecks.map((c) => c.text));
    const open = within(clinicianPart()).getByRole('region', { name: /Not answered \/ not sure/ });
    expect(open).toHaveTextContent('Hepatitis B ever: not sure');
  });

  test('the urgent-help notice shows its two levels apart, emergency first; the details cite the notices’ sources', () => {
    renderSummary(COMPLEX_PATIENT, 'patient');
    const urgent = within(patientPart()).getByRole('region', { name: /When to get help right away/ });
    expect(within(urgent).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Call your emergency number now for',
      'Call your doctor the same day for',
    ]);
    const [emergency, sameDay] = within(urgent).getAllByRole('list');
    expect(emergency).toHaveTextContent(/chest pain or pressure/);
    expect(emergency).not.toHaveTextContent(/shingles/);
    expect(sameDay).toHaveTextContent(/shingles/);
    expect(patientPart()).not.toHaveTextContent(/Prescribing Information|§/);
    fireEvent.click(screen.getByRole('button', { name: 'For your dermatologist' }));
    expect(detailsPart()).toHaveTextContent(/Sources of the patient page’s fixed notices.*Rinvoq \(upadacitinib\) US Prescribing Information, §2\.1/);
    expect(detailsPart()).toHaveTextContent('Rinvoq (upadacitinib) EU/UK Package Leaflet, Sections 2 and 4');
  });

  test('the patient part: questions from the answers, then their own, then questions many people ask', () => {
    renderSummary(COMPLEX_PATIENT, 'patient');
    const headings = within(patientPart()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.slice(0, 5)).toEqual([
      'Questions to ask and things to tell your dermatologist',
      'Your own questions',
      'Questions many people ask',
      'What to expect',
      '⚠ When to get help right away',
    ]);
    const own = within(patientPart()).getByRole('region', { name: 'Your own questions' });
    expect(within(own).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Can I keep taking clopidogrel?',
      'How often would I need blood tests?',
    ]);
    const asked = within(patientPart()).getByRole('region', { name: 'Questions many people ask' });
    expect(asked).toHaveTextContent('How often should I come in for checkups?');
    expect(within(patientPart()).getByRole('region', { name: /Questions to ask/ })).not.toHaveTextContent('checkups');
  });
});

test('twenty flags: all on page 1, each as one row', () => {
  renderSummary(TWENTY_FLAGS, 'clinician');
  expect(flagRowIds().length).toBeGreaterThanOrEqual(20);
  expect(flagRowIds()).toEqual(evaluate(TWENTY_FLAGS).flags.map((f) => f.id));
});

test('free text at its maximum is cut on page 1 with "continued on page 2", and given whole in the details', () => {
  renderSummary(TWENTY_FLAGS_LONG_TEXT, 'clinician');
  expect(within(clinicianPart()).getAllByText('(continued on page 2)', { exact: false })).toHaveLength(2);
  const continued = within(detailsPart()).getByRole('region', { name: 'Continued from page 1' });
  expect(continued).toHaveTextContent(TWENTY_FLAGS_LONG_TEXT.answers.questionsForDoctor!);
});

test('the header shows name and date of birth as entered, who answered, the date, versions and the not-a-diagnosis line', () => {
  renderSummary({ ...vignette('low-risk-adult').input, patient: { name: 'Sam Rivera', dateOfBirth: '1990-04-01' } }, 'clinician');
  const header = clinicianPart();
  expect(header).toHaveTextContent('Name (as entered)Sam Rivera');
  expect(header).toHaveTextContent('Date of birth (as entered)1990-04-01');
  expect(header).toHaveTextContent('Completed bythe patient');
  expect(header).toHaveTextContent('Prepared2026-11-22 14:05');
  expect(header).toHaveTextContent(`app ${APP_VERSION}, ruleset ${RULESET_VERSION}`);
  expect(header).toHaveTextContent(/Not a diagnosis or a prescription/);
});

test('every part carries the running header; without a name it says "No name given"', () => {
  const { container } = renderSummary(vignette('low-risk-adult').input);
  const parts = container.querySelectorAll('[data-print-part]');
  expect(parts).toHaveLength(3);
  for (const printed of parts) expect(printed).toHaveTextContent('No name given · DOB not given');
});

test('the low-risk adult gets a plain "no flags" line and every drug shows no flag', () => {
  renderSummary(vignette('low-risk-adult').input, 'clinician');
  expect(within(clinicianPart()).getByText(/No flags: no answer matched a rule/)).toBeInTheDocument();
  const overview = within(clinicianPart()).getByRole('row', { name: /Highest per drug/ });
  for (const cell of overview.querySelectorAll('[data-drug]')) expect(cell).toHaveAttribute('data-severity', 'none');
});

test('"Copy as text" renders the same view model: flags, snapshot and treatments', async () => {
  const user = userEvent.setup();
  renderSummary(COMPLEX_PATIENT);
  await user.click(screen.getByRole('button', { name: 'Copy as text' }));
  const copied = await navigator.clipboard.readText();
  expect(copied).toContain('Antiplatelet medicine (not aspirin) (rule antiplatelet)');
  expect(copied).toContain('Snapshot: Age: 67; Severity (own view): Severe');
  expect(copied).toContain('- Dupilumab shots');
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

test.each([
  ['the complex patient, for the patient', COMPLEX_PATIENT],
  ['staff, for the clinician', vignette('staff-entered-72').input],
])('has no axe violations (%s)', async (_, document) => {
  const { container } = renderSummary(document);
  expect(await axe(container)).toHaveNoViolations();
});
