import { noticesModel } from '@/lib/summary/noticeAdapter';
import { URGENT_HELP_NOTICE, URGENT_HELP_SOURCES, WHAT_TO_EXPECT, WHAT_TO_EXPECT_SOURCES } from '@/lib/summary/patientNotices';

const { urgent, whatToExpect } = noticesModel();

test('the urgent-help notice has the two levels of contract v2, emergency first, then the same-day call', () => {
  expect(urgent.levels.map((l) => [l.level, l.heading])).toEqual([
    ['emergency', 'Call your emergency number now for'],
    ['sameDay', 'Call your doctor the same day for'],
  ]);
});

test.each([
  ['emergency', /chest pain/],
  ['emergency', /stroke/],
  ['emergency', /blood clot/],
  ['emergency', /allergic reaction/],
  ['sameDay', /infection/],
  ['sameDay', /shingles/],
  ['sameDay', /stomach pain/],
  ['sameDay', /how you see/],
  ['sameDay', /bruising or bleeding/],
] as const)('%s level lists %s', (level, sign) => {
  const shown = urgent.levels.find((l) => l.level === level)!;
  expect(shown.items.some((item) => sign.test(item))).toBe(true);
  const other = urgent.levels.find((l) => l.level !== level)!;
  expect(other.items.some((item) => sign.test(item))).toBe(false);
});

test('every item and heading of the data reaches the model, nothing added', () => {
  expect(urgent.levels.map(({ heading, items }) => ({ heading, items }))).toEqual(
    URGENT_HELP_NOTICE.groups.map(({ heading, items }) => ({ heading, items })),
  );
  expect([urgent.heading, urgent.intro, urgent.after]).toEqual([
    URGENT_HELP_NOTICE.heading,
    URGENT_HELP_NOTICE.intro,
    URGENT_HELP_NOTICE.after,
  ]);
  expect(whatToExpect.groups).toEqual(WHAT_TO_EXPECT);
});

test('"What to expect" says the lines contract v2 asks for', () => {
  const lines = whatToExpect.groups.flatMap((g) => g.items).join('\n');
  expect(lines).toMatch(/Do not stop or change a medicine you take now unless the doctor who prescribed it says so/);
  expect(lines).toMatch(/Live vaccines are given before, not during, treatment/);
  expect(lines).toMatch(/Skin checks .* Protect your skin from the sun/);
  expect(lines).toMatch(/upadacitinib.*grapefruit/);
});

test('both notices carry their label sources as "document, sections"', () => {
  expect(urgent.sources).toEqual(URGENT_HELP_SOURCES.map((s) => `${s.label}, ${s.section}`));
  expect(whatToExpect.sources).toEqual(WHAT_TO_EXPECT_SOURCES.map((s) => `${s.label}, ${s.section}`));
  for (const line of [...urgent.sources, ...whatToExpect.sources]) expect(line).toMatch(/(Prescribing Information|Package Leaflet), .*(§|Section|Boxed)/);
});
