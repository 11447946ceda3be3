/**
 * The fixed words of the clinician's part of the summary (headings, captions, column names, legend, short answers,
 * source abbreviations) in the clinic's language, which may differ from the patient's (issue 14, item 4: "two
 * readers, two languages"). The view model carries them, so the page and "Copy as text" read one set of words and
 * never the page's catalogue. English is the original; the Spanish is a terse translation for a dermatologist, kept
 * short so page 1 still fits one printed page (docs/i18n/glossary-es.md, "Clinician part").
 */
import type { Locale } from '@/lib/i18n/locales';
import type { Respondent, TriValue } from '@/lib/questionnaire/types';
import { TRI_LABELS } from '@/lib/questionnaire/formatAnswer';
import { RESPONDENT_LABELS } from '@/lib/questionnaire/respondents';
import type { Answers } from '@/lib/answers/types';
import type { Drug, Severity } from '@/rules';

type OutcomeId = NonNullable<NonNullable<Answers['treatmentOutcomes']>[keyof NonNullable<Answers['treatmentOutcomes']>]>;
type TopicalWeeksId = NonNullable<Answers['topicalWeeks']>;

/** A severity as printed: its words, its symbol (never colour alone, WCAG 1.4.1), its group heading, its short cell word. */
export interface SeverityWords {
  label: string;
  symbol: string;
  heading: string;
  short: string;
}

export interface ClinicianWords {
  /** Says which language the part is in, in that language (WCAG 3.1.2 with the part's lang). */
  thisPart: string;
  title: string;
  statement: string;
  notGiven: string;
  notAnswered: string;
  tri: Readonly<Record<TriValue, string>>;
  respondents: Readonly<Record<Respondent, string>>;
  snapshot: { age: string; severity: string; bodyArea: string; itch: string; sleep: string; itchValue: (v: unknown) => string; sleepValue: (v: unknown) => string };
  outcomes: Readonly<Record<OutcomeId, string>>;
  topicalWeeks: Readonly<Record<TopicalWeeksId, string>>;
  severities: Readonly<Record<Severity, SeverityWords>>;
  noFlag: { label: string; symbol: string; short: string };
  legend: string;
  /** A drug's name where it is not the same in this language (a brand or an INN never changes). */
  drugNames: Partial<Readonly<Record<Drug, string>>>;
  openStatus: { notAnswered: string; notSure: string };
  /** " (+2 more)" after a page-1 "because". */
  moreBecause: (count: number) => string;
  /** The lead of a flag's detail: the answers as given, or "not sure". */
  answersGiven: (answers: string) => string;
  answeredNotSure: (answers: string) => string;
  /** The title of a flag that rests only on "not sure", when the rule has no title of its own for it. */
  notSureTitle: (title: string) => string;
  page: {
    nameAsEntered: string;
    dobAsEntered: string;
    completedBy: string;
    prepared: string;
    versions: string;
    versionsText: (app: string, ruleset: string) => string;
    forTheClinician: string;
    snapshot: string;
    treatments: string;
    longestCream: (weeks: string) => string;
    treatment: string;
    now: string;
    result: string;
    noneReported: string;
    yes: string;
    moreOnPage2: (count: number) => string;
    scrollHint: string;
    flagsRegion: string;
    flagCaption: string;
    flag: string;
    because: string;
    source: string;
    highestPerDrug: string;
    noFlags: string;
    flagsBelow: (count: number) => string;
    unsureShort: string;
    baselineChecks: string;
    openItems: string;
    noOpenItems: string;
    patientWords: string;
    continuedOnPage2: string;
  };
  details: {
    heading: string;
    /** Read aloud after a source's link: the link opens a new tab (leading space included). */
    newTab: string;
    noFlags: string;
    unsure: string;
    perDrug: string;
    because: string;
    sourceAbbreviations: string;
    baselineChecks: string;
    noticeSources: (whatToExpect: string, urgent: string) => string;
    continued: string;
    moreTreatments: string;
    nowMark: string;
    patientsWords: (label: string) => string;
    allAnswers: string;
    allAnswersRegion: string;
    section: string;
    question: string;
    answer: string;
  };
  /** The printed running header on every page of the part. */
  frame: { dob: string; notGiven: string; noName: string; prepared: string; clinicianPart: string; detailsPart: string; patientPart: string };
  text: {
    header: (completedBy: string, preparedAt: string, app: string, ruleset: string) => string;
    snapshot: string;
    noTreatments: string;
    treatments: string;
    longestCream: string;
    perDrug: string;
    noFlags: string;
    flags: (count: number) => string;
    unsure: string;
    rule: string;
    perDrugLine: string;
    sources: string;
    baselineChecks: string;
    noOpenItems: string;
    patientsWords: (label: string) => string;
  };
}

