/**
 * The start page reads a hand-off code from a photo (always) or the camera (where BarcodeDetector exists).
 * jsdom cannot decode pictures or run a camera: the tests stand in for the browser at that edge only
 * (createImageBitmap and the canvas give the pixels of a real QR code; BarcodeDetector and getUserMedia give a
 * code's text), and everything after it runs for real: jsQR, the payload, the answers schema, the review.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { ReadHandoffCode } from '@/components/handoff/ReadHandoffCode';
import { encodeHandoff, handoffQrCode } from '@/lib/handoff';
import type { Pixels } from '@/lib/handoff/readHandoff';
import { qrPixels } from '@/__tests__/support/qrPixels';
import { renderWithFlow, renderWithScreening } from '@/__tests__/support/renderWithScreening';
import { PREGNANT_PATIENT } from '@/__tests__/support/vignettes';

// The component loads this on demand; loading it once here keeps a slow first transform out of the findBy timeouts.
beforeAll(() => import('@/lib/handoff/readHandoff'));

const NAMED = { ...PREGNANT_PATIENT, patient: { name: 'Ada Lovelace', dateOfBirth: '1997-03-04' } };
const PHOTO = new File([new Uint8Array([137, 80, 78, 71])], 'code.png', { type: 'image/png' });

function pixelsOfCode(text: string): Pixels {
  const result = handoffQrCode(text);
  if (!result.ok) throw new Error(result.problem);
  return qrPixels(result.code, 3);
}

/** The browser's picture decoding, giving these pixels (or failing, for a file that is not a picture). */
function pictureDecodesTo(pixels: Pixels | Error) {
  window.createImageBitmap = jest.fn(async () => {
    if (pixels instanceof Error) throw pixels;
    return { width: pixels.width, height: pixels.height, close: jest.fn() } as unknown as ImageBitmap;
  });
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => ({ drawImage: jest.fn(), getImageData: () => pixels }) as unknown as CanvasRenderingContext2D,
  );
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  jest.restoreAllMocks();
  delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
});

describe('a photo of the code', () => {
  test('opens the review with the answers, name and date of birth it holds', async () => {
    pictureDecodesTo(pixelsOfCode(encodeHandoff(NAMED)));
    const user = userEvent.setup();
    const { router } = renderWithFlow(<ReadHandoffCode />);
    await user.upload(screen.getByLabelText('Read a code from a photo'), PHOTO);
    expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toBeInTheDocument();
    expect(router.push).toHaveBeenCalledWith('/questionnaire/review');
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
    expect(screen.getByText('29 years')).toBeInTheDocument();
  });

  test('without a code: an alert says so, and nothing changes', async () => {
    pictureDecodesTo({ data: new Uint8ClampedArray(60 * 60 * 4).fill(255), width: 60, height: 60 });
    const user = userEvent.setup();
    const { router } = renderWithFlow(<ReadHandoffCode />);
    await screen.findByRole('heading', { level: 1, name: 'Before you start' });
    await user.upload(screen.getByLabelText('Read a code from a photo'), PHOTO);
    expect(await screen.findByRole('alert', { name: 'This code could not be read' })).toHaveTextContent('No QR code was found in this picture.');
    expect(screen.getByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
    expect(router.push).not.toHaveBeenCalled();
  });

  test("of another code: the alert says it is not this tool's", async () => {
    pictureDecodesTo(pixelsOfCode('HTTPS://EXAMPLE.COM/'));
    const user = userEvent.setup();
    renderWithFlow(<ReadHandoffCode />);
    await user.upload(screen.getByLabelText('Read a code from a photo'), PHOTO);
    expect(await screen.findByRole('alert', { name: 'This code could not be read' })).toHaveTextContent('This QR code does not hold JAK Screener answers.');
  });

  test('a file that is not a picture: an alert asks for a JPEG or PNG', async () => {
    pictureDecodesTo(new Error('InvalidStateError'));
    const user = userEvent.setup();
    renderWithFlow(<ReadHandoffCode />);
    await user.upload(screen.getByLabelText('Read a code from a photo'), PHOTO);
    expect(await screen.findByRole('alert', { name: 'This code could not be read' })).toHaveTextContent('saved as JPEG or PNG');
  });
});

describe('the camera', () => {
  function cameraThatSees(texts: string[]) {
    const track = { stop: jest.fn() };
    const stream = { getTracks: () => [track] } as unknown as MediaStream;
    const getUserMedia = jest.fn(async () => stream);
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    jest.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const seen = [...texts];
    (window as { BarcodeDetector?: unknown }).BarcodeDetector = class {
      async detect() {
        const text = seen.shift();
        return text ? [{ rawValue: text }] : [];
      }
    };
    return { track, getUserMedia };
  }

  test('is not offered where the browser cannot read codes; the photo always is', () => {
    renderWithFlow(<ReadHandoffCode />);
    expect(screen.queryByRole('button', { name: 'Scan the code with the camera' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Read a code from a photo')).toBeInTheDocument();
  });

  test('reads a code, switches the camera off and opens the review', async () => {
    const { track, getUserMedia } = cameraThatSees(['', encodeHandoff(NAMED)]);
    const user = userEvent.setup();
    renderWithFlow(<ReadHandoffCode />);
    await user.click(screen.getByRole('button', { name: 'Scan the code with the camera' }));
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' }, { timeout: 3000 })).toBeInTheDocument();
    expect(track.stop).toHaveBeenCalled();
    expect(screen.queryByLabelText('Camera view')).not.toBeInTheDocument();
  });

  test('"Stop the camera" switches it off', async () => {
    const { track } = cameraThatSees([]);
    const user = userEvent.setup();
    renderWithFlow(<ReadHandoffCode />);
    await user.click(screen.getByRole('button', { name: 'Scan the code with the camera' }));
    expect(await screen.findByLabelText('Camera view')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop the camera' }));
    await waitFor(() => expect(track.stop).toHaveBeenCalled());
    expect(screen.queryByLabelText('Camera view')).not.toBeInTheDocument();
  });

  test('a camera that cannot start: an alert offers the photo instead', async () => {
    cameraThatSees([]);
    (navigator.mediaDevices.getUserMedia as jest.Mock).mockRejectedValue(new Error('NotAllowedError'));
    const user = userEvent.setup();
    renderWithFlow(<ReadHandoffCode />);
    await user.click(screen.getByRole('button', { name: 'Scan the code with the camera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The camera could not be started.');
  });
});

test('has no accessibility violations, with the camera offered and after an error', async () => {
  pictureDecodesTo(new Error('InvalidStateError'));
  (window as { BarcodeDetector?: unknown }).BarcodeDetector = class {};
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia: jest.fn() }, configurable: true });
  const user = userEvent.setup();
  const { container } = renderWithScreening(<ReadHandoffCode />);
  expect(await axe(container)).toHaveNoViolations();
  await user.upload(screen.getByLabelText('Read a code from a photo'), PHOTO);
  await screen.findByRole('alert');
  expect(await axe(container)).toHaveNoViolations();
});
