/**
 * The English message catalogue of the patient side (docs/decisions/0013): every user-facing string of the parts
 * converted so far, by namespace. ICU message syntax (next-intl): {name} for a value, {count, plural, …} for
 * plurals. The questionnaire's own wording (questions, options, help, blank-answer errors) is not here: it is
 * typed data by locale in lib/questionnaire (questionsEs.ts).
 */
export const en = {
  site: {
    name: 'JAK Screener',
    nameSub: 'for eczema',
    title: 'JAK Screener for eczema',
    description: 'Get ready to talk with your dermatologist about JAK inhibitor treatment for eczema.',
    skipLink: 'Skip to content',
    footer: 'Your answers stay on this device. This tool does not give a diagnosis or a prescription. Your dermatologist decides with you.',
    clinicSetup: 'Clinic tablet setup',
    language: 'Language',
  },
  start: {
    heading: 'Get ready to talk about JAK inhibitors for eczema',
    lead: 'Answer short questions about your health and the eczema treatments you have tried (about 5 minutes), and get a summary to bring to your dermatologist.',
    atHome: 'Already answered at home?',
    atHomeText: 'Open the answers you saved, or a photo of the code the tool showed you.',
    aboutHeading: 'About this tool',
    aboutDrugs:
      'JAK inhibitors are medicines for eczema (atopic dermatitis): the pills upadacitinib (Rinvoq), abrocitinib (Cibinqo) and, outside the US, baricitinib (Olumiant), and the cream ruxolitinib (Opzelura). The summary lists what to talk about with your dermatologist and why. It does not give a diagnosis or a prescription, and it does not tell you whether a medicine is right for you.',
    aboutPrivacy:
      'Nothing you type is sent anywhere: no accounts, no ads, no tracking. On your own device, you choose whether to keep your answers, and you can clear them at any time. On a clinic tablet, answers are never kept.',
    aboutLink: 'How the tool works and where its facts come from',
    savedHeading: 'Your saved answers',
    savedText: 'Answers you saved on this device are ready. You can go on where you left off, or clear them.',
    start: 'Start',
    continue: 'Continue where you left off',
    keptHint: 'Your answers are kept in this tab until you close it, or on this device if you choose.',
  },
  flow: {
    waitingTitle: 'Questionnaire · JAK Screener for eczema',
    loading: 'Loading the questionnaire…',
    continue: 'Continue',
    back: 'Back',
    saveAndReview: 'Save and go back to review',
    backToReview: 'Back to review',
    stepTitle: 'Step {position} of {count}: {title}',
    progress: 'Progress',
    progressCount: 'Step {position} of {count}',
    done: '(done)',
    errorTitle: 'Error: {title}',
    errorPrefix: 'Error:',
    problemHeading: 'There is a problem',
    yourAge: '{respondent, select, patient {Your age} other {The patient’s age}}: <strong>{age} years</strong>, from the date of birth.',
    useAge: 'Use {age} (from the date of birth)',
    ageMismatch:
      'The date of birth ({date}) makes {respondent, select, patient {you} other {the patient}} {age}, not {typed}. Change the age, or go back and correct the date of birth.',
    notValid: '{question}: this answer is not valid.',
  },
  controls: {
    yes: 'Yes',
    no: 'No',
    unsure: 'Not sure',
    noToAll: 'No to all of these',
    noToAllNote: 'Answers No to each question not answered yet. You can still change any of them.',
    noToAllNothing: 'Every question here already has an answer. Nothing was changed.',
    noToAllDone: 'Answered No to {count, plural, one {# question} other {# questions}}. You can still change any of them.',
    wholeNumber: 'A whole number from {min} to {max}.',
    charactersLeft: '{left} of {max} characters left',
    charactersOver: '{over} characters too many',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    years: 'years',
    nights: 'nights',
  },
  intro: {
    heading: 'Before you start',
    who: 'Who is filling in this questionnaire?',
    patient: 'I am the patient',
    caregiver: 'A parent or caregiver',
    caregiverHint: 'answering for a child or another person',
    staff: 'Clinic staff',
    staffHint: 'filling it in with the patient',
    forSummary: 'For the printed summary (optional)',
    forSummaryHint: 'So the clinic can match the summary to the right person. Leave blank if you prefer.',
    name: 'Patient’s name',
    dateOfBirth: 'Patient’s date of birth',
    example: 'For example, {date}',
    clinicTablet: 'This is a clinic tablet. Answers are never kept on it: they are cleared after {minutes, plural, one {# minute} other {# minutes}} without use, and when you finish.',
    staffNotKept: 'When clinic staff fill it in, answers are never kept on this device.',
    keep: 'Keep my answers on this device',
    keepHint:
      'Saves your answers in this browser as you go, so you can come back later. Only use this on your own device. You can clear them at any time. Without it, your answers are kept only until you close this tab.',
    chooseWho: 'Choose who is filling in this questionnaire',
    nameTooLong: 'Use at most {max} characters for the name',
  },
  review: {
    heading: 'Review your answers',
    check: 'Check your answers before you see the summary. You can change any of them.',
    counts:
      '{unanswered, plural, =0 {No questions} one {# question} other {# questions}} not answered, {notSure, plural, =0 {no questions} one {# question} other {# questions}} marked “not sure”. That is fine: your dermatologist will go through them with you.',
    notAnswered: 'Not answered',
    notSure: 'Not sure',
    notGiven: 'Not given',
    detailsHeading: 'About this questionnaire',
    change: 'Change',
    changeDetails: 'who is filling it in, name and date of birth',
    changeStep: 'answers in {title}',
    filledInBy: 'Filled in by',
    name: 'Patient’s name',
    dateOfBirth: 'Patient’s date of birth',
    needed: 'Age and how bad the eczema is are needed for the summary. Use “Change” to answer them.',
    seeSummary: 'See summary',
    respondent: '{respondent, select, patient {The patient} caregiver {A parent or caregiver} other {Clinic staff, on the patient’s behalf}}',
  },
  clear: {
    button: 'Clear my answers',
    heading: 'Clear all answers?',
    text: 'This removes every answer from this page and from this device. It cannot be undone.',
    confirm: 'Yes, clear my answers',
    cancel: 'Cancel',
  },
};

/** The shape every language's catalogue must have: the same keys, each a string. */
type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type Messages = Catalogue<typeof en>;
