/**
 * The form before the first step: who is filling in, the optional name and date of birth (printed on the
 * summary only), and the opt-in to keep answers on this device.
 */
import { z } from 'zod/mini';
import { RESPONDENTS } from '@/lib/questionnaire';
import type { Respondent } from '@/lib/questionnaire';
import { NAME_MAX_LENGTH } from '@/lib/answers';
import type { AnswersDocument, PatientIdentity } from '@/lib/answers';
import { isoToParts, localToday, readBirthDate } from './birthDate';
import type { Locale } from '@/lib/i18n/locales';

/** The date of birth is typed in three boxes (day, month, year), each kept as typed. */
export interface IntroFormValues {
  respondent: string | null;
  name: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  saving: boolean;
}

/** The form field of each part of the date of birth (errors are reported on these paths). */
export const DOB_FIELDS = { day: 'dobDay', month: 'dobMonth', year: 'dobYear' } as const;

export interface IntroAnswers {
  respondent: Respondent;
  patient?: PatientIdentity;
  saving: boolean;
}

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
/** zod/mini has no z.preprocess; this is what classic's preprocess builds: a transform piped into the schema. */
const blankAsMissing = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankToUndefined), schema);

/**
 * The intro form's schema on a given day (`today()`, YYYY-MM-DD, read at each parse). The date of birth's
 * problem is reported on the path of the box that is wrong, the first one in day, month, year order; the
 * parsed output carries `dateOfBirth` (YYYY-MM-DD) or none.
 */
/** The intro form's own messages, in the page's language (English by default). */
export interface IntroFormWords {
  chooseWho: string;
  nameTooLong: (max: number) => string;
  /** The language of the date-of-birth messages (lib/flow/birthDate.ts). */
  locale: Locale;
}

const ENGLISH_WORDS: IntroFormWords = {
  chooseWho: 'Choose who is filling in this questionnaire',
  nameTooLong: (max) => `Use at most ${max} characters for the name`,
  locale: 'en',
};

export function makeIntroFormSchema(today: () => string = localToday, words: IntroFormWords = ENGLISH_WORDS) {
  const text = z.optional(z.string());
  return z.pipe(
    z
      .object({
        respondent: z.enum(RESPONDENTS, { error: words.chooseWho }),
        name: blankAsMissing(z.optional(z.string().check(z.maxLength(NAME_MAX_LENGTH, { error: words.nameTooLong(NAME_MAX_LENGTH) })))),
        dobDay: text,
        dobMonth: text,
        dobYear: text,
        saving: z.boolean(),
      })
      .check(
        z.superRefine((values, ctx) => {
          const reading = readBirthDate({ day: values.dobDay ?? '', month: values.dobMonth ?? '', year: values.dobYear ?? '' }, today(), words.locale);
          if (reading.ok) return;
          // One message, on the first wrong box; the others are marked wrong through DOB_ERROR_PARTS.
          const [first] = reading.problem.parts;
          ctx.addIssue({ code: 'custom', path: [DOB_FIELDS[first]], message: reading.problem.message, params: { parts: reading.problem.parts } });
        }),
      ),
    z.transform(({ dobDay, dobMonth, dobYear, ...rest }) => {
      const reading = readBirthDate({ day: dobDay ?? '', month: dobMonth ?? '', year: dobYear ?? '' }, today());
      return { ...rest, dateOfBirth: reading.ok ? reading.date : undefined };
    }),
  );
}

export const introFormSchema = makeIntroFormSchema();

/** `preselected`: who usually fills it in on a clinic tablet; otherwise the person must choose. */
export function introFormValues(document: AnswersDocument, saving: boolean, started: boolean, preselected?: Respondent): IntroFormValues {
  return {
    respondent: started ? document.respondent : (preselected ?? null),
    name: document.patient?.name ?? '',
    ...(() => {
      const { day, month, year } = isoToParts(document.patient?.dateOfBirth);
      return { dobDay: day, dobMonth: month, dobYear: year };
    })(),
    saving,
  };
}

/** What the intro form's schema hands on (through zodResolver) once the values pass. */
export type IntroFormOutput = z.output<typeof introFormSchema>;

export function introAnswers(parsed: IntroFormOutput): IntroAnswers {
  const { respondent, name, dateOfBirth, saving } = parsed;
  return { respondent, saving, ...(name || dateOfBirth ? { patient: { ...(name ? { name } : {}), ...(dateOfBirth ? { dateOfBirth } : {}) } } : {}) };
}
