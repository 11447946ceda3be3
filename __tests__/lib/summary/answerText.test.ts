import { questionById } from '@/lib/questionnaire';
import { answerText, questionWording } from '@/lib/summary/answerText';

const question = (id: string) => questionById(id)!;

test.each([
  ['a tri answer', 'hepatitisB', 'unsure', 'Not sure'],
  ['a choice, by its label', 'kidneyDisease', 'dialysis', 'On dialysis'],
  ['a multi-select, by labels', 'medicines', ['probenecid', 'biologic'], 'Probenecid; A biologic shot or infusion, for any condition'],
  ['a number with its unit', 'age', 44, '44 years'],
  ['a scale without a unit', 'itchWorst24h', 7, '7'],
  ['free text as typed', 'medicinesOther', 'vitamin D', 'vitamin D'],
  ['no answer', 'hiv', undefined, 'Not answered'],
])('shows %s as the person saw it', (_, id, answer, expected) => {
  expect(answerText(question(id), answer)).toBe(expected);
});

test('asks in the patient’s voice or the third person, as the person answering saw it', () => {
  expect(questionWording(question('hiv'), 'patient')).toBe('Do you have HIV?');
  expect(questionWording(question('hiv'), 'caregiver')).toBe('Does the patient have HIV?');
  expect(questionWording(question('hiv'), 'staff')).toBe('Does the patient have HIV?');
});
