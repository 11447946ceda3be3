/** On a clinic tablet no answer is written to the device's files unless staff unlock it with the staff code. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { WRONG_STAFF_CODE } from '@/components/clinic/StaffCodeForm';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { saveClinicSetting } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { lockWithStaffCode } from '@/lib/clinic/staffCode';
import { renderWithFlow } from '@/__tests__/support/renderWithScreening';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

const CODE = 'front-desk-7';
let clinic: ClinicSetting;
beforeAll(async () => {
  clinic = { enabled: true, idleMinutes: 3, usualRespondent: 'patient', lock: await lockWithStaffCode(CODE, 1_000) };
});

const DOWNLOADS = ['Save answers to a file', 'Download for your clinic (FHIR)'];

async function openReview(user: UserEvent) {
  const view = renderWithFlow(<LoadAnswerFile />);
  await user.upload(screen.getByLabelText('Load answers from a file'), new File([JSON.stringify(LOW_RISK_ADULT)], 'answers.json', { type: 'application/json' }));
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
  return view;
}

test('at home both downloads are offered', async () => {
  await openReview(userEvent.setup());
  for (const name of DOWNLOADS) expect(screen.getByRole('button', { name })).toBeInTheDocument();
});

test('on a clinic tablet neither download is offered (nor on the summary): the code and printing take their place', async () => {
  saveClinicSetting(clinic);
  const user = userEvent.setup();
  const { container } = await openReview(user);
  for (const name of DOWNLOADS) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  const handoff = screen.getByRole('region', { name: 'Hand your answers to the clinic' });
  expect(handoff).toHaveTextContent('On this clinic tablet, answers are not saved as files.');
  expect(within(handoff).getByRole('button', { name: 'Show a code for the clinic' })).toBeInTheDocument();
  expect(await axe(container)).toHaveNoViolations();
  await user.click(screen.getByRole('button', { name: 'See summary' }));
  await screen.findByRole('heading', { level: 1, name: 'Summary' });
  for (const name of DOWNLOADS) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
});

test('staff unlock files with the staff code; a wrong code is refused and unlocks nothing', async () => {
  saveClinicSetting(clinic);
  const user = userEvent.setup();
  await openReview(user);
  await user.click(screen.getByText('Clinic staff: save to a file'));
  await user.type(screen.getByLabelText('Staff code'), 'not-the-code');
  await user.click(screen.getByRole('button', { name: 'Unlock saving to a file' }));
  expect(await screen.findByText(WRONG_STAFF_CODE)).toBeInTheDocument();
  for (const name of DOWNLOADS) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();

  await user.type(screen.getByLabelText('Staff code'), CODE);
  await user.click(screen.getByRole('button', { name: 'Unlock saving to a file' }));
  for (const name of DOWNLOADS) expect(await screen.findByRole('button', { name })).toBeInTheDocument();
});