const EN: ClinicianWords = {
  thisPart: 'This part is in English.',
  title: 'Pre-visit questionnaire: patient-reported information',
  statement: 'Prepared from self-reported answers, for discussion with a dermatologist. Not a diagnosis or a prescription.',
  notGiven: 'not given',
  notAnswered: 'not answered',
  tri: TRI_LABELS,
  respondents: RESPONDENT_LABELS,
  snapshot: {
    age: 'Age',
    severity: 'Severity (own view)',
    bodyArea: 'Body area',
    itch: 'Worst itch, 24 h',
    sleep: 'Nights of lost sleep, last 7',
    itchValue: (v) => `${v} / 10`,
    sleepValue: (v) => `${v} of 7`,
  },
  outcomes: { helped: 'Helped', notEnough: 'Not enough', sideEffects: 'Side effects', stoppedOther: 'Stopped, other reason', unsure: 'Not sure' },
  topicalWeeks: { under4: 'under 4 weeks', '4to8': '4 to 8 weeks', over8: 'over 8 weeks', unsure: 'not sure' },
  severities: {
    contraindication: { label: 'Label contraindication', symbol: '■', heading: 'Label contraindications', short: 'Contraind.' },
    warning: { label: 'Warning', symbol: '▲', heading: 'Warnings', short: 'Warning' },
    check: { label: 'Check first', symbol: '◆', heading: 'Check first', short: 'Check first' },
    discuss: { label: 'Discuss', symbol: '○', heading: 'Discuss', short: 'Discuss' },
  },
  noFlag: { label: 'No flag', symbol: '–', short: '' },
  legend: 'Key: ■ label contraindication · ▲ warning · ◆ check first · ○ discuss · – no flag.',
  drugNames: {},
  openStatus: { notAnswered: 'not answered', notSure: 'not sure' },
  moreBecause: (count) => ` (+${count} more)`,
  answersGiven: (answers) => `Answers given — ${answers}.`,
  answeredNotSure: (answers) => `Answered “not sure” (not confirmed) — ${answers}.`,
  notSureTitle: (title) => `Not sure: ${title}`,
  page: {
    nameAsEntered: 'Name (as entered)',
    dobAsEntered: 'Date of birth (as entered)',
    completedBy: 'Completed by',
    prepared: 'Prepared',
    versions: 'Versions',
    versionsText: (app, ruleset) => `app ${app}, ruleset ${ruleset}`,
    forTheClinician: 'For the clinician',
    snapshot: 'Snapshot',
    treatments: 'Eczema treatments',
    longestCream: (weeks) => ` · longest steady cream use: ${weeks}`,
    treatment: 'Treatment',
    now: 'Now',
    result: 'Result',
    noneReported: 'None reported',
    yes: 'Yes',
    moreOnPage2: (count) => `+${count} more, continued on page 2`,
    scrollHint: 'The table is wider than the screen: scroll it sideways to see every column.',
    flagsRegion: 'Flags per drug',
    flagCaption: 'Highest flag per drug, then every flag (a fixed drug order, not a ranking).',
    flag: 'Flag',
    because: 'Because (patient reports)',
    source: 'Source',
    highestPerDrug: 'Highest per drug',
    noFlags: 'No flags: no answer matched a rule.',
    flagsBelow: (count) => `${count} flags below`,
    unsureShort: ' ? unsure (a “not sure” answer)',
    baselineChecks: 'Baseline checks before an oral JAK inhibitor (in full, with label limits, in the details)',
    openItems: 'Not answered / not sure:',
    noOpenItems: 'None: every safety question shown was answered.',
    patientWords: 'In the patient’s words',
    continuedOnPage2: ' (continued on page 2)',
  },
  details: {
    heading: 'Clinician details',
    newTab: ' (opens in a new tab)',
    noFlags: 'No flags were raised by these answers.',
    unsure: ' ? unsure: rests on a “not sure” answer',
    perDrug: 'Per drug:',
    because: 'Because:',
    sourceAbbreviations: 'PI: Prescribing Information. SmPC: Summary of Product Characteristics.',
    baselineChecks: 'Baseline checks in full',
    noticeSources: (whatToExpect, urgent) =>
      `Sources of the patient page’s fixed notices. What happens before and after starting: ${whatToExpect}. Signs to call about (emergency now, or the doctor the same day): ${urgent}.`,
    continued: 'Continued from page 1',
    moreTreatments: 'More eczema treatments:',
    nowMark: ' (now)',
    patientsWords: (label) => `${label} (patient’s words):`,
    allAnswers: 'All answers',
    allAnswersRegion: 'Table of all answers',
    section: 'Section',
    question: 'Question',
    answer: 'Answer',
  },
  frame: { dob: 'DOB', notGiven: 'not given', noName: 'No name given', prepared: 'Prepared', clinicianPart: 'For the clinician', detailsPart: 'Clinician details', patientPart: 'For the patient' },
  text: {
    header: (completedBy, preparedAt, app, ruleset) => `Completed by ${completedBy}. Prepared ${preparedAt}. App ${app}, ruleset ${ruleset}.`,
    snapshot: 'Snapshot',
    noTreatments: 'Eczema treatments: none reported.',
    treatments: 'Eczema treatments (ever / now, result):',
    longestCream: 'Longest steady use of a prescription cream',
    perDrug: 'Highest flag per drug (not a ranking)',
    noFlags: 'Flags: none raised by these answers.',
    flags: (count) => `Flags (${count}):`,
    unsure: ' [UNSURE: based on a "not sure" answer]',
    rule: 'rule',
    perDrugLine: 'Per drug',
    sources: 'Sources',
    baselineChecks: 'Baseline checks to consider:',
    noOpenItems: 'Not answered / not sure: none.',
    patientsWords: (label) => `${label} (patient's words):`,
  },
};

