import { fireEvent, screen } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import { SummaryScreen } from '@/components/summary/SummaryScreen';
import { vignette } from '../../support/vignettes';

test('with no answers it says how to get some, with links', () => {
  render(<SummaryScreen document={null} />);
  expect(screen.getByText('No answers yet — start the questionnaire or load your answers file.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute('href', '/');
  expect(screen.getByRole('link', { name: /Load your answers file/ })).toHaveAttribute('href', '/');
  expect(screen.queryByRole('region', { name: 'For the clinician', hidden: true })).not.toBeInTheDocument();
});

test('with a document it shows the summary, the patient’s part first, and the flag on the clinician’s page 1', () => {
  render(<SummaryScreen document={vignette('pregnant-patient').input} />);
  expect(screen.getByRole('region', { name: 'For you' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'For the clinician' })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'For your dermatologist' }));
  expect(screen.getByRole('region', { name: 'For the clinician' })).toBeInTheDocument();
  expect(screen.getAllByRole('row', { name: /pregnan/i }).map((row) => row.getAttribute('data-rule-id'))).toContain('pregnancy');
});
