/**
 * The questionnaire, as data: the eight steps of the questionnaire contract v2 (docs/contract/questions.md).
 * Question ids, types and option ids are a contract (rules, saved state, answer files, FHIR, vignettes):
 * keep them exactly. Wording is ours, written for about an 8th-grade reading level.
 */
import type { Condition, Option, Step, Wording } from './types';

/** The same words for every respondent. */
const same = (text: string): Wording => ({ self: text, other: text });

const ageAtLeast = (value: number): Condition => ({ op: 'atLeast', question: 'age', value });

/** Both treatment lists share these options (questions.md step 3). */
export const TREATMENT_OPTIONS = [
  { id: 'topicalSteroid', label: 'Steroid cream or ointment', hint: 'for example hydrocortisone, triamcinolone, clobetasol' },
  { id: 'topicalCalcineurin', label: 'Tacrolimus or pimecrolimus cream or ointment', hint: 'Protopic, Elidel' },
  { id: 'topicalPde4', label: 'Crisaborole or roflumilast cream', hint: 'Eucrisa, Zoryve' },
  { id: 'topicalOther', label: 'Another prescription cream', hint: 'for example tapinarof (Vtama)' },
  { id: 'phototherapy', label: 'Light therapy (phototherapy)' },
  { id: 'oralSteroid', label: 'Steroid pills or shots', hint: 'for example prednisone' },
  { id: 'cyclosporine', label: 'Cyclosporine pills' },
  { id: 'methotrexate', label: 'Methotrexate' },
  { id: 'azathioprine', label: 'Azathioprine' },
  { id: 'mycophenolate', label: 'Mycophenolate', hint: 'CellCept' },
  { id: 'dupilumab', label: 'Dupilumab shots', hint: 'Dupixent' },
  { id: 'tralokinumab', label: 'Tralokinumab shots', hint: 'Adbry, Adtralza' },
  { id: 'lebrikizumab', label: 'Lebrikizumab shots', hint: 'Ebglyss' },
  { id: 'nemolizumab', label: 'Nemolizumab shots', hint: 'Nemluvio' },
  { id: 'upadacitinib', label: 'Upadacitinib pills', hint: 'Rinvoq' },
  { id: 'abrocitinib', label: 'Abrocitinib pills', hint: 'Cibinqo' },
  { id: 'ruxolitinibCream', label: 'Ruxolitinib cream', hint: 'Opzelura' },
  { id: 'baricitinib', label: 'Baricitinib pills', hint: 'Olumiant' },
  { id: 'otherJak', label: 'Another JAK inhibitor', hint: 'for example tofacitinib (Xeljanz)' },
  { id: 'none', label: 'None of these' },
] as const satisfies readonly Option[];

/** The JAK inhibitors among the treatment options (questions.md: they show the reaction question). */
export const JAK_TREATMENTS = ['upadacitinib', 'abrocitinib', 'ruxolitinibCream', 'baricitinib', 'otherJak'] as const;

/** The JAK inhibitors a reaction can be named for, plus "I don't know which" (questions.md `jakReactionDrugs`). */
export const JAK_REACTION_DRUG_OPTIONS = [
  { id: 'upadacitinib', label: 'Upadacitinib pills', hint: 'Rinvoq' },
  { id: 'abrocitinib', label: 'Abrocitinib pills', hint: 'Cibinqo' },
  { id: 'ruxolitinibCream', label: 'Ruxolitinib cream', hint: 'Opzelura' },
  { id: 'baricitinib', label: 'Baricitinib pills', hint: 'Olumiant' },
  { id: 'otherJak', label: 'Another JAK inhibitor', hint: 'for example tofacitinib (Xeljanz)' },
  { id: 'unsure', label: 'I don’t know which' },
] as const satisfies readonly Option[];

/** The treatments a prior-authorization form calls prescription topicals (questions.md step 3). */
export const PRESCRIPTION_TOPICAL_TREATMENTS = ['topicalSteroid', 'topicalCalcineurin', 'topicalPde4', 'topicalOther', 'ruxolitinibCream'] as const;

/** Every treatment option but `none`: the rows of `treatmentOutcomes`. */
const TREATMENT_ROWS = TREATMENT_OPTIONS.filter((o) => o.id !== 'none');
export const TREATMENT_IDS = TREATMENT_ROWS.map((o) => o.id);

