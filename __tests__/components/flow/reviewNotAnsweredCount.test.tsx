/** The review's "not answered" count: optional free-text notes left blank are not questions left open (issue 13). */
import { screen } from '@testing-library/react';
import { useEffect } from 'react';
import { useScreening } from '@/components/flow/ScreeningProvider';
import type { AnswersDocument } from '@/lib/answers/types';
import { renderWithFlow } from '@/__tests__/support/renderWithScreening';
import { vignette } from '@/__tests__/support/vignettes';

function LoadOnMount({ document }: { document: AnswersDocument }) {
  const { send } = useScreening();
  useEffect(() => send({ type: 'answers.load', document }), [send, document]);
  return null;
}

test('blank free-text fields are not counted as not answered', async () => {
  const document = vignette('low-risk-adult').input;
  expect(document.answers.questionsForDoctor).toBeUndefined();
  expect(document.answers.medicinesOther).toBeUndefined();
  renderWithFlow(<LoadOnMount document={document} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toBeInTheDocument();
  expect(screen.getByText(/^No questions not answered, no questions marked “not sure”\./)).toBeInTheDocument();
});

test('a skipped safety question is still counted', async () => {
  const { input } = vignette('low-risk-adult');
  const answers = { ...input.answers };
  delete answers.smoking;
  renderWithFlow(<LoadOnMount document={{ ...input, answers }} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toBeInTheDocument();
  expect(screen.getByText(/^1 question not answered, no questions marked “not sure”\./)).toBeInTheDocument();
});
