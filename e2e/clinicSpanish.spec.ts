/**
 * A Spanish-speaking clinic sets its tablet up at /es/clinic (issue 14): the page, its title and its messages are
 * in Spanish with lang="es", the footer of the Spanish start page leads there, the tablet is turned on and locked
 * with a staff code, and axe passes. English wording is checked by clinicMode.spec.ts and clinicLock.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { es } from '@/lib/i18n/messages/es';
import { expectNoViolations } from './expectNoViolations';

const CODE = 'recepcion-7';
// Two PBKDF2 runs of 600,000 iterations on a busy 2-core runner.
test.setTimeout(90_000);
test.use({ viewport: { width: 390, height: 844 } });

test('/es/clinic: set up in Spanish from the Spanish start page, then locked with the staff code', async ({ page }) => {
  await page.goto('/es');
  await page.getByRole('link', { name: es.site.clinicSetup }).click();
  await expect(page).toHaveURL(/\/es\/clinic$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(es.staff.setup.title);
  await expect(page.getByRole('heading', { level: 1, name: es.staff.setup.heading })).toBeVisible();
  await expect(page.getByText(es.staff.setup.off)).toBeVisible();

  const turnOn = page.getByRole('button', { name: es.staff.setup.turnOn });
  await turnOn.click();
  await expect(page.getByLabel(es.staff.form.newCode)).toHaveAccessibleDescription(/Use al menos 6 caracteres/);
  await expectNoViolations(page, '/es/clinic with errors');

  await page.getByLabel(es.staff.form.newCode).fill(CODE);
  await page.getByLabel(es.staff.form.repeatCode).fill(CODE);
  await turnOn.click();
  await expect(page.getByText('El modo de tableta de la clínica está activado. Las respuestas se borran después de 3 minutos sin uso.')).toBeVisible({ timeout: 30_000 });

  await page.getByLabel(es.staff.code.label, { exact: true }).fill('recepcion-8');
  await page.getByRole('button', { name: es.staff.setup.unlock }).click();
  await expect(page.getByText(es.staff.code.wrong)).toBeVisible({ timeout: 30_000 });
  await expectNoViolations(page, '/es/clinic locked');
  await page.screenshot({ path: test.info().outputPath('es-390-clinic.png'), fullPage: true });
});
