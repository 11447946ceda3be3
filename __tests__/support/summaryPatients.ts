/**
 * Built patients for the summary's print and component tests, beside the public vignettes: the complex patient of
 * issue 13, a patient with 20 flags, and the same with both free-text fields at their maximum length. Each is checked
 * with the app's answers schema, so a patient that drifts from the questionnaire fails loudly.
 */
import { parseAnswersDocument } from '@/lib/answers/schema';
import type { AnswersDocument } from '@/lib/answers/types';

function checked(name: string, raw: unknown): AnswersDocument {
  const parsed = parseAnswersDocument(raw);
  if (!parsed.ok) throw new Error(`built patient ${name}: ${parsed.problems.join('; ')}`);
  return parsed.value;
}

/**
 * 67, former smoker, high blood pressure, past DVT, on clopidogrel, not sure about hepatitis B, methotrexate and
 * dupilumab before, mild liver disease (issue 13); with the contract v2 answers: how each treatment went and the
 * longest steady use of a prescription cream.
 */
export const COMPLEX_PATIENT: AnswersDocument = checked('complex', {
  schemaVersion: 2,
  respondent: 'patient',
  patient: { name: 'Maria Okafor-Lindqvist', dateOfBirth: '1959-03-14' },
  answers: {
    age: 67,
    pregnancyPossible: 'no',
    breastfeeding: 'no',
    hormonalContraception: 'no',
    severity: 'severe',
    bodyArea: 'over20',
    itchWorst24h: 8,
    sleepNightsLost: 5,
    treatmentsTried: ['topicalSteroid', 'topicalCalcineurin', 'phototherapy', 'methotrexate', 'dupilumab'],
    treatmentsCurrent: ['topicalSteroid'],
    treatmentOutcomes: {
      topicalSteroid: 'notEnough',
      topicalCalcineurin: 'sideEffects',
      phototherapy: 'stoppedOther',
      methotrexate: 'sideEffects',
      dupilumab: 'notEnough',
    },
    topicalWeeks: 'over8',
    infectionNow: 'no',
    infectionsFrequent: 'no',
    tbHistory: 'no',
    tbExposure: 'no',
    hepatitisB: 'unsure',
    hepatitisC: 'no',
    hiv: 'no',
    weakImmuneSystem: 'no',
    shinglesHistory: 'yes',
    coldSoresFrequent: 'no',
    shinglesVaccine: 'no',
    liveVaccinePlanned: 'no',
    chickenpoxImmune: 'yes',
    fungalAreas: 'no',
    smoking: 'former',
    heartAttackOrStroke: 'no',
    bloodClot: 'yes',
    clottingDisorder: 'no',
    heartRiskFactors: ['highBloodPressure'],
    cancerHistory: ['none'],
    liverDisease: 'mild',
    kidneyDisease: 'none',
    gutPerforation: 'no',
    lowBloodCounts: 'no',
    medicines: ['antiplatelet'],
    medicinesOther: 'Amlodipine 5 mg daily, vitamin D',
    moodAffected: 'yes',
    preferences: ['fastItchRelief', 'fewerBloodTests'],
    questionsForDoctor: 'Can I keep taking clopidogrel?\nHow often would I need blood tests?',
  },
});

const TWENTY_FLAG_ANSWERS = {
  age: 70,
  pregnancyPossible: 'no',
  breastfeeding: 'no',
  hormonalContraception: 'no',
  severity: 'severe',
  bodyArea: 'over20',
  itchWorst24h: 10,
  sleepNightsLost: 7,
  treatmentsTried: [
    'topicalSteroid', 'topicalCalcineurin', 'topicalPde4', 'phototherapy', 'oralSteroid', 'cyclosporine',
    'methotrexate', 'dupilumab', 'tralokinumab',
  ],
  treatmentsCurrent: ['topicalSteroid', 'cyclosporine'],
  treatmentOutcomes: {
    topicalSteroid: 'notEnough', topicalCalcineurin: 'sideEffects', topicalPde4: 'notEnough', phototherapy: 'stoppedOther',
    oralSteroid: 'helped', cyclosporine: 'notEnough', methotrexate: 'sideEffects', dupilumab: 'notEnough', tralokinumab: 'unsure',
  },
  topicalWeeks: 'over8',
  infectionNow: 'yes',
  infectionsFrequent: 'yes',
  tbHistory: 'yes',
  tbExposure: 'no',
  hepatitisB: 'yes',
  hepatitisC: 'no',
  hiv: 'yes',
  weakImmuneSystem: 'yes',
  shinglesHistory: 'yes',
  coldSoresFrequent: 'yes',
  shinglesVaccine: 'no',
  liveVaccinePlanned: 'no',
  smoking: 'current',
  heartAttackOrStroke: 'yes',
  bloodClot: 'yes',
  clottingDisorder: 'unsure',
  heartRiskFactors: ['highBloodPressure', 'highCholesterol', 'diabetes', 'obesity'],
  cancerHistory: ['none'],
  liverDisease: 'severe',
  kidneyDisease: 'none',
  gutPerforation: 'no',
  lowBloodCounts: 'no',
  medicines: ['antiplatelet', 'anticoagulant', 'cyp3a4Inhibitor', 'steroidRegular', 'immunosuppressant', 'biologic'],
  moodAffected: 'yes',
  preferences: ['fastItchRelief', 'noInjections', 'costConcern'],
} as const;

/**
 * A patient whose answers raise at least 20 flags (24 under contract v2; checked in
 * __tests__/components/summary/SummaryView.test.tsx), with nine treatments, each with its outcome.
 */
export const TWENTY_FLAGS: AnswersDocument = checked('twenty-flags', {
  schemaVersion: 2,
  respondent: 'staff',
  patient: { name: 'Jonathan Abernathy-Whitfield', dateOfBirth: '1956-11-02' },
  answers: TWENTY_FLAG_ANSWERS,
});

const LONG_WORDS = 'I would like to know more about this and what it means for me and my family over the next years. ';
const filled = (length: number) => LONG_WORDS.repeat(Math.ceil(length / LONG_WORDS.length)).slice(0, length);

/** The 20-flag patient with both free-text fields at their maximum length (500 and 1,000 characters). */
export const TWENTY_FLAGS_LONG_TEXT: AnswersDocument = checked('twenty-flags-long-text', {
  schemaVersion: 2,
  respondent: 'caregiver',
  patient: { name: 'Alexandra Konstantinopoulou-Smythe', dateOfBirth: '1956-11-02' },
  answers: { ...TWENTY_FLAG_ANSWERS, medicinesOther: filled(500), questionsForDoctor: filled(1000) },
});

export const BUILT_PATIENTS: readonly { name: string; input: AnswersDocument }[] = [
  { name: 'complex patient (issue 13)', input: COMPLEX_PATIENT },
  { name: 'twenty flags', input: TWENTY_FLAGS },
  { name: 'twenty flags, free text at maximum', input: TWENTY_FLAGS_LONG_TEXT },
];
