/** Patient wording in two voices (lib/questionnaire Wording): the patient's own, and a caregiver's or staff's. */
import type { Wording } from '@/lib/questionnaire';

export const voiced = (self: string, other: string): Wording => ({ self, other });
