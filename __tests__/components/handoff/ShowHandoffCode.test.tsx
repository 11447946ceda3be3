import { screen } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { ShowHandoffCode } from '@/components/handoff/ShowHandoffCode';
import { readHandoffPixels } from '@/lib/handoff/readHandoff';
import { svgQrPixels } from '@/__tests__/support/qrPixels';
import { PREGNANT_PATIENT } from '@/__tests__/support/vignettes';

// The component loads this on demand; loading it once here keeps a slow first transform out of the findBy timeouts.
beforeAll(() => import('@/lib/handoff'));

const NAMED = { ...PREGNANT_PATIENT, patient: { name: 'Ada Lovelace', dateOfBirth: '1997-03-04' } };
const CODE_NAME = 'QR code with your answers, for the clinic to scan';

/** The SVG inside the image's data: URL. */
function svgOf(image: HTMLElement): string {
  const src = image.getAttribute('src')!;
  expect(src).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

test('the code is not shown until the person asks; the screen says first what it holds and who can read it', () => {
  render(<ShowHandoffCode document={NAMED} />);
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  const button = screen.getByRole('button', { name: 'Show a code for the clinic' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(button).toHaveAccessibleDescription(/The code contains your answers, and the name and date of birth if you typed them\. Anyone who scans it can read them/);
});

test('asked for, it shows a QR code that reads back as the same answers, name and date of birth', async () => {
  const user = userEvent.setup();
  render(<ShowHandoffCode document={NAMED} />);
  await user.click(screen.getByRole('button', { name: 'Show a code for the clinic' }));
  const image = await screen.findByRole('img', { name: CODE_NAME });
  expect(readHandoffPixels(svgQrPixels(svgOf(image)))).toMatchObject({ ok: true, document: NAMED });
  expect(screen.getByText(/Anyone who scans it can read them/)).toBeVisible();
  expect(screen.getByRole('button', { name: 'Hide the code' })).toHaveAttribute('aria-expanded', 'true');
});

test('"Hide the code" takes it off the screen', async () => {
  const user = userEvent.setup();
  render(<ShowHandoffCode document={NAMED} />);
  await user.click(screen.getByRole('button', { name: 'Show a code for the clinic' }));
  await screen.findByRole('img', { name: CODE_NAME });
  await user.click(screen.getByRole('button', { name: 'Hide the code' }));
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Show a code for the clinic' })).toHaveFocus();
});

test('answers too long for one code: a message offers the file instead', async () => {
  const user = userEvent.setup();
  // Text that hardly compresses: both free-text answers at full length, in Chinese.
  const hanzi = (length: number, seed: number) => Array.from({ length }, (_, i) => String.fromCodePoint(0x4e00 + (((i + seed) * 7919) % 20000))).join('');
  const long = { ...NAMED, answers: { ...NAMED.answers, questionsForDoctor: hanzi(1000, 0), medicinesOther: hanzi(500, 5000) } };
  render(<ShowHandoffCode document={long} />);
  await user.click(screen.getByRole('button', { name: 'Show a code for the clinic' }));
  expect(await screen.findByRole('status')).toHaveTextContent('too long for one QR code. Download the file for your clinic instead.');
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});

test('has no accessibility violations, hidden or shown', async () => {
  const user = userEvent.setup();
  const { container } = render(<ShowHandoffCode document={NAMED} />);
  expect(await axe(container)).toHaveNoViolations();
  await user.click(screen.getByRole('button', { name: 'Show a code for the clinic' }));
  await screen.findByRole('img', { name: CODE_NAME });
  expect(await axe(container)).toHaveNoViolations();
});
