/** The clinic panel on the start page, the intro form on a clinic tablet, and the dialogs under axe. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { useState } from 'react';
import { ClinicModePanel } from '@/components/clinic/ClinicModePanel';
import { IdleWarningDialog } from '@/components/clinic/IdleWarningDialog';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';
import { StartActions } from '@/components/flow/StartActions';
import { CLINIC_SETTING_KEY, loadClinicSetting, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { SAVED_ANSWERS_KEY, saveAnswers } from '@/lib/storage/savedAnswers';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

beforeEach(() => window.localStorage.clear());

const clinicCheckbox = () => screen.getByRole('checkbox', { name: 'Use this device as a clinic tablet' });

/** The questionnaire's intro on a device already set up as a clinic tablet. */
async function openIntroOnClinicTablet(setting: ClinicSetting) {
  saveClinicSetting(setting);
  renderWithScreening(<QuestionnaireFlow />);
  await screen.findByRole('heading', { level: 1, name: 'Before you start' });
}

test('turning clinic mode on keeps only the setting, removes saved answers, and shows the settings', async () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' });
  const user = userEvent.setup();
  const { container } = renderWithScreening(
    <>
      <StartActions />
      <ClinicModePanel />
    </>,
  );
  expect(await screen.findByRole('link', { name: 'Continue where you left off' })).toBeInTheDocument();
  expect(await axe(container)).toHaveNoViolations();

  await user.click(clinicCheckbox());
  expect(clinicCheckbox()).toBeChecked();
  expect(clinicCheckbox()).toHaveFocus();
  expect(screen.getByText('Clinic tablet mode is on. Answers are cleared after 3 minutes without use.')).toHaveRole('status');
  expect(screen.getByRole('link', { name: 'Start' })).toBeInTheDocument();
  expect(Object.keys(window.localStorage)).toEqual([CLINIC_SETTING_KEY]);
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  // The settings form loads when clinic mode is turned on (it is not in the start page's first load).
  expect(await screen.findByRole('textbox', { name: 'Clear after how many minutes without use?' })).toHaveValue('3');
  expect(screen.getByRole('radio', { name: 'Patients' })).toBeChecked();
  expect(await axe(container)).toHaveNoViolations();
});

test('the idle time is checked before it is saved, then kept for the device', async () => {
  saveClinicSetting({ enabled: true, idleMinutes: 3, usualRespondent: 'patient' });
  const user = userEvent.setup();
  const { container } = renderWithScreening(<ClinicModePanel />);
  const minutes = await screen.findByRole('textbox', { name: 'Clear after how many minutes without use?' });
  await user.clear(minutes);
  await user.type(minutes, '0');
  await user.click(screen.getByRole('button', { name: 'Save clinic settings' }));
  expect(minutes).toHaveAccessibleDescription(/Error: Use at least 1 minute/);
  expect(minutes).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(container)).toHaveNoViolations();
  expect(loadClinicSetting().idleMinutes).toBe(3);

  await user.clear(minutes);
  await user.type(minutes, '5');
  await user.click(screen.getByRole('radio', { name: 'Clinic staff' }));
  await user.click(screen.getByRole('button', { name: 'Save clinic settings' }));
  expect(await screen.findByText('Clinic settings saved.')).toBeInTheDocument();
  expect(loadClinicSetting()).toEqual({ enabled: true, idleMinutes: 5, usualRespondent: 'staff' });
  expect(screen.getByText('Clinic tablet mode is on. Answers are cleared after 5 minutes without use.')).toBeInTheDocument();
});

test('turning clinic mode off removes its key: nothing of this app is left in storage', async () => {
  saveClinicSetting({ enabled: true, idleMinutes: 3, usualRespondent: 'patient' });
  const user = userEvent.setup();
  renderWithScreening(<ClinicModePanel />);
  await screen.findByRole('textbox', { name: 'Clear after how many minutes without use?' });
  await user.click(clinicCheckbox());
  expect(clinicCheckbox()).not.toBeChecked();
  expect(screen.queryByRole('textbox', { name: 'Clear after how many minutes without use?' })).not.toBeInTheDocument();
  expect(window.localStorage).toHaveLength(0);
});

test('on a clinic tablet the intro starts with who usually holds it, and offers no saving', async () => {
  await openIntroOnClinicTablet({ enabled: true, idleMinutes: 1, usualRespondent: 'staff' });
  expect(screen.getByRole('radio', { name: 'Clinic staff' })).toBeChecked();
  expect(screen.queryByRole('checkbox', { name: 'Keep my answers on this device' })).not.toBeInTheDocument();
  expect(screen.getByText(/This is a clinic tablet\. Answers are never kept on it: they are cleared after 1 minute without use/)).toBeInTheDocument();
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
