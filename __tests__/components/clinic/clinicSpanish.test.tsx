/** The clinic staff's screens in Spanish (/es/clinic, issue 14): headings, labels, buttons and messages by role. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { ClinicModePanel } from '@/components/clinic/ClinicModePanel';
import { FinishAndClearDialog } from '@/components/clinic/FinishAndClearDialog';
import { StaffFilesUnlock } from '@/components/clinic/DeviceFiles';
import { loadClinicSetting, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { lockWithStaffCode } from '@/lib/clinic/staffCode';
import type { StaffLock } from '@/lib/clinic/staffCode';
import { renderInLocale } from '@/__tests__/support/intl';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';

beforeEach(() => window.localStorage.clear());

const CODE = 'recepcion-7';
/** Few iterations: these tests read the words, staffCode.test.ts checks the cost. */
let LOCK: StaffLock;
beforeAll(async () => {
  LOCK = await lockWithStaffCode(CODE, 1_000);
});
const onWithCode = (): ClinicSetting => ({ enabled: true, idleMinutes: 1, usualRespondent: 'patient', lock: LOCK });

test('/es/clinic with clinic mode off: the form to turn it on, in Spanish, with Spanish errors and no axe violations', async () => {
  const user = userEvent.setup();
  const { container } = renderWithScreening(<ClinicModePanel />, 'es');
  expect(await screen.findByText('El modo de tableta de la clínica está desactivado.')).toHaveRole('status');
  const section = screen.getByRole('region', { name: 'Activar el modo de tableta de la clínica' });
  expect(within(section).getByRole('heading', { level: 3, name: 'Código del personal' })).toBeInTheDocument();
  expect(within(section).getByRole('textbox', { name: '¿Después de cuántos minutos sin uso se borra?' })).toHaveAccessibleDescription(
    'Un aviso aparece 30 segundos antes, con un botón para seguir. Por lo general, 3 minutos. Un número entero de 1 a 60.',
  );
  const who = within(section).getByRole('group', { name: '¿Quién suele llenarlo en esta tableta?' });
  expect(within(who).getByRole('radio', { name: /^Los pacientes/ })).toBeChecked();
  expect(within(who).getByRole('radio', { name: /^El personal de la clínica/ })).not.toBeChecked();

  await user.type(screen.getByLabelText('Nuevo código del personal'), '12345');
  await user.type(screen.getByLabelText('Escriba otra vez el código del personal'), '12346');
  await user.clear(within(section).getByRole('textbox', { name: /minutos sin uso/ }));
  await user.type(within(section).getByRole('textbox', { name: /minutos sin uso/ }), '61');
  await user.click(within(section).getByRole('button', { name: 'Activar el modo de tableta de la clínica' }));
  expect(screen.getByLabelText('Nuevo código del personal')).toHaveAccessibleDescription(/Error: Use al menos 6 caracteres/);
  expect(screen.getByLabelText('Escriba otra vez el código del personal')).toHaveAccessibleDescription(/Error: Los dos códigos no son iguales/);
  expect(within(section).getByRole('textbox', { name: /minutos sin uso/ })).toHaveAccessibleDescription(/Error: Use como máximo 60 minutos/);
  expect(loadClinicSetting().enabled).toBe(false);
  expect(await axe(container)).toHaveNoViolations();
});

test('/es/clinic on a locked tablet: the staff code in Spanish, a wrong code refused, the right one opens the settings', async () => {
  saveClinicSetting(onWithCode());
  const user = userEvent.setup();
  renderWithScreening(<ClinicModePanel />, 'es');
  expect(await screen.findByText('El modo de tableta de la clínica está activado. Las respuestas se borran después de 1 minuto sin uso.')).toHaveRole('status');
  const unlock = screen.getByRole('region', { name: 'Cambiar o desactivar' });
  await user.click(within(unlock).getByRole('button', { name: 'Desbloquear la configuración de la clínica' }));
  expect(screen.getByLabelText('Código del personal')).toHaveAccessibleDescription('Solo para el personal de la clínica. Error: Escriba el código del personal');

  await user.type(screen.getByLabelText('Código del personal'), 'recepcion-8');
  await user.click(screen.getByRole('button', { name: 'Desbloquear la configuración de la clínica' }));
  expect(await screen.findByText('Ese no es el código del personal. No se cambió nada.')).toBeInTheDocument();

  await user.type(screen.getByLabelText('Código del personal'), CODE);
  await user.click(screen.getByRole('button', { name: 'Desbloquear la configuración de la clínica' }));
  const settings = await screen.findByRole('region', { name: 'Configuración de la clínica' });
  expect(within(settings).getByRole('button', { name: 'Guardar la configuración de la clínica' })).toBeInTheDocument();
  expect(within(settings).getByRole('heading', { level: 3, name: 'Desactivar' })).toBeInTheDocument();
  expect(within(settings).getByRole('button', { name: 'Desactivar el modo de tableta de la clínica' })).toBeInTheDocument();
  await user.click(within(settings).getByRole('button', { name: 'Bloquear la configuración' }));
  expect(screen.getByRole('region', { name: 'Cambiar o desactivar' })).toBeInTheDocument();
});

test('"Finish and clear" in Spanish: an alert dialog with its Spanish heading and text, "Todavía no" focused', async () => {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  const user = userEvent.setup();
  renderInLocale(<FinishAndClearDialog onConfirm={onConfirm} onCancel={onCancel} />, 'es');
  const dialog = screen.getByRole('alertdialog', { name: '¿Borrar la tableta para el siguiente paciente?' });
  expect(dialog).toHaveAccessibleDescription(
    'Esto quita todas las respuestas, el nombre y la fecha de nacimiento. Imprima o muestre el resumen primero: no se puede recuperar.',
  );
  expect(within(dialog).getByRole('heading', { level: 2, name: '¿Borrar la tableta para el siguiente paciente?' })).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Todavía no' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Todavía no' }));
  expect(onCancel).toHaveBeenCalledTimes(1);
  await user.click(within(dialog).getByRole('button', { name: 'Sí, borrar para el siguiente paciente' }));
  expect(onConfirm).toHaveBeenCalledTimes(1);
});

test('saving files on a Spanish clinic tablet: the staff disclosure and its unlock button in Spanish', async () => {
  saveClinicSetting(onWithCode());
  const user = userEvent.setup();
  renderWithScreening(<StaffFilesUnlock />, 'es');
  await user.click(await screen.findByText('Personal de la clínica: guardar en un archivo'));
  expect(screen.getByLabelText('Código del personal')).toHaveAccessibleDescription(
    'Permite el archivo de respuestas y el archivo FHIR solo para este paciente. Quite el archivo de la tableta después de usarlo.',
  );
  expect(screen.getByRole('button', { name: 'Desbloquear para guardar en un archivo' })).toBeInTheDocument();
});
