/** The clinic setup page (/clinic) with its staff code, the intro form on a clinic tablet, and the dialogs under axe. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { useState } from 'react';
import { ClinicModePanel } from '@/components/clinic/ClinicModePanel';
import { IdleWarningDialog } from '@/components/clinic/IdleWarningDialog';
import { WRONG_STAFF_CODE } from '@/components/clinic/StaffCodeForm';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';
import { CLINIC_SETTING_KEY, loadClinicSetting, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { lockWithStaffCode, staffCodeOpens } from '@/lib/clinic/staffCode';
import type { StaffLock } from '@/lib/clinic/staffCode';
import { SAVED_ANSWERS_KEY, saveAnswers } from '@/lib/storage/savedAnswers';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

beforeEach(() => window.localStorage.clear());

const CODE = 'front-desk-7';
/** A lock made with few iterations: the comparison is what these tests check, not the cost (staffCode.test.ts does). */
let LOCK: StaffLock;
beforeAll(async () => {
  LOCK = await lockWithStaffCode(CODE, 1_000);
});
const onWithCode = (): ClinicSetting => ({ enabled: true, idleMinutes: 3, usualRespondent: 'patient', lock: LOCK });

const status = () => screen.getByText(/^Clinic tablet mode is (on|off)\./);
const minutesBox = () => screen.queryByRole('textbox', { name: 'Clear after how many minutes without use?' });

async function typeStaffCode(user: UserEvent, code: string, button = 'Unlock clinic settings') {
  await user.type(screen.getByLabelText('Staff code'), code);
  await user.click(screen.getByRole('button', { name: button }));
}

/** The questionnaire's intro on a device already set up as a clinic tablet. */
async function openIntroOnClinicTablet(setting: Omit<ClinicSetting, 'lock'>) {
  saveClinicSetting({ ...setting, lock: LOCK });
  renderWithScreening(<QuestionnaireFlow />);
  await screen.findByRole('heading', { level: 1, name: 'Before you start' });
}

test('turning clinic mode on sets a staff code: only its salted hash is stored, saved answers go, and axe passes', async () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' });
  const user = userEvent.setup();
  const { container } = renderWithScreening(<ClinicModePanel />);
  expect(await axe(container)).toHaveNoViolations();
  expect(status()).toHaveTextContent('Clinic tablet mode is off.');

  await user.click(screen.getByRole('button', { name: 'Turn on clinic tablet mode' }));
  expect(screen.getByLabelText('New staff code')).toHaveAccessibleDescription(/Error: Use at least 6 characters/);
  expect(await axe(container)).toHaveNoViolations();
  await user.type(screen.getByLabelText('New staff code'), CODE);
  await user.type(screen.getByLabelText('Type the staff code again'), 'front-desk-8');
  await user.click(screen.getByRole('button', { name: 'Turn on clinic tablet mode' }));
  expect(screen.getByLabelText('Type the staff code again')).toHaveAccessibleDescription(/Error: The two codes are not the same/);
  expect(loadClinicSetting().enabled).toBe(false);

  await user.clear(screen.getByLabelText('New staff code'));
  await user.clear(screen.getByLabelText('Type the staff code again'));
  await user.type(screen.getByLabelText('New staff code'), CODE);
  await user.type(screen.getByLabelText('Type the staff code again'), CODE);
  await user.click(screen.getByRole('button', { name: 'Turn on clinic tablet mode' }));
  expect(await screen.findByText('Clinic tablet mode is on. Answers are cleared after 3 minutes without use.')).toHaveRole('status');
  expect(Object.keys(window.localStorage)).toEqual([CLINIC_SETTING_KEY]);
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  const stored = window.localStorage.getItem(CLINIC_SETTING_KEY)!;
  expect(stored).not.toContain(CODE);
  const { lock } = loadClinicSetting();
  expect(lock?.iterations).toBeGreaterThanOrEqual(600_000);
  expect(await staffCodeOpens(CODE, lock!)).toBe(true);
  // Locked at once: the settings need the code now.
  expect(minutesBox()).not.toBeInTheDocument();
  expect(screen.getByLabelText('Staff code')).toBeInTheDocument();
  expect(await axe(container)).toHaveNoViolations();
});

