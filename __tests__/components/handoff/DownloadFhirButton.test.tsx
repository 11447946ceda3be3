import { screen, waitFor } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { DownloadFhirButton } from '@/components/handoff/DownloadFhirButton';
import { parseQuestionnaireResponse } from '@/lib/fhir';
import { r4QuestionnaireResponseSchema, structureProblems } from '@/__tests__/support/r4Structure';
import { PREGNANT_PATIENT } from '@/__tests__/support/vignettes';

// The component loads this on demand; loading it once here keeps a slow first transform out of the findBy timeouts.
beforeAll(() => import('@/lib/fhir/responseFile'));

const NAMED = { ...PREGNANT_PATIENT, patient: { name: 'Ada Lovelace', dateOfBirth: '1997-03-04' } };

/** jsdom has no object URLs and no downloads: keep the blob, and the link the button clicks. */
function captureDownload() {
  const blobs: Blob[] = [];
  const links: HTMLAnchorElement[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    links.push(this);
  });
  return { blobs, links };
}

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

afterEach(() => jest.restoreAllMocks());

test('downloads a valid FHIR QuestionnaireResponse of the answers, authored now, under a generic file name', async () => {
  const { blobs, links } = captureDownload();
  const user = userEvent.setup();
  render(<DownloadFhirButton document={NAMED} />);
  const before = Date.now();
  await user.click(screen.getByRole('button', { name: 'Download for your clinic (FHIR)' }));

  await waitFor(() => expect(links).toHaveLength(1));
  expect(links[0].download).toBe('eczema-answers-fhir.json');
  expect(links[0].download).not.toMatch(/ada|lovelace|1997/i);
  expect(blobs[0].type).toBe('application/fhir+json');
  const response = JSON.parse(await blobText(blobs[0]));
  expect(response.resourceType).toBe('QuestionnaireResponse');
  expect(structureProblems(r4QuestionnaireResponseSchema, response)).toEqual([]);
  expect(parseQuestionnaireResponse(response)).toEqual({ ok: true, value: NAMED });
  const authored = Date.parse(response.authored);
  expect(authored).toBeGreaterThanOrEqual(before - 1000);
  expect(authored).toBeLessThanOrEqual(Date.now());
  expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test');
});

test('has no accessibility violations', async () => {
  const { container } = render(<DownloadFhirButton document={NAMED} />);
  expect(await axe(container)).toHaveNoViolations();
});
