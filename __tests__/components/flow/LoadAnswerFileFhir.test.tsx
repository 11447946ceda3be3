/** The start page's "Load answers from a file" with a FHIR QuestionnaireResponse, the clinic's file. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { answersToQuestionnaireResponse } from '@/lib/fhir';
import { renderWithFlow } from '@/__tests__/support/renderWithScreening';
import { PREGNANT_PATIENT } from '@/__tests__/support/vignettes';

beforeEach(() => window.localStorage.clear());

const fhirFile = (json: unknown) => new File([JSON.stringify(json)], 'questionnaire-response.json', { type: 'application/fhir+json' });
const RESPONSE = answersToQuestionnaireResponse(PREGNANT_PATIENT, { authored: '2026-11-22T10:00:00+01:00' });

test('the hint says both kinds of file are accepted', () => {
  renderWithFlow(<LoadAnswerFile />);
  expect(screen.getByLabelText('Load answers from a file')).toHaveAccessibleDescription(/answers file or the file for your clinic \(FHIR\)/);
});

test('a FHIR QuestionnaireResponse opens the review with its answers', async () => {
  const user = userEvent.setup();
  const { router } = renderWithFlow(<LoadAnswerFile />);
  await user.upload(screen.getByLabelText('Load answers from a file'), fhirFile(RESPONSE));
  expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toBeInTheDocument();
  expect(router.push).toHaveBeenCalledWith('/questionnaire/review');
  expect(screen.getByText(`${PREGNANT_PATIENT.answers.age} years`)).toBeInTheDocument();
});

test('a malformed response shows each problem with its linkId in an alert and changes nothing', async () => {
  const user = userEvent.setup();
  const { router } = renderWithFlow(<LoadAnswerFile />);
  await screen.findByRole('heading', { level: 1, name: 'Before you start' });
  const bad = JSON.parse(JSON.stringify(RESPONSE)) as { item: { item: { linkId: string; answer: object[] }[] }[] };
  bad.item[0].item.find((i) => i.linkId === 'age')!.answer = [{ valueString: 'thirty' }];
  await user.upload(screen.getByLabelText('Load answers from a file'), fhirFile(bad));
  const alert = await screen.findByRole('alert', { name: 'This file could not be loaded' });
  expect(alert).toHaveTextContent('item[0].item[0].answer[0] (linkId age) (Age (years)): must be given as valueInteger, not valueString');
  expect(screen.getByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
  expect(router.push).not.toHaveBeenCalled();
});

test('a response to another version of the questionnaire is refused with a clear message', async () => {
  const user = userEvent.setup();
  renderWithFlow(<LoadAnswerFile />);
  await user.upload(screen.getByLabelText('Load answers from a file'), fhirFile({ ...RESPONSE, questionnaire: `${RESPONSE.questionnaire!.split('|')[0]}|3` }));
  expect(await screen.findByRole('alert', { name: 'This file could not be loaded' })).toHaveTextContent('version "3" is not supported');
});
