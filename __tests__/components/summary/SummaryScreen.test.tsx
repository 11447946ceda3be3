import { render, screen } from '@testing-library/react';
import { SummaryScreen } from '@/components/summary/SummaryScreen';
import { vignette } from '../../support/vignettes';

test('with no answers it says how to get some, with links', () => {
  render(<SummaryScreen document={null} />);
  expect(screen.getByText('No answers yet — start the questionnaire or load your answers file.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute('href', '/');
  expect(screen.getByRole('link', { name: /Load your answers file/ })).toHaveAttribute('href', '/');
  expect(screen.queryByRole('region', { name: 'For the clinician' })).not.toBeInTheDocument();
});

test('with a document it shows both parts of the summary', () => {
  render(<SummaryScreen document={vignette('pregnant-patient').input} />);
  expect(screen.getByRole('region', { name: 'For the clinician' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'For the patient' })).toBeInTheDocument();
  expect(screen.getByRole('article', { name: /pregnan/i })).toHaveAttribute('data-rule-id', 'pregnancy');
});
