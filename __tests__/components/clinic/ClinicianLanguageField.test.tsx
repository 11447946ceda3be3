/**
 * On /clinic, staff choose the language the summary's dermatologist part starts in on this tablet (issue 14, item 4):
 * English unless chosen; the choice is saved in the clinic setting and is where the summary's switch starts.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClinicModePanel } from '@/components/clinic/ClinicModePanel';
import { loadClinicSetting, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import { lockWithStaffCode } from '@/lib/clinic/staffCode';
import type { StaffLock } from '@/lib/clinic/staffCode';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';

const CODE = 'front-desk-7';
let LOCK: StaffLock;
beforeAll(async () => {
  LOCK = await lockWithStaffCode(CODE, 1_000);
});

test('staff choose Español for the dermatologist part and it is saved with the clinic setting', async () => {
  saveClinicSetting({ enabled: true, idleMinutes: 3, usualRespondent: 'patient', lock: LOCK });
  const user = userEvent.setup();
  renderWithScreening(<ClinicModePanel />);
  await user.type(await screen.findByLabelText('Staff code'), CODE);
  await user.click(screen.getByRole('button', { name: 'Unlock clinic settings' }));
  const group = await screen.findByRole('group', { name: 'Language of the dermatologist’s part' });
  expect(group).toHaveAccessibleDescription('The summary starts in this language. It can be switched on the summary.');
  expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  await user.click(screen.getByRole('radio', { name: 'Español' }));
  await user.click(screen.getByRole('button', { name: 'Save clinic settings' }));
  expect(await screen.findByText('Clinic settings saved.')).toBeInTheDocument();
  expect(loadClinicSetting().clinicianLocale).toBe('es');
});
