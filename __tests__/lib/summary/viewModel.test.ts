import type { AnswersDocument } from '@/lib/answers/types';
import { PAGE_ONE_TEXT_LIMIT, buildSummaryModel, firstClause, sourceRef } from '@/lib/summary/viewModel';
import { evaluate } from '@/rules';
import { COMPLEX_PATIENT, TWENTY_FLAGS_LONG_TEXT } from '../../support/summaryPatients';
import { vignette } from '../../support/vignettes';

const modelOf = (document: AnswersDocument) =>
  buildSummaryModel({ document, result: evaluate(document), preparedAt: new Date(2026, 10, 22, 9, 7), appVersion: '9.9.9' });

describe('treatment history', () => {
  test('rows from treatmentsTried and treatmentsCurrent, in questionnaire order, each with its outcome (contract v2)', () => {
    const model = modelOf(COMPLEX_PATIENT);
    expect(model.treatments.map((t) => [t.id, t.current, t.outcome])).toEqual([
      ['topicalSteroid', true, 'Not enough'],
      ['topicalCalcineurin', false, 'Side effects'],
      ['phototherapy', false, 'Stopped, other reason'],
      ['methotrexate', false, 'Side effects'],
      ['dupilumab', false, 'Not enough'],
    ]);
    expect(model.topicalWeeks).toBe('over 8 weeks');
  });

  test('a version-1 document (no outcomes, no topicalWeeks) gives rows without an outcome', () => {
    const { treatmentOutcomes, topicalWeeks, ...v1Answers } = COMPLEX_PATIENT.answers;
    expect([treatmentOutcomes, topicalWeeks]).not.toContain(undefined);
    const model = modelOf({ ...COMPLEX_PATIENT, answers: v1Answers });
    expect(model.treatments.map((t) => t.outcome)).toEqual([null, null, null, null, null]);
    expect(model.topicalWeeks).toBeNull();
  });

  test('a treatment with no outcome given shows none, while the others keep theirs', () => {
    const model = modelOf({
      ...COMPLEX_PATIENT,
      answers: { ...COMPLEX_PATIENT.answers, treatmentOutcomes: { methotrexate: 'sideEffects', dupilumab: 'unsure' } },
    });
    expect(Object.fromEntries(model.treatments.map((t) => [t.id, t.outcome]))).toEqual({
      topicalSteroid: null,
      topicalCalcineurin: null,
      phototherapy: null,
      methotrexate: 'Side effects',
      dupilumab: 'Not sure',
    });
  });

  test('"None of these" and no answers give no rows', () => {
    const model = modelOf(vignette('no-treatments-yet').input);
    expect(model.treatments.some((t) => t.id === 'none')).toBe(false);
  });
});

test('the snapshot says "not answered" for a skipped item rather than leaving it out', () => {
  const answers = { ...COMPLEX_PATIENT.answers };
  delete answers.itchWorst24h;
  const model = modelOf({ ...COMPLEX_PATIENT, answers });
  expect(model.snapshot.find((s) => s.label === 'Worst itch, 24 h')).toEqual({ label: 'Worst itch, 24 h', value: 'not answered' });
});