test('the code is required to turn clinic mode off: a wrong code is refused and changes nothing', async () => {
  saveClinicSetting(onWithCode());
  const user = userEvent.setup();
  const { container } = renderWithScreening(<ClinicModePanel />);
  await screen.findByText(/^Clinic tablet mode is on\./);
  expect(screen.queryByRole('button', { name: 'Turn off clinic tablet mode' })).not.toBeInTheDocument();

  await typeStaffCode(user, 'front-desk-6');
  const codeBox = await screen.findByLabelText('Staff code');
  await screen.findByText(WRONG_STAFF_CODE);
  expect(codeBox).toHaveAccessibleDescription(`Clinic staff only. Error: ${WRONG_STAFF_CODE}`);
  expect(codeBox).toHaveAttribute('aria-invalid', 'true');
  expect(codeBox).toHaveValue('');
  expect(screen.queryByRole('button', { name: 'Turn off clinic tablet mode' })).not.toBeInTheDocument();
  expect(loadClinicSetting()).toEqual(onWithCode());
  expect(await axe(container)).toHaveNoViolations();

  await typeStaffCode(user, CODE);
  await user.click(await screen.findByRole('button', { name: 'Turn off clinic tablet mode' }));
  expect(status()).toHaveTextContent('Clinic tablet mode is off.');
  expect(window.localStorage).toHaveLength(0);
});

test('changing the settings asks for the code, then keeps the lock; "Lock the settings" asks again', async () => {
  saveClinicSetting(onWithCode());
  const user = userEvent.setup();
  renderWithScreening(<ClinicModePanel />);
  await screen.findByText(/^Clinic tablet mode is on\./);
  expect(minutesBox()).not.toBeInTheDocument();
  await typeStaffCode(user, CODE);
  const minutes = await screen.findByRole('textbox', { name: 'Clear after how many minutes without use?' });
  await user.clear(minutes);
  await user.type(minutes, '0');
  await user.click(screen.getByRole('button', { name: 'Save clinic settings' }));
  expect(minutes).toHaveAccessibleDescription(/Error: Use at least 1 minute/);
  expect(loadClinicSetting().idleMinutes).toBe(3);
  await user.clear(minutes);
  await user.type(minutes, '5');
  await user.click(screen.getByRole('radio', { name: 'Clinic staff' }));
  await user.click(screen.getByRole('button', { name: 'Save clinic settings' }));
  expect(await screen.findByText('Clinic settings saved.')).toBeInTheDocument();
  expect(loadClinicSetting()).toEqual({ enabled: true, idleMinutes: 5, usualRespondent: 'staff', clinicianLocale: 'en', lock: LOCK });
  expect(status()).toHaveTextContent('Clinic tablet mode is on. Answers are cleared after 5 minutes without use.');
  await user.click(screen.getByRole('button', { name: 'Lock the settings' }));
  expect(minutesBox()).not.toBeInTheDocument();
  expect(screen.getByLabelText('Staff code')).toBeInTheDocument();
});

