/**
 * Fixed patient text on every summary, the same whatever the answers (SAFETY.md §1.3: no answer-triggered urgent
 * advice; one static notice instead), as data with its sources (rules.md "Beside the flags": written from the
 * labels' patient counselling and EU leaflets). Two levels, clearly apart: call the emergency number now, or call
 * the doctor the same day. Written for about an 8th-grade reading level. Never a verdict.
 */

export interface NoticeGroup {
  heading: string;
  items: readonly string[];
}

export interface NoticeSource {
  label: string;
  section: string;
}

/** The warning signs the labels name (boxed warning topics; §17 patient counselling; EU package leaflets §2 and §4). */
export const URGENT_HELP_NOTICE = {
  heading: 'When to get help right away',
  intro: 'This notice is the same on every summary. If you use a JAK inhibitor:',
  groups: [
    {
      heading: 'Call your emergency number now for',
      items: [
        'chest pain or pressure',
        'signs of a stroke: weakness on one side, a drooping face, slurred speech',
        'signs of a blood clot: a swollen, painful leg, sudden chest pain or trouble breathing',
        'a severe allergic reaction: swelling of the face, lips, tongue or throat, or trouble breathing',
      ],
    },
    {
      heading: 'Call your doctor the same day for',
      items: [
        'signs of infection: fever, cough, burning when you pee, or feeling very unwell',
        'a painful rash with blisters (shingles)',
        'bad stomach pain with fever or vomiting',
        'a sudden change in how you see (upadacitinib)',
        'unusual bruising or bleeding',
      ],
    },
  ] satisfies NoticeGroup[],
  after: 'If you are not sure, call. Keep this page with your medicines.',
} as const;

export const URGENT_HELP_SOURCES: readonly NoticeSource[] = [
  { label: 'Rinvoq (upadacitinib) US Prescribing Information', section: 'Boxed warning; §5.4–5.7; §17 Patient counseling' },
  { label: 'Cibinqo (abrocitinib) US Prescribing Information', section: 'Boxed warning; §17 Patient counseling' },
  { label: 'Opzelura (ruxolitinib) cream US Prescribing Information', section: 'Boxed warning; §5.1–5.6' },
  { label: 'Rinvoq (upadacitinib) EU/UK Package Leaflet', section: 'Sections 2 and 4 (sudden change in vision; stomach pain)' },
];

/**
 * What usually happens before and after starting, in general terms: the labels' tests before an oral JAK inhibitor
 * (upadacitinib and abrocitinib US §2.1; label-facts §9), their follow-up (lipids about 4–12 weeks after the start),
 * and the lines rules.md asks for: do not stop current medicines on your own, no live vaccines, skin checks and sun
 * protection (abrocitinib §5.3/§17, cream §5.3), no grapefruit with upadacitinib (label-facts §2).
 */
export const WHAT_TO_EXPECT: readonly NoticeGroup[] = [
  {
    heading: 'Before starting a JAK inhibitor pill',
    items: [
      'Tests first: a TB test, blood tests for hepatitis B and C, a blood count, cholesterol, and liver and kidney tests.',
      'A pregnancy test, if you could become pregnant.',
      'A check of your vaccines. Live vaccines are given before, not during, treatment.',
    ],
  },
  {
    heading: 'Along the way',
    items: [
      'Do not stop or change a medicine you take now unless the doctor who prescribed it says so.',
      'Some blood tests again in the first 1 to 3 months, then from time to time.',
      'Skin checks from time to time. Protect your skin from the sun.',
      'With upadacitinib (Rinvoq), do not eat grapefruit or drink grapefruit juice.',
    ],
  },
  {
    heading: 'Bring to your visit',
    items: ['This summary.', 'A list of all your medicines, vitamins and supplements.', 'Any test results or vaccine records you have.'],
  },
];

export const WHAT_TO_EXPECT_SOURCES: readonly NoticeSource[] = [
  { label: 'Rinvoq (upadacitinib) US Prescribing Information', section: '§2.1; §5 Vaccinations; §17 (avoid grapefruit)' },
  { label: 'Cibinqo (abrocitinib) US Prescribing Information', section: '§2.1; §5.3 and §17 (skin examinations, sun); §5.7 Immunizations' },
  { label: 'Opzelura (ruxolitinib) cream US Prescribing Information', section: '§5.3 Malignancy (skin cancer)' },
];