const ES: ClinicianWords = {
  thisPart: 'Esta parte está en español.',
  title: 'Cuestionario previo a la consulta: datos referidos por el paciente',
  statement: 'Preparado con respuestas del paciente, para comentar con un dermatólogo. No es un diagnóstico ni una receta.',
  notGiven: 'no indicado',
  notAnswered: 'sin respuesta',
  tri: { yes: 'Sí', no: 'No', unsure: 'No sé' },
  respondents: { patient: 'el paciente', caregiver: 'un padre, madre o cuidador', staff: 'personal de la clínica, por el paciente' },
  snapshot: {
    age: 'Edad',
    severity: 'Gravedad (según el paciente)',
    bodyArea: 'Superficie',
    itch: 'Peor picazón, 24 h',
    sleep: 'Noches sin dormir bien, últimas 7',
    itchValue: (v) => `${v} / 10`,
    sleepValue: (v) => `${v} de 7`,
  },
  outcomes: { helped: 'Ayudó', notEnough: 'Insuficiente', sideEffects: 'Efectos secundarios', stoppedOther: 'Suspendido, otro motivo', unsure: 'No sé' },
  topicalWeeks: { under4: 'menos de 4 semanas', '4to8': '4 a 8 semanas', over8: 'más de 8 semanas', unsure: 'no sé' },
  severities: {
    contraindication: { label: 'Contraindicación de ficha', symbol: '■', heading: 'Contraindicaciones de ficha', short: 'Contraind.' },
    warning: { label: 'Advertencia', symbol: '▲', heading: 'Advertencias', short: 'Advert.' },
    check: { label: 'Comprobar antes', symbol: '◆', heading: 'Comprobar antes', short: 'Comprobar' },
    discuss: { label: 'Comentar', symbol: '○', heading: 'Comentar', short: 'Comentar' },
  },
  noFlag: { label: 'Sin alerta', symbol: '–', short: '' },
  legend: 'Clave: ■ contraindicación de ficha · ▲ advertencia · ◆ comprobar antes · ○ comentar · – sin alerta.',
  // As short as the English: it heads a narrow column of the page-1 table.
  drugNames: { ruxolitinibCream: 'Ruxolitinib crema' },
  openStatus: { notAnswered: 'sin respuesta', notSure: 'no sé' },
  moreBecause: (count) => ` (+${count} más)`,
  answersGiven: (answers) => `Respuestas — ${answers}.`,
  answeredNotSure: (answers) => `Respondió «no sé» (sin confirmar) — ${answers}.`,
  notSureTitle: (title) => `Sin certeza: ${title}`,
  page: {
    nameAsEntered: 'Nombre (sin verificar)',
    dobAsEntered: 'F. nac. (sin verificar)',
    completedBy: 'Completado por',
    prepared: 'Preparado',
    versions: 'Versiones',
    versionsText: (app, ruleset) => `app ${app}, reglas ${ruleset}`,
    forTheClinician: 'Para el médico',
    snapshot: 'Resumen',
    treatments: 'Tratamientos del eccema',
    longestCream: (weeks) => ` · crema sin pausa, máximo: ${weeks}`,
    treatment: 'Tratamiento',
    now: 'Ahora',
    result: 'Resultado',
    noneReported: 'Ninguno',
    yes: 'Sí',
    moreOnPage2: (count) => `+${count} más, sigue en la página 2`,
    scrollHint: 'La tabla es más ancha que la pantalla: deslícela de lado para ver todas las columnas.',
    flagsRegion: 'Alertas por fármaco',
    flagCaption: 'Alerta máxima por fármaco, luego cada alerta (orden fijo de fármacos, no un ranking).',
    flag: 'Alerta',
    because: 'Porque (según el paciente)',
    source: 'Fuente',
    highestPerDrug: 'Máxima por fármaco',
    noFlags: 'Sin alertas: ninguna respuesta coincidió con una regla.',
    flagsBelow: (count) => `${count} alertas abajo`,
    unsureShort: ' ? sin certeza (respuesta «no sé»)',
    baselineChecks: 'Controles basales antes de un inhibidor de JAK oral (completos y con límites de ficha en los detalles)',
    openItems: 'Sin respuesta / no sé:',
    noOpenItems: 'Ninguna: se respondió cada pregunta de seguridad mostrada.',
    patientWords: 'En palabras del paciente',
    continuedOnPage2: ' (sigue en la página 2)',
  },
  details: {
    heading: 'Detalles para el médico',
    newTab: ' (se abre en una pestaña nueva)',
    noFlags: 'Estas respuestas no generaron alertas.',
    unsure: ' ? sin certeza: se basa en una respuesta «no sé»',
    perDrug: 'Por fármaco:',
    because: 'Porque:',
    sourceAbbreviations: 'PI: Prescribing Information (ficha técnica de EE. UU.). SmPC: Summary of Product Characteristics (ficha técnica de la UE).',
    baselineChecks: 'Controles basales completos',
    noticeSources: (whatToExpect, urgent) =>
      `Fuentes de los avisos fijos de la parte del paciente. Qué pasa antes y después de iniciar: ${whatToExpect}. Señales para llamar (urgencias ya, o al médico el mismo día): ${urgent}.`,
    continued: 'Continuación de la página 1',
    moreTreatments: 'Más tratamientos del eccema:',
    nowMark: ' (ahora)',
    patientsWords: (label) => `${label} (palabras del paciente):`,
    allAnswers: 'Todas las respuestas',
    allAnswersRegion: 'Tabla de todas las respuestas',
    section: 'Sección',
    question: 'Pregunta',
    answer: 'Respuesta',
  },
  frame: { dob: 'F. nac.', notGiven: 'no indicada', noName: 'Sin nombre', prepared: 'Preparado', clinicianPart: 'Para el médico', detailsPart: 'Detalles para el médico', patientPart: 'Para el paciente' },
  text: {
    header: (completedBy, preparedAt, app, ruleset) => `Completado por ${completedBy}. Preparado ${preparedAt}. App ${app}, reglas ${ruleset}.`,
    snapshot: 'Resumen',
    noTreatments: 'Tratamientos del eccema: ninguno.',
    treatments: 'Tratamientos del eccema (alguna vez / ahora, resultado):',
    longestCream: 'Uso continuo más largo de una crema con receta',
    perDrug: 'Alerta máxima por fármaco (no es un ranking)',
    noFlags: 'Alertas: ninguna con estas respuestas.',
    flags: (count) => `Alertas (${count}):`,
    unsure: ' [SIN CERTEZA: se basa en una respuesta «no sé»]',
    rule: 'regla',
    perDrugLine: 'Por fármaco',
    sources: 'Fuentes',
    baselineChecks: 'Controles basales a considerar:',
    noOpenItems: 'Sin respuesta / no sé: ninguna.',
    patientsWords: (label) => `${label} (palabras del paciente):`,
  },
};

const WORDS: Readonly<Record<Locale, ClinicianWords>> = { en: EN, es: ES };

/** The clinician part's fixed words in a language. */
export function clinicianWords(locale: Locale): ClinicianWords {
  return WORDS[locale];
}

/** A severity (or "none") in a language: its words and symbol. */
export function severityIn(locale: Locale, severity: Severity | 'none'): { label: string; symbol: string; short: string } {
  const words = clinicianWords(locale);
  return severity === 'none' ? words.noFlag : words.severities[severity];
}