test('sources are numbered once, in order of first use, and every flag cites numbers that exist', () => {
  const model = modelOf(COMPLEX_PATIENT);
  expect(model.sources.map((s) => s.number)).toEqual(model.sources.map((_, i) => i + 1));
  const keys = model.sources.map((s) => `${s.document}|${s.section}|${s.revised}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const flag of model.flags) for (const n of flag.sourceNumbers) expect(model.sources[n - 1]).toBeDefined();
});

test.each([
  [[1, 2, 3, 5], '[1–3, 5]'],
  [[4], '[4]'],
  [[7, 2, 3], '[2–3, 7]'],
  [[], ''],
])('sourceRef(%j) is %s', (numbers, text) => {
  expect(sourceRef(numbers)).toBe(text);
});

test('free text at its maximum is cut for page 1 and kept whole', () => {
  const model = modelOf(TWENTY_FLAGS_LONG_TEXT);
  expect(model.freeText.map((t) => [t.id, t.cut, t.full.length])).toEqual([
    ['medicinesOther', true, 500],
    ['questionsForDoctor', true, 1000],
  ]);
  for (const t of model.freeText) expect(t.excerpt.length).toBeLessThanOrEqual(PAGE_ONE_TEXT_LIMIT + 1);
});

test('the patient questions keep their own questions apart from the starters, one per line as typed', () => {
  const { patient } = modelOf(COMPLEX_PATIENT);
  expect(patient.own).toEqual(['Can I keep taking clopidogrel?', 'How often would I need blood tests?']);
  expect(patient.starters).toContain('How often should I come in for checkups?');
  expect(patient.fromAnswers.join(' ')).not.toMatch(/checkups|Your own questions/);
});

test.each(['caregiver', 'staff'] as const)('a %s\'s own questions carry no label from the rules, in either language', (respondent) => {
  const document = { ...COMPLEX_PATIENT, respondent };
  for (const patientLocale of ['en', 'es'] as const) {
    const { patient } = buildSummaryModel({ document, result: evaluate(document), preparedAt: new Date(2026, 10, 22, 9, 7), appVersion: '9.9.9', patientLocale });
    expect(patient.own).toEqual(['Can I keep taking clopidogrel?', 'How often would I need blood tests?']);
  }
});

test('the running name falls back to "No name given"', () => {
  expect(modelOf(vignette('low-risk-adult').input).header.name).toBeNull();
  expect(modelOf(vignette('low-risk-adult').input).words.frame.noName).toBe('No name given');
  expect(modelOf(COMPLEX_PATIENT).header.name).toBe('Maria Okafor-Lindqvist');
});

test.each([
  ['CBC with differential. Abrocitinib §2.1: not recommended to start with …', 'CBC with differential'],
  ['Lipid panel at baseline; again about 12 weeks after starting', 'Lipid panel at baseline'],
  ['Kidney function (eGFR): guides abrocitinib and baricitinib dosing.', 'Kidney function (eGFR)'],
  ['Skin checks (abrocitinib §5.3/§17; cream §5.3), then yearly.', 'Skin checks (abrocitinib §5.3/§17; cream §5.3), then yearly'],
  ['Liver enzymes at baseline and periodically (upadacitinib §5.8).', 'Liver enzymes at baseline and periodically (upadacitinib §5.8)'],
])('firstClause(%j) is %j', (text, clause) => {
  expect(firstClause(text)).toBe(clause);
});

test('page 1 gets each baseline check’s first clause; the whole check stays for the details', () => {
  const { baselineChecks } = modelOf(COMPLEX_PATIENT);
  const cbc = baselineChecks.find((c) => c.text.startsWith('CBC'))!;
  expect(cbc.short).toBe('CBC with differential');
  expect(cbc.text).toMatch(/platelets <150,000\/mm³/);
  expect(baselineChecks.map((c) => c.id)).toEqual(evaluate(COMPLEX_PATIENT).baselineChecks.map((c) => c.id));
});

test.each([
  ['cyp3a4-inhibitor', 'Medicines now or soon: Some antifungal'],
  ['anticoagulant', 'Medicines now or soon: Another blood thinner'],
  ['diabetes', 'Heart risk factors: Diabetes'],
  ['current-systemic-treatment', 'Using now: Cyclosporine pills'],
])('page 1: the %s row names the list items that fire it, the details the whole answer', (id, start) => {
  const flag = modelOf(TWENTY_FLAGS_LONG_TEXT).flags.find((f) => f.id === id)!;
  expect(flag.becauseShort.startsWith(start.slice(0, 50))).toBe(true);
  expect(flag.because[0].answer.split('; ').length).toBeGreaterThan(1);
});

describe('two readers, two languages (issue 14, item 4)', () => {
  const build = (clinicianLocale?: 'en' | 'es', patientLocale?: 'en' | 'es') =>
    buildSummaryModel({ document: COMPLEX_PATIENT, result: evaluate(COMPLEX_PATIENT), preparedAt: new Date(2026, 10, 22, 9, 7), appVersion: '9.9.9', clinicianLocale, patientLocale });

  test('English by default: the clinician words, header and language line are English', () => {
    const model = build();
    expect(model.clinicianLocale).toBe('en');
    expect(model.words.page.forTheClinician).toBe('For the clinician');
    expect(model.header.title).toBe('Pre-visit questionnaire: patient-reported information');
    expect(model.words.thisPart).toBe('This part is in English.');
  });

  test('clinicianLocale es: Spanish headings, header, snapshot, treatments, flags and checks; the patient part stays English', () => {
    const model = build('es');
    expect(model.clinicianLocale).toBe('es');
    expect(model.patientLocale).toBe('en');
    expect(model.words.page.forTheClinician).toBe('Para el médico');
    expect(model.words.details.heading).toBe('Detalles para el médico');
    expect(model.words.thisPart).toBe('Esta parte está en español.');
    expect(model.header.completedBy).toBe('el paciente');
    expect(model.snapshot[0]).toEqual({ label: 'Edad', value: '67' });
    expect(model.treatments[0]).toMatchObject({ name: 'Crema o pomada con esteroides', outcome: 'Insuficiente' });
    expect(model.flags.find((f) => f.id === 'hepatitis-b')).toMatchObject({ title: 'Sin certeza: hepatitis B previa', severityLabel: 'Comprobar antes' });
    expect(model.flags.find((f) => f.id === 'hepatitis-b')!.detail).toMatch(/^Respondió «no sé» \(sin confirmar\) — Hepatitis B alguna vez: No sé\. /);
    expect(model.baselineChecks[0].short).toMatch(/^Prueba de TB/);
    // The patient's part follows its own language.
    expect(model.patientWords.thisPart).toBe('This part is in English.');
    expect(model.patient).toEqual(build('en').patient);
  });

  test('patientLocale es with the clinician part in English: each part in its own language', () => {
    const model = build('en', 'es');
    expect(model.words.page.forTheClinician).toBe('For the clinician');
    expect(model.flags.map((f) => f.title)).toEqual(build().flags.map((f) => f.title));
    expect(model.patientWords.thisPart).toBe('Esta parte está en español.');
    expect(model.patient).not.toEqual(build().patient);
  });
});
