/**
 * Two readers, two languages (issue 14, item 4): the switch "Language of the dermatologist's part" turns the
 * clinician's part into Spanish (and its lang) without touching the patient's part or the answers; the choice holds
 * on reload in the same tab; a clinic tablet starts from its setting and keeps nothing in the tab.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInLocale as render } from '@/__tests__/support/intl';
import { SummaryView } from '@/components/summary/SummaryView';
import { CLINIC_MODE_OFF, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import { CLINICIAN_LOCALE_KEY } from '@/lib/summary/clinicianLocalePreference';
import type { AnswersDocument } from '@/lib/answers/types';
import type { Locale } from '@/lib/i18n/locales';
import { COMPLEX_PATIENT } from '../../support/summaryPatients';

const PREPARED_AT = new Date(2026, 10, 22, 14, 5);
const LOCK = { algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'q'.repeat(43) + '=' } as const;

/** Renders the summary and, as a reader would, shows the dermatologist's part. */
function renderSummary(document: AnswersDocument = COMPLEX_PATIENT, locale: Locale = 'en') {
  const rendered = render(<SummaryView document={document} preparedAt={PREPARED_AT} />, locale);
  fireEvent.click(screen.getByRole('button', { name: /^(For your dermatologist|For the clinician|Para su dermatólogo|Para el médico)$/ }));
  return rendered;
}

const languageGroup = () => screen.getByRole('group', { name: /Language of the dermatologist’s part|Idioma de la parte del dermatólogo/ });
const press = (name: string) => userEvent.setup().click(within(languageGroup()).getByRole('button', { name }));
const clinicianSection = () => screen.getByRole('region', { name: /^(For the clinician|Para el médico)$/ });

test('English by default: the clinician part is English, says so, and the switch shows English pressed', () => {
  renderSummary();
  expect(within(languageGroup()).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  expect(within(languageGroup()).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'false');
  expect(clinicianSection()).not.toHaveAttribute('lang');
  expect(clinicianSection()).toHaveTextContent('This part is in English.');
});

test('pressing Español turns the clinician heading Spanish with lang="es"; the patient part and the answers are unchanged', async () => {
  const before = JSON.stringify(COMPLEX_PATIENT);
  renderSummary(COMPLEX_PATIENT);
  await press('Español');
  expect(within(languageGroup()).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('heading', { name: 'Para el médico' })).toBeInTheDocument();
  expect(clinicianSection()).toHaveAttribute('lang', 'es');
  expect(clinicianSection()).toHaveTextContent('Esta parte está en español.');
  expect(screen.getByRole('region', { name: 'Detalles para el médico' })).toHaveAttribute('lang', 'es');
  // The patient's part follows the page (English here), and says so.
  await userEvent.setup().click(screen.getByRole('button', { name: 'For you' }));
  const patient = screen.getByRole('region', { name: 'For you' });
  expect(patient).not.toHaveAttribute('lang');
  expect(patient).toHaveTextContent('This part is in English.');
  // A UI preference only: the answers document is the same, nothing language-related in it.
  expect(JSON.stringify(COMPLEX_PATIENT)).toBe(before);
  expect(before).not.toMatch(/clinicianLocale/);
});

test('on reload in the same tab the choice stays', async () => {
  const { unmount } = renderSummary();
  await press('Español');
  expect(window.sessionStorage.getItem(CLINICIAN_LOCALE_KEY)).toBe('es');
  unmount();
  renderSummary();
  expect(within(languageGroup()).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('heading', { name: 'Para el médico' })).toBeInTheDocument();
});

test('on a Spanish page the clinician part still starts in English, marked lang="en", and can be switched back and forth', async () => {
  renderSummary(COMPLEX_PATIENT, 'es');
  expect(clinicianSection()).toHaveAttribute('lang', 'en');
  await press('Español');
  expect(clinicianSection()).not.toHaveAttribute('lang');
  expect(screen.getByRole('heading', { name: 'Para el médico' })).toBeInTheDocument();
  await press('English');
  expect(screen.getByRole('heading', { name: 'For the clinician' })).toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Para usted' }));
  expect(screen.getByRole('region', { name: 'Para usted' })).toHaveTextContent('Esta parte está en español.');
});

test('a clinic tablet starts from its setting and keeps nothing in the tab', async () => {
  saveClinicSetting({ ...CLINIC_MODE_OFF, enabled: true, lock: LOCK, clinicianLocale: 'es' });
  renderSummary();
  expect(within(languageGroup()).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('heading', { name: 'Para el médico' })).toBeInTheDocument();
  await press('English');
  expect(screen.getByRole('heading', { name: 'For the clinician' })).toBeInTheDocument();
  expect(window.sessionStorage.getItem(CLINICIAN_LOCALE_KEY)).toBeNull();
});

test('a clinic tablet without the setting starts in English, whatever the tab kept before', () => {
  window.sessionStorage.setItem(CLINICIAN_LOCALE_KEY, 'es');
  saveClinicSetting({ ...CLINIC_MODE_OFF, enabled: true, lock: LOCK });
  renderSummary();
  expect(within(languageGroup()).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
});

test('the switch shows with the dermatologist part only, not on the patient part', async () => {
  renderSummary();
  expect(languageGroup()).toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole('button', { name: 'For you' }));
  expect(screen.queryByRole('group', { name: /Language of the dermatologist’s part/ })).not.toBeInTheDocument();
});
