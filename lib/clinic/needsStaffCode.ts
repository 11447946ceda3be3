/**
 * Whether a clinic tablet still needs a staff code. Apart from ./clinicSetting (which needs zod) so that the start
 * page can ask without loading it (issue 15).
 */
import type { ClinicSetting } from './clinicSetting';

/** Clinic mode is on but no staff code is set yet (a tablet set up by an earlier version): staff must set one. */
export function needsStaffCode(setting: ClinicSetting): boolean {
  return setting.enabled && setting.lock === null;
}
