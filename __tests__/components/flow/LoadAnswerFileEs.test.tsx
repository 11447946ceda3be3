/**
 * "¿Ya contestó en casa?" on a Spanish page (issue 14): loading answers speaks Spanish, and a refused file names
 * every problem as completely as in English (non-negotiable 1), each place in the file shown as code.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { ImportNotes } from '@/components/flow/ImportNotes';
import { answersToQuestionnaireResponse } from '@/lib/fhir';
import { readAnswersText, rememberImport } from '@/lib/import';
import { renderWithFlow } from '@/__tests__/support/renderWithScreening';
import { renderInLocale } from '@/__tests__/support/intl';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

beforeEach(() => window.localStorage.clear());
afterEach(() => rememberImport(null));

const jsonFile = (json: unknown) => new File([JSON.stringify(json)], 'respuestas.json', { type: 'application/json' });

test('the field, its hint and its problems are in Spanish', async () => {
  const user = userEvent.setup();
  renderWithFlow(<LoadAnswerFile />, 'es');
  const field = screen.getByLabelText('Cargar las respuestas desde un archivo');
  expect(field).toHaveAccessibleDescription(/archivo para su clínica \(FHIR\)/);
  await user.upload(field, jsonFile({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, age: 300, shoeSize: 42 } }));
  const alert = await screen.findByRole('alert', { name: 'No se pudo cargar este archivo' });
  const items = within(alert).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(items[0]).toHaveTextContent('answers.age (¿Cuántos años tiene?): debe ser un número entero del 0 al 120');
  expect(within(items[0]).getByText('answers.age').tagName).toBe('CODE');
  expect(items[1]).toHaveTextContent('answers.shoeSize: no es una pregunta de este cuestionario');
  expect(within(alert).getByText('No se cambió nada.')).toBeInTheDocument();
});

test('a FHIR file with an unknown question names its path and linkId as code', async () => {
  const user = userEvent.setup();
  renderWithFlow(<LoadAnswerFile />, 'es');
  const response = answersToQuestionnaireResponse(LOW_RISK_ADULT, { authored: '2026-11-22T10:00:00Z' });
  const bad = { ...response, item: [...response.item!, { linkId: 'shoeSize', answer: [{ valueInteger: 42 }] }] };
  await user.upload(screen.getByLabelText('Cargar las respuestas desde un archivo'), jsonFile(bad));
  const alert = await screen.findByRole('alert', { name: 'No se pudo cargar este archivo' });
  const path = within(alert).getByText(`item[${response.item!.length}] (linkId shoeSize)`);
  expect(path.tagName).toBe('CODE');
  expect(path.closest('li')).toHaveTextContent(/no es una pregunta de este cuestionario\. Quítelo/);
});

test('a file that is not JSON at all is refused in Spanish, naming the line and column', async () => {
  const user = userEvent.setup();
  renderWithFlow(<LoadAnswerFile />, 'es');
  await user.upload(screen.getByLabelText('Cargar las respuestas desde un archivo'), new File(['hola'], 'hola.json', { type: 'application/json' }));
  const alert = await screen.findByRole('alert', { name: 'No se pudo cargar este archivo' });
  expect(alert).toHaveTextContent('Este archivo no es un archivo de respuestas: no es texto JSON que se pueda leer (línea 1, columna 1).');
});

test('the notes after an import are in Spanish: who answered, the date of birth, the answer not used and why', () => {
  const response = answersToQuestionnaireResponse({ ...LOW_RISK_ADULT, patient: { dateOfBirth: '1980' } }, { authored: '2026-11-22T10:00:00Z' });
  const about = response.item!.find((step) => step.linkId === 'step-about')!;
  about.item!.push({ linkId: 'pregnant', answer: [{ valueCoding: { system: about.item!.find((i) => i.linkId === 'pregnancyPossible')!.answer![0].valueCoding!.system, code: 'yes' } }] });
  delete response.author;
  delete response.source;
  const read = readAnswersText(JSON.stringify(response), { today: '2026-12-06' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  rememberImport(read.document, read.report);
  renderInLocale(<ImportNotes document={read.document} />, 'es');
  const notes = screen.getByRole('region', { name: 'Revise lo que se cargó del archivo' });
  expect(notes).toHaveTextContent('Quién contestó: no se indica.');
  expect(notes).toHaveTextContent('La fecha de nacimiento tiene solo el año (1980). Se deja como está.');
  expect(notes).toHaveTextContent('Una respuesta del archivo no se usó porque la pregunta no se habría hecho:');
  expect(within(notes).getByRole('listitem')).toHaveTextContent(/^La respuesta ".*: Sí" no se usó porque la respuesta a ".*" es "No"\.$/);
});

test('a FHIR problem about a question names the question in Spanish after its path and linkId', async () => {
  const user = userEvent.setup();
  renderWithFlow(<LoadAnswerFile />, 'es');
  const response = answersToQuestionnaireResponse(LOW_RISK_ADULT, { authored: '2026-11-22T10:00:00Z' });
  const about = response.item!.find((step) => step.linkId === 'step-about')!;
  about.item!.find((i) => i.linkId === 'age')!.answer = [{ valueString: 'treinta' }];
  await user.upload(screen.getByLabelText('Cargar las respuestas desde un archivo'), jsonFile(response));
  const alert = await screen.findByRole('alert', { name: 'No se pudo cargar este archivo' });
  const path = within(alert).getByText(/\(linkId age\)$/);
  expect(path.tagName).toBe('CODE');
  expect(path.closest('li')).toHaveTextContent(/\(linkId age\) \(¿Cuántos años tiene\?\): /);
});

test('a file that says "using now" for a treatment it does not list under "ever used" says, in Spanish, that it was added', () => {
  const read = readAnswersText(JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, treatmentsTried: ['dupilumab'] } }), { today: '2026-12-06' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  rememberImport(read.document, read.report);
  renderInLocale(<ImportNotes document={read.document} />, 'es');
  const notes = screen.getByRole('region', { name: 'Revise lo que se cargó del archivo' });
  expect(notes).toHaveTextContent(/^.*El archivo indica .+ en “¿.+ahora\?”, pero no en “¿.+eccema\?”, así que se agregó a “¿.+eccema\?”\./);
  expect(notes).not.toHaveTextContent(/The file says|under|\{/);
});

test('a list that said "None of these" says, in Spanish, that the treatments took its place', () => {
  const read = readAnswersText(JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, treatmentsTried: ['none'] } }), { today: '2026-12-06' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  rememberImport(read.document, read.report);
  renderInLocale(<ImportNotes document={read.document} />, 'es');
  expect(screen.getByRole('region', { name: 'Revise lo que se cargó del archivo' })).toHaveTextContent(/, en lugar de “Ninguno de estos”\./);
});