test('a tablet set up before staff codes (version 1) stays in clinic mode and asks staff to set a code', async () => {
  window.localStorage.setItem(CLINIC_SETTING_KEY, JSON.stringify({ schemaVersion: 1, enabled: true, idleMinutes: 2, usualRespondent: 'staff' }));
  const user = userEvent.setup();
  renderWithScreening(<ClinicModePanel />);
  expect(await screen.findByText('Clinic tablet mode is on. Answers are cleared after 2 minutes without use.')).toBeInTheDocument();
  const section = screen.getByRole('region', { name: 'Set a staff code' });
  expect(within(section).getByText(/set up before staff codes/)).toBeInTheDocument();
  await user.type(screen.getByLabelText('New staff code'), CODE);
  await user.type(screen.getByLabelText('Type the staff code again'), CODE);
  await user.click(screen.getByRole('button', { name: 'Save the staff code and settings' }));
  await screen.findByLabelText('Staff code');
  const setting = loadClinicSetting();
  expect(setting).toMatchObject({ enabled: true, idleMinutes: 2, usualRespondent: 'staff' });
  expect(await staffCodeOpens(CODE, setting.lock!)).toBe(true);
});

test('on a clinic tablet the intro starts with who usually holds it, offers no saving, and asks the browser to remember nothing', async () => {
  await openIntroOnClinicTablet({ enabled: true, idleMinutes: 1, usualRespondent: 'staff' });
  expect(screen.getByRole('radio', { name: 'Clinic staff' })).toBeChecked();
  expect(screen.queryByRole('checkbox', { name: 'Keep my answers on this device' })).not.toBeInTheDocument();
  expect(screen.getByText(/This is a clinic tablet\. Answers are never kept on it: they are cleared after 1 minute without use/)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Patient’s name' })).toHaveAttribute('autocomplete', 'off');
  const born = within(screen.getByRole('group', { name: 'Patient’s date of birth' }));
  for (const part of ['Day', 'Month', 'Year']) expect(born.getByRole('textbox', { name: part })).toHaveAttribute('autocomplete', 'off');
  expect(screen.getByRole('textbox', { name: 'Patient’s name' }).closest('form')).toHaveAttribute('autocomplete', 'off');
});

test('at home the name and date of birth keep their autofill hints', async () => {
  renderWithScreening(<QuestionnaireFlow />);
  await screen.findByRole('heading', { level: 1, name: 'Before you start' });
  expect(screen.getByRole('textbox', { name: 'Patient’s name' })).toHaveAttribute('autocomplete', 'name');
  const born = within(screen.getByRole('group', { name: 'Patient’s date of birth' }));
  for (const part of ['day', 'month', 'year']) {
    expect(born.getByRole('textbox', { name: part[0].toUpperCase() + part.slice(1) })).toHaveAttribute('autocomplete', `bday-${part}`);
  }
});

test('a patient on a clinic tablet cannot turn saving on either', async () => {
  await openIntroOnClinicTablet({ enabled: true, idleMinutes: 3, usualRespondent: 'patient' });
  expect(screen.getByRole('radio', { name: 'I am the patient' })).toBeChecked();
  expect(screen.queryByRole('checkbox', { name: 'Keep my answers on this device' })).not.toBeInTheDocument();
});

function IdleDialogHarness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? <IdleWarningDialog secondsLeft={30} onStillHere={() => setOpen(false)} /> : null}
    </>
  );
}

// Escape (the browser's cancel event on a modal dialog, which jsdom does not send) is checked in e2e/clinicMode.spec.ts.
test('the idle warning: an announced modal alert dialog with no axe violations; "I\'m still here" gives focus back', async () => {
  const user = userEvent.setup();
  const { container } = renderWithScreening(<IdleDialogHarness />);
  const opener = screen.getByRole('button', { name: 'Open' });
  await user.click(opener);
  const dialog = screen.getByRole('alertdialog', { name: 'Are you still there?' });
  expect(dialog).toHaveAttribute('aria-modal', 'true');
  expect(dialog).toHaveAccessibleDescription('To keep answers private, this tablet clears everything when no one has used it for a while. Clearing in 30 seconds');
  expect(screen.getByRole('button', { name: 'I’m still here' })).toHaveFocus();
  expect(await axe(container)).toHaveNoViolations();
  await user.click(screen.getByRole('button', { name: 'I’m still here' }));
  expect(dialog).not.toBeInTheDocument();
  expect(opener).toHaveFocus();
});
