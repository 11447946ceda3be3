/**
 * Fixed patient text on every summary, the same whatever the answers (SAFETY.md §1.3: no answer-triggered urgent
 * advice; one static notice instead). Written for about an 8th-grade reading level. Never a verdict.
 */

export interface NoticeGroup {
  heading: string;
  items: readonly string[];
}

/** Warning signs from seed article 004 (Health Union, "Janus Kinase (JAK) Inhibitors", reviewed June 2022). */
export const URGENT_HELP_NOTICE = {
  heading: 'When to get help right away',
  intro: 'This notice is the same on every summary. If you use a JAK inhibitor, get medical help right away if you have:',
  groups: [
    {
      heading: 'Signs of an infection',
      items: ['fever', 'muscle pain', 'cough', 'shortness of breath', 'diarrhea', 'feeling extremely tired', 'pain when you pee'],
    },
    {
      heading: 'Signs of a heart attack or stroke',
      items: [
        'chest pain or tightness',
        'pain in the chest, throat, neck or jaw',
        'shortness of breath',
        'cold sweats',
        'nausea or vomiting',
        'weakness on one side of the body',
        'slurred speech',
      ],
    },
    {
      heading: 'Signs of a blood clot',
      items: ['pain, swelling or tenderness in a leg', 'sudden chest or upper back pain', 'shortness of breath'],
    },
  ] satisfies NoticeGroup[],
  after: 'Also tell your doctor about unusual bruising or bleeding. In an emergency, call your local emergency number.',
} as const;

/**
 * What usually happens before and after starting, in general terms: the labels' tests before an oral JAK inhibitor
 * (upadacitinib and abrocitinib US §2.1; label-facts §9) and their follow-up (lipids about 4–12 weeks after the start,
 * blood count and liver tests from time to time; label-facts row 33).
 */
export const WHAT_TO_EXPECT: readonly NoticeGroup[] = [
  {
    heading: 'Before starting a JAK inhibitor pill',
    items: [
      'Tests first: a TB test, blood tests for hepatitis B and C, a blood count, cholesterol, and liver and kidney tests.',
      'A pregnancy test, if you could become pregnant.',
      'A check of your vaccines. You may be offered the shingles vaccine before you start.',
    ],
  },
  {
    heading: 'After starting',
    items: [
      'Some blood tests again, often in the first 1 to 3 months, and then from time to time.',
      'Follow-up visits to see how well the treatment works and how you feel.',
      'If you use ruxolitinib cream, ask how much to use and which tests, if any, you need.',
    ],
  },
  {
    heading: 'Bring to your visit',
    items: ['This summary.', 'A list of all your medicines, vitamins and supplements.', 'Any test results or vaccine records you have.'],
  },
];
