/**
 * The form before the first step: who is filling in, the optional name and date of birth (printed on the
 * summary only), and the opt-in to keep answers on this device.
 */
import { z } from 'zod/mini';
import { RESPONDENTS } from '@/lib/questionnaire';
import type { Respondent } from '@/lib/questionnaire';
import { NAME_MAX_LENGTH } from '@/lib/answers';
import type { AnswersDocument, PatientIdentity } from '@/lib/answers';

export interface IntroFormValues {
  respondent: string | null;
  name: string;
  dateOfBirth: string;
  saving: boolean;
}

export interface IntroAnswers {
  respondent: Respondent;
  patient?: PatientIdentity;
  saving: boolean;
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
/** zod/mini has no z.preprocess; this is what classic's preprocess builds: a transform piped into the schema. */
const blankAsMissing = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankToUndefined), schema);

export const introFormSchema = z.object({
  respondent: z.enum(RESPONDENTS, { error: 'Choose who is filling in this questionnaire' }),
  name: blankAsMissing(z.optional(z.string().check(z.maxLength(NAME_MAX_LENGTH, { error: `Use at most ${NAME_MAX_LENGTH} characters for the name` })))),
  dateOfBirth: blankAsMissing(z.optional(z.iso.date({ error: 'Enter the date of birth as a real date' }))),
  saving: z.boolean(),
});

/** `preselected`: who usually fills it in on a clinic tablet; otherwise the person must choose. */
export function introFormValues(document: AnswersDocument, saving: boolean, started: boolean, preselected?: Respondent): IntroFormValues {
  return {
    respondent: started ? document.respondent : (preselected ?? null),
    name: document.patient?.name ?? '',
    dateOfBirth: document.patient?.dateOfBirth ?? '',
    saving,
  };
}

/** What the intro form's schema hands on (through zodResolver) once the values pass. */
export type IntroFormOutput = z.output<typeof introFormSchema>;

export function introAnswers(parsed: IntroFormOutput): IntroAnswers {
  const { respondent, name, dateOfBirth, saving } = parsed;
  return { respondent, saving, ...(name || dateOfBirth ? { patient: { ...(name ? { name } : {}), ...(dateOfBirth ? { dateOfBirth } : {}) } } : {}) };
}