/** Cancers listed in `cancerHistory` (everything but `none`): any of them shows `cancerActive`. */
export const CANCER_TYPES = ['nonMelanomaSkin', 'melanoma', 'lymphomaLeukemia', 'lung', 'other'] as const;

export const STEPS = [
  {
    id: 'about',
    title: { self: 'About you', other: 'About the patient' },
    groups: [
      {
        questions: ['pregnancyPossible', 'pregnant', 'planningPregnancy', 'breastfeeding', 'hormonalContraception'],
        legend: same('Pregnancy and hormones'),
      },
    ],
    questions: [
      {
        id: 'age',
        type: 'integer',
        min: 0,
        max: 120,
        unit: 'years',
        fromBirthDate: true,
        required: true,
        blankError: { self: 'Enter your age in years', other: 'Enter the patient’s age in years' },
        short: 'Age (years)',
        text: { self: 'How old are you?', other: 'How old is the patient?' },
      },
      {
        id: 'under40kg',
        type: 'tri',
        shownWhen: { op: 'all', conditions: [ageAtLeast(12), { op: 'below', question: 'age', value: 18 }] },
        short: 'Weighs under 40 kg (88 lb)',
        text: { self: 'Do you weigh less than 40 kg (88 pounds)?', other: 'Does the patient weigh less than 40 kg (88 pounds)?' },
        help: same('Some medicines have a lower weight limit for teens.'),
      },
      {
        id: 'pregnancyPossible',
        type: 'tri',
        shownWhen: ageAtLeast(10),
        short: 'Could become pregnant',
        text: { self: 'Could you become pregnant?', other: 'Could the patient become pregnant?' },
        help: {
          self: 'Answer yes if your body could carry a pregnancy, even if you are not trying.',
          other: 'Answer yes if the patient’s body could carry a pregnancy, even if they are not trying.',
        },
      },
      {
        id: 'pregnant',
        type: 'tri',
        shownWhen: { op: 'all', conditions: [ageAtLeast(10), { op: 'notEquals', question: 'pregnancyPossible', value: 'no' }] },
        short: 'Pregnant now',
        text: { self: 'Are you pregnant now?', other: 'Is the patient pregnant now?' },
      },
      {
        id: 'planningPregnancy',
        type: 'tri',
        shownWhen: { op: 'all', conditions: [ageAtLeast(10), { op: 'notEquals', question: 'pregnancyPossible', value: 'no' }] },
        short: 'Planning a pregnancy in the next 12 months',
        text: {
          self: 'Are you planning a pregnancy in the next 12 months?',
          other: 'Is the patient planning a pregnancy in the next 12 months?',
        },
      },
      {
        id: 'breastfeeding',
        type: 'tri',
        shownWhen: ageAtLeast(10),
        short: 'Breastfeeding or chestfeeding now',
        text: { self: 'Are you breastfeeding or chestfeeding now?', other: 'Is the patient breastfeeding or chestfeeding now?' },
      },
      {
        id: 'hormonalContraception',
        type: 'tri',
        shownWhen: ageAtLeast(10),
        short: 'Uses estrogen birth control or HRT',
        text: {
          self: 'Do you use birth control with estrogen (the pill, patch or ring) or hormone replacement therapy (HRT)?',
          other: 'Does the patient use birth control with estrogen (the pill, patch or ring) or hormone replacement therapy (HRT)?',
        },
        help: same('HRT is hormone medicine some people take around menopause.'),
      },
    ],
  },
  {
    id: 'eczema',
    title: { self: 'Your eczema', other: 'The patient’s eczema' },
    questions: [
      {
        id: 'severity',
        type: 'choice',
        required: true,
        blankError: { self: 'Choose how bad your eczema is on a typical day', other: 'Choose how bad the patient’s eczema is on a typical day' },
        short: 'Eczema on a typical day',
        text: {
          self: 'Lately, how bad is your eczema on a typical day?',
          other: 'Lately, how bad is the patient’s eczema on a typical day?',
        },
        options: [
          { id: 'mild', label: 'Mild', hint: 'small patches, a little itchy' },
          { id: 'moderate', label: 'Moderate', hint: 'larger areas, itchy most days' },
          { id: 'severe', label: 'Severe', hint: 'large areas, very itchy, hard to control' },
        ],
      },
      {
        id: 'bodyArea',
        type: 'choice',
        short: 'Share of skin affected',
        text: { self: 'How much of your skin has eczema?', other: 'How much of the patient’s skin has eczema?' },
        help: {
          self: 'The palm of one hand is about 1% of your skin.',
          other: 'The palm of the patient’s hand is about 1% of their skin.',
        },
        options: [
          { id: 'under10', label: 'Less than 10%', hint: 'fewer than 10 palms' },
          { id: '10to20', label: '10% to 20%', hint: '10 to 20 palms' },
          { id: 'over20', label: 'More than 20%', hint: 'more than 20 palms' },
          { id: 'unsure', label: 'Not sure' },
        ],
      },
      {
        id: 'itchWorst24h',
        type: 'integer',
        min: 0,
        max: 10,
        scale: { minLabel: 'No itch', maxLabel: 'Worst itch you can imagine' },
        short: 'Worst itch, last 24 hours (0–10)',
        text: {
          self: 'How bad was your worst itch in the last 24 hours?',
          other: 'How bad was the patient’s worst itch in the last 24 hours?',
        },
      },
      {
        id: 'sleepNightsLost',
        type: 'integer',
        min: 0,
        max: 7,
        unit: 'nights',
        short: 'Nights of broken sleep, last week (0–7)',
        text: {
          self: 'In the last 7 nights, how many nights did itch wake you or keep you awake?',
          other: 'In the last 7 nights, how many nights did itch wake the patient or keep them awake?',
        },
      },
    ],
  },
  {
    id: 'treatments',
    title: same('Treatments'),
    // One small table per treatment ticked: "using now" and "how did it go" together, no second list of 20.
    perItemTable: { rowsFrom: 'treatmentsTried', tick: 'treatmentsCurrent', tickLabel: same('Using it now'), choice: 'treatmentOutcomes' },
    questions: [
      {
        id: 'treatmentsTried',
        type: 'multi',
        short: 'Ever used for eczema',
        text: { self: 'Which of these have you ever used for eczema?', other: 'Which of these has the patient ever used for eczema?' },
        help: same('Choose all that apply.'),
        options: TREATMENT_OPTIONS,
      },
      {
        id: 'treatmentsCurrent',
        type: 'multi',
        short: 'Using now',
        text: { self: 'Which of these are you using now?', other: 'Which of these is the patient using now?' },
        help: same('Choose all that apply.'),
        options: TREATMENT_OPTIONS,
      },
      {
        id: 'treatmentOutcomes',
        type: 'map',
        keysFrom: 'treatmentsTried',
        keys: TREATMENT_ROWS,
        shownWhen: { op: 'hasAny', question: 'treatmentsTried', values: TREATMENT_IDS },
        short: 'How each treatment went',
        text: { self: 'How did each treatment go?', other: 'How did each treatment go for the patient?' },
        help: same('Insurance forms often ask for this.'),
        options: [
          { id: 'helped', label: 'Helped' },
          { id: 'notEnough', label: 'Did not help enough' },
          { id: 'sideEffects', label: 'Stopped: side effects' },
          { id: 'stoppedOther', label: 'Stopped: other reason', hint: 'cost, insurance or hassle' },
          { id: 'unsure', label: 'Not sure' },
        ],
      },
      {
        id: 'topicalWeeks',
        type: 'choice',
        shownWhen: { op: 'hasAny', question: 'treatmentsTried', values: PRESCRIPTION_TOPICAL_TREATMENTS },
        short: 'Longest use of a prescription cream (weeks)',
        text: {
          self: 'What is the longest time you used a prescription cream or ointment on most days?',
          other: 'What is the longest time the patient used a prescription cream or ointment on most days?',
        },
        options: [
          { id: 'under4', label: 'Less than 4 weeks' },
          { id: '4to8', label: '4 to 8 weeks' },
          { id: 'over8', label: 'More than 8 weeks' },
          { id: 'unsure', label: 'Not sure' },
        ],
      },
      {
        id: 'jakReaction',
        type: 'tri',
        shownWhen: { op: 'hasAny', question: 'treatmentsTried', values: JAK_TREATMENTS },
        short: 'Allergic reaction to a JAK inhibitor',
        text: {
          self: 'Did you ever have an allergic reaction to a JAK inhibitor?',
          other: 'Did the patient ever have an allergic reaction to a JAK inhibitor?',
        },
        help: same('JAK inhibitors include Rinvoq, Cibinqo, Opzelura, Olumiant and Xeljanz. An allergic reaction can mean a rash, hives, swelling of the face or throat, or trouble breathing.'),
      },
      {
        id: 'jakReactionDrugs',
        type: 'multi',
        shownWhen: { op: 'oneOf', question: 'jakReaction', values: ['yes', 'unsure'] },
        short: 'JAK inhibitor(s) the reaction was to',
        text: { self: 'Which JAK inhibitor was the reaction to?', other: 'Which JAK inhibitor was the patient’s reaction to?' },
        help: same('Choose all that apply.'),
        options: JAK_REACTION_DRUG_OPTIONS,
      },
      {
        id: 'jakReactionType',
        type: 'choice',
        shownWhen: { op: 'oneOf', question: 'jakReaction', values: ['yes', 'unsure'] },
        short: 'Kind of reaction',
        text: { self: 'What kind of reaction was it?', other: 'What kind of reaction did the patient have?' },
        options: [
          { id: 'skinWhereApplied', label: 'A rash or itch only where the cream was put on' },
          { id: 'wholeBody', label: 'A reaction of the whole body', hint: 'hives, swelling of the face, lips or throat, trouble breathing, or a rash all over' },
          { id: 'unsure', label: 'Not sure' },
        ],
      },
    ],
  },
  {
    id: 'infections',
    title: same('Infections and vaccines'),
    groups: [
      {
        questions: ['infectionNow', 'infectionsFrequent', 'tbHistory', 'tbExposure', 'hepatitisB', 'hepatitisC', 'hiv', 'weakImmuneSystem', 'shinglesHistory', 'coldSoresFrequent'],
        legend: same('Infections'),
      },
      { questions: ['shinglesVaccine', 'liveVaccinePlanned', 'chickenpoxImmune', 'fungalAreas'], legend: same('Vaccines and travel') },
    ],
    questions: [
      {
        id: 'infectionNow',
        type: 'tri',
        short: 'Infection or fever now (treated or not)',
        text: {
          self: 'Do you have an infection or a fever right now, treated or not?',
          other: 'Does the patient have an infection or a fever right now, treated or not?',
        },
        help: same('Count eczema that looks infected, weeps or crusts, boils, and spreading cold sores.'),
      },
      {
        id: 'infectionsFrequent',
        type: 'tri',
        short: 'Frequent infections or hospital stay for one',
        text: {
          self: 'Do you get infections often, or have you been in the hospital for an infection?',
          other: 'Does the patient get infections often, or have they been in the hospital for an infection?',
        },
      },
      {
        id: 'tbHistory',
        type: 'tri',
        short: 'TB or a positive TB test',
        text: {
          self: 'Have you ever had tuberculosis (TB) or a positive TB test?',
          other: 'Has the patient ever had tuberculosis (TB) or a positive TB test?',
        },
        help: same('TB is a germ that most often harms the lungs. It can hide in the body for years.'),
      },
      {
        id: 'tbExposure',
        type: 'tri',
        short: 'TB contact, or lived in or visited a TB area',
        text: {
          self: 'Have you been close to someone with TB, or lived in or traveled to a place where TB is common?',
          other: 'Has the patient been close to someone with TB, or lived in or traveled to a place where TB is common?',
        },
      },
      {
        id: 'hepatitisB',
        type: 'tri',
        short: 'Hepatitis B ever',
        text: { self: 'Have you ever had hepatitis B?', other: 'Has the patient ever had hepatitis B?' },
      },
      {
        id: 'hepatitisC',
        type: 'tri',
        short: 'Hepatitis C ever',
        text: { self: 'Have you ever had hepatitis C?', other: 'Has the patient ever had hepatitis C?' },
      },
      {
        id: 'hiv',
        type: 'tri',
        short: 'HIV',
        text: { self: 'Do you have HIV?', other: 'Does the patient have HIV?' },
      },
      {
        id: 'weakImmuneSystem',
        type: 'tri',
        short: 'Other weak immune system',
        text: {
          self: 'Do you have another illness or treatment that weakens your immune system?',
          other: 'Does the patient have another illness or treatment that weakens their immune system?',
        },
        help: same('For example cancer treatment (chemotherapy) or an organ transplant.'),
      },
      {
        id: 'shinglesHistory',
        type: 'tri',
        short: 'Shingles ever',
        text: { self: 'Have you ever had shingles?', other: 'Has the patient ever had shingles?' },
        help: same('A painful rash with blisters on one side of the body.'),
      },
      {
        id: 'coldSoresFrequent',
        type: 'tri',
        short: 'Frequent cold sores or eczema herpeticum',
        text: {
          self: 'Do you get cold sores often, or have you ever had eczema herpeticum?',
          other: 'Does the patient get cold sores often, or have they ever had eczema herpeticum?',
        },
        help: same('Eczema herpeticum is a spreading herpes infection of eczema skin, with many small painful sores.'),
      },
      {
        id: 'shinglesVaccine',
        type: 'tri',
        shownWhen: ageAtLeast(18),
        short: 'Has had the shingles vaccine (Shingrix)',
        text: { self: 'Have you had the shingles vaccine (Shingrix)?', other: 'Has the patient had the shingles vaccine (Shingrix)?' },
      },
      {
        id: 'liveVaccinePlanned',
        type: 'tri',
        short: 'Live vaccine in the last or next 3 months',
        text: {
          self: 'In the last 3 months, have you had a live vaccine, or do you plan to get one in the next 3 months?',
          other: 'In the last 3 months, has the patient had a live vaccine, or do they plan to get one in the next 3 months?',
        },
        help: same('Live vaccines include MMR (measles, mumps, rubella), chickenpox, yellow fever and the nose-spray flu vaccine.'),
      },
      {
        id: 'chickenpoxImmune',
        type: 'tri',
        short: 'Had chickenpox or 2 doses of its vaccine',
        text: {
          self: 'Have you had chickenpox, or two doses of the chickenpox vaccine?',
          other: 'Has the patient had chickenpox, or two doses of the chickenpox vaccine?',
        },
      },
      {
        id: 'fungalAreas',
        type: 'tri',
        short: 'Lived in or visited a fungal-infection area',
        text: {
          self: 'Have you lived in or traveled to a place where some fungal lung infections are common?',
          other: 'Has the patient lived in or traveled to a place where some fungal lung infections are common?',
        },
        help: same('For example the Ohio and Mississippi River valleys, the US Southwest, or parts of Central and South America.'),
      },
    ],
  },
  {
    id: 'heart',
    title: same('Heart, blood clots and smoking'),
    groups: [{ questions: ['heartAttackOrStroke', 'bloodClot', 'clottingDisorder'], legend: same('Heart and blood clots') }],
    questions: [
      {
        id: 'smoking',
        type: 'choice',
        short: 'Tobacco smoking',
        text: { self: 'Do you smoke tobacco?', other: 'Does the patient smoke tobacco?' },
        options: [
          { id: 'never', label: 'Never smoked' },
          { id: 'former', label: 'Used to smoke' },
          { id: 'current', label: 'Smoke now' },
        ],
      },
      {
        id: 'heartAttackOrStroke',
        type: 'tri',
        short: 'Heart attack, stroke, TIA or blocked arteries',
        text: {
          self: 'Have you ever had a heart attack, stroke, mini-stroke (TIA) or blocked arteries?',
          other: 'Has the patient ever had a heart attack, stroke, mini-stroke (TIA) or blocked arteries?',
        },
      },
      {
        id: 'bloodClot',
        type: 'tri',
        short: 'Blood clot in leg (DVT) or lung (PE)',
        text: {
          self: 'Have you ever had a blood clot in a leg (DVT) or in a lung (PE)?',
          other: 'Has the patient ever had a blood clot in a leg (DVT) or in a lung (PE)?',
        },
      },
      {
        id: 'clottingDisorder',
        type: 'tri',
        short: 'Condition that makes blood clot too easily',
        text: {
          self: 'Do you have a condition that makes your blood clot too easily?',
          other: 'Does the patient have a condition that makes their blood clot too easily?',
        },
        help: same('For example factor V Leiden, which runs in families.'),
      },
      {
        id: 'heartRiskFactors',
        type: 'multi',
        short: 'Heart risk factors',
        text: { self: 'Do any of these apply to you?', other: 'Do any of these apply to the patient?' },
        help: same('Choose all that apply.'),
        options: [
          { id: 'highBloodPressure', label: 'High blood pressure' },
          { id: 'highCholesterol', label: 'High cholesterol' },
          { id: 'diabetes', label: 'Diabetes' },
          {
            id: 'familyHeartDisease',
            label: 'A parent, brother or sister had heart disease young',
            hint: 'a man before 55 or a woman before 65',
          },
          { id: 'obesity', label: 'Obesity (a lot of extra body weight)' },
          { id: 'none', label: 'None of these' },
        ],
      },
    ],
  },
  {
    id: 'health',
    title: same('Cancer and other health'),
    groups: [{ questions: ['gutPerforation', 'lowBloodCounts'], legend: same('Bowel and blood') }],
    questions: [
      {
        id: 'cancerHistory',
        type: 'multi',
        short: 'Cancer ever',
        text: { self: 'Have you ever had any of these cancers?', other: 'Has the patient ever had any of these cancers?' },
        help: same('Choose all that apply.'),
        options: [
          { id: 'nonMelanomaSkin', label: 'Skin cancer that is not melanoma', hint: 'basal cell or squamous cell' },
          { id: 'melanoma', label: 'Melanoma' },
          { id: 'lymphomaLeukemia', label: 'Lymphoma or leukemia (blood cancer)' },
          { id: 'lung', label: 'Lung cancer' },
          { id: 'other', label: 'Another cancer' },
          { id: 'none', label: 'None of these' },
        ],
      },
      {
        id: 'cancerActive',
        type: 'tri',
        shownWhen: { op: 'hasAny', question: 'cancerHistory', values: CANCER_TYPES },
        short: 'Cancer now or treated in last 5 years',
        text: {
          self: 'Do you have cancer now, or was it treated in the last 5 years?',
          other: 'Does the patient have cancer now, or was it treated in the last 5 years?',
        },
      },
      {
        id: 'liverDisease',
        type: 'choice',
        short: 'Liver disease',
        text: { self: 'Do you have liver disease?', other: 'Does the patient have liver disease?' },
        options: [
          { id: 'none', label: 'No' },
          { id: 'mild', label: 'Yes, mild', hint: 'for example fatty liver' },
          { id: 'severe', label: 'Yes, severe', hint: 'cirrhosis (scarred liver) or liver failure' },
          { id: 'unsure', label: 'Not sure' },
        ],
      },
      {
        id: 'kidneyDisease',
        type: 'choice',
        short: 'Kidney disease',
        text: { self: 'Has a doctor told you that you have kidney disease?', other: 'Has a doctor told the patient they have kidney disease?' },
        help: { self: 'Choose the words your doctor used.', other: 'Choose the words the patient’s doctor used.' },
        options: [
          { id: 'none', label: 'No' },
          { id: 'mild', label: 'Yes, mild' },
          { id: 'moderate', label: 'Yes, moderate' },
          { id: 'severe', label: 'Yes, severe' },
          { id: 'dialysis', label: 'On dialysis' },
          { id: 'unsure', label: 'Not sure' },
        ],
      },
      {
        id: 'gutPerforation',
        type: 'tri',
        short: 'Diverticulitis or a tear in stomach or bowel',
        text: {
          self: 'Have you had diverticulitis, or ever had a tear or hole in your stomach or bowel?',
          other: 'Has the patient had diverticulitis, or ever had a tear or hole in the stomach or bowel?',
        },
        help: same('Diverticulitis is swollen or infected pouches in the bowel wall.'),
      },
      {
        id: 'lowBloodCounts',
        type: 'tri',
        short: 'Low blood counts in the last year',
        text: {
          self: 'In the last year, were you told you have low white blood cells, low platelets or anemia (low red blood cells)?',
          other: 'In the last year, was the patient told they have low white blood cells, low platelets or anemia (low red blood cells)?',
        },
      },
    ],
  },
  {
    id: 'medicines',
    title: same('Medicines'),
    questions: [
      {
        id: 'medicines',
        type: 'multi',
        short: 'Medicines now or soon',
        text: {
          self: 'Do you take any of these medicines now, or will you soon?',
          other: 'Does the patient take any of these medicines now, or will they soon?',
        },
        help: same('Choose all that apply.'),
        options: [
          {
            id: 'antiplatelet',
            label: 'A blood thinner for platelets (not aspirin)',
            hint: 'clopidogrel (Plavix), prasugrel (Effient), ticagrelor (Brilinta), ticlopidine, dipyridamole, cilostazol, vorapaxar',
          },
          { id: 'aspirinLowDose', label: 'Aspirin, 81 mg a day or less', hint: 'low-dose or “baby” aspirin' },
          { id: 'aspirinOver81', label: 'Aspirin, more than 81 mg a day', hint: 'for example 100 mg or 325 mg' },
          {
            id: 'anticoagulant',
            label: 'Another blood thinner',
            hint: 'warfarin (Coumadin), apixaban (Eliquis), rivaroxaban (Xarelto), edoxaban, dabigatran (Pradaxa), heparin shots',
          },
          {
            id: 'cyp3a4Inhibitor',
            label: 'Some antifungal, antibiotic or HIV medicines',
            hint: 'ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin, ritonavir (also in Paxlovid), cobicistat',
          },
          { id: 'cyp3a4Inducer', label: 'Rifampin, carbamazepine, phenytoin or St John’s wort' },
          { id: 'cyp2c19Inhibitor', label: 'Fluvoxamine or fluoxetine', hint: 'Luvox, Prozac' },
          { id: 'fluconazole', label: 'Fluconazole', hint: 'Diflucan, an antifungal' },
          { id: 'probenecid', label: 'Probenecid', hint: 'a gout medicine' },
          { id: 'nsaidRegular', label: 'Ibuprofen or naproxen most days', hint: 'Advil, Motrin, Aleve' },
          { id: 'steroidRegular', label: 'Prednisone or a similar steroid most days' },
          {
            id: 'immunosuppressant',
            label: 'Cyclosporine, methotrexate, azathioprine, mycophenolate or tacrolimus pills',
          },
          {
            id: 'biologic',
            label: 'A biologic shot or infusion, for any condition',
            hint: 'a biologic is a medicine made from living cells, for example Dupixent, Humira, Stelara',
          },
          { id: 'none', label: 'None of these' },
        ],
      },
      {
        id: 'medicinesOther',
        type: 'text',
        maxLength: 500,
        short: 'Other medicines and supplements',
        text: {
          self: 'What other medicines, vitamins or supplements do you take?',
          other: 'What other medicines, vitamins or supplements does the patient take?',
        },
        help: { self: 'Optional. Write the names if you know them.', other: 'Optional. Write the names if known.' },
      },
    ],
  },
  {
    id: 'goals',
    title: { self: 'Your goals and questions', other: 'Goals and questions' },
    questions: [
      {
        id: 'moodAffected',
        type: 'tri',
        short: 'Eczema affects mood or daily life a lot',
        text: {
          self: 'Does your eczema affect your mood (worry, feeling low) or your daily life a lot?',
          other: 'Does the eczema affect the patient’s mood (worry, feeling low) or daily life a lot?',
        },
      },
      {
        id: 'preferences',
        type: 'multi',
        short: 'What matters most',
        text: { self: 'What matters most to you in a treatment?', other: 'What matters most to the patient in a treatment?' },
        help: same('Choose all that apply.'),
        options: [
          { id: 'fastItchRelief', label: 'Fast relief from itch' },
          { id: 'noInjections', label: 'No shots' },
          { id: 'noDailyPill', label: 'No pill every day' },
          { id: 'preferCream', label: 'A cream rather than a pill or shot' },
          { id: 'costConcern', label: 'Cost' },
          { id: 'fewerBloodTests', label: 'Fewer blood tests' },
          { id: 'none', label: 'None of these' },
        ],
      },
      {
        id: 'questionsForDoctor',
        type: 'text',
        maxLength: 1000,
        short: 'Own questions for the doctor',
        text: {
          self: 'What questions do you want to ask your dermatologist?',
          other: 'What questions does the patient want to ask the dermatologist?',
        },
        help: { self: 'Optional. They will be printed on your summary.', other: 'Optional. They will be printed on the summary.' },
      },
    ],
  },
] as const satisfies readonly Step[];
