/**
 * @jest-environment node
 */
/**
 * Issue 10: response shapes from other FHIR tools and hostile inputs, each through the one shared reader
 * (readAnswersBytes) and through the real command line (spawned, one file per shape), with the exact outcome:
 * the answers read (and what was not used), or the refusal's path and words.
 */
import { questionById } from '@/lib/questionnaire';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { answersToQuestionnaireResponse, optionSystem, YES_NO_UNSURE_SYSTEM } from '@/lib/fhir';
import { encodeHandoff, readHandoff } from '@/lib/handoff';
import { listCompletedSentence, notUsedSentence, readAnswersBytes } from '@/lib/import';
import type { ImportResult } from '@/lib/import';
import { MAX_LISTED_PROBLEMS } from '@/lib/import/limits';
import { evaluate } from '@/rules';
import { LOW_RISK_ADULT } from '../../support/vignettes';
import { problemLines } from '@/lib/import/problemLines';
import { inEnglish } from '@/__tests__/support/inEnglish';

const TODAY = '2026-12-05';
const yes = { valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'yes' } };
const no = { valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'no' } };

type Response = QuestionnaireResponse & Record<string, unknown>;
/** The app's own response for the low-risk adult (age 30, HIV no), to edit into each shape. */
const base = (): Response => structuredClone(answersToQuestionnaireResponse(LOW_RISK_ADULT, { authored: '2026-11-23T09:30:00Z' })) as Response;
const groupOf = (r: Response, step: string) => r.item!.find((g) => g.linkId === `step-${step}`)!;
const withoutItem = (r: Response, step: string, linkId: string) => {
  const group = groupOf(r, step);
  group.item = group.item!.filter((i) => i.linkId !== linkId);
  return group;
};
const edited = (edit: (r: Response) => void) => {
  const r = base();
  edit(r);
  return r;
};
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const json = (value: unknown) => utf8(JSON.stringify(value));

/** The infections group index and the place of tbHistory in it, for expected paths. */
const INFECTIONS = base().item!.findIndex((g) => g.linkId === 'step-infections');
const TB = groupOf(base(), 'infections').item!.findIndex((i) => i.linkId === 'tbHistory');
const ABOUT = 0;

function deepGroups(levels: number): string {
  let text = `{"resourceType":"QuestionnaireResponse","questionnaire":"${base().questionnaire}","status":"completed","item":`;
  text += '[{"linkId":"step-about","item":'.repeat(levels) + '[]' + '}]'.repeat(levels) + '}';
  return text;
}

interface Read {
  answers?: Record<string, unknown>;
  notUsed?: string[];
  respondentStated?: boolean;
  dateNotes?: string[];
}
type Outcome = { read: Read } | { refused: string[] } | { refusedCount: number; first: string | RegExp };

const SHAPES: [string, Uint8Array, Outcome][] = [
  [
    '1a. a question nested under a question (item[].item): HIV = yes is read, not dropped',
    json(edited((r) => {
      const group = withoutItem(r, 'infections', 'hiv');
      group.item!.find((i) => i.linkId === 'tbHistory')!.item = [{ linkId: 'hiv', answer: [yes] }];
    })),
    { read: { answers: { hiv: 'yes', tbHistory: 'no' }, notUsed: [] } },
  ],
  [
    '1b. a question nested under an answer (answer[].item) is read',
    json(edited((r) => {
      const group = withoutItem(r, 'infections', 'hiv');
      group.item!.find((i) => i.linkId === 'tbHistory')!.answer = [{ ...no, item: [{ linkId: 'hiv', answer: [yes] }] }];
    })),
    { read: { answers: { hiv: 'yes' } } },
  ],
  [
    '2. a name written twice in one object is refused with its path',
    utf8(
      ((text) => {
        const at = text.indexOf('"code":"no"', text.indexOf('"linkId":"hiv"'));
        return `${text.slice(0, at)}"code":"yes",${text.slice(at)}`;
      })(JSON.stringify(base())),
    ),
    {
      refused: [
        `item[${INFECTIONS}].item[${groupOf(base(), 'infections').item!.findIndex((i) => i.linkId === 'hiv')}].answer[0].valueCoding.code: is written twice in the same place, so it is not clear which one is meant. Keep one of them and load the file again.`,
      ],
    },
  ],
  [
    '3. step groups nested 3,000 deep are refused with a message, not a stack overflow',
    utf8(deepGroups(3000)),
    { refused: ['This file has parts nested more than 64 levels deep (line 1), so it is not an answers file. Files from this tool go less than 10 levels deep.'] },
  ],
  ['4a. UTF-8 with a byte-order mark reads like UTF-8 without', new Uint8Array([0xef, 0xbb, 0xbf, ...json(base())]), { read: { answers: LOW_RISK_ADULT.answers } }],
  [
    '4b. UTF-16 is refused, naming the encoding',
    new Uint8Array(Buffer.from(`\ufeff${JSON.stringify(base())}`, 'utf16le')),
    { refused: ['This file is saved as UTF-16 (little-endian) text, which this tool does not read. Save it again as UTF-8 (most editors offer this under "Save as" or "Encoding") and load it again.'] },
  ],
  [
    '4c. Windows-1252 text is refused as not UTF-8',
    new Uint8Array([...utf8('{"schemaVersion":1,"respondent":"patient","answers":{"age":30,"severity":"mild","medicinesOther":"caf'), 0xe9, ...utf8('"}}')]),
    { refused: ['This file is not UTF-8 text (it may be saved as Windows-1252 or Latin-1). Save it again as UTF-8 (most editors offer this under "Save as" or "Encoding") and load it again.'] },
  ],
  [
    '5. no author (LHC-Forms): read, who answered not stated',
    json(edited((r) => {
      delete r.author;
      delete r.source;
    })),
    { read: { answers: LOW_RISK_ADULT.answers, respondentStated: false } },
  ],
  [
    '6a. pregnant = yes while could not become pregnant: not used, and said why',
    json(edited((r) => groupOf(r, 'about').item!.push({ linkId: 'pregnant', answer: [yes] }))),
    { read: { answers: LOW_RISK_ADULT.answers, notUsed: ['The answer "Pregnant now: Yes" was not used, because the answer to "Could become pregnant" is "No".'] } },
  ],
  [
    '6c. an outcome row for a treatment not ticked as tried: not used, and said why',
    json(edited((r) => {
      const outcomes = groupOf(r, 'treatments').item!.find((i) => i.linkId === 'treatmentOutcomes')!;
      outcomes.item!.push({ linkId: 'treatmentOutcomes.methotrexate', answer: [{ valueCoding: { system: optionSystem('treatmentOutcomes'), code: 'helped' } }] });
    })),
    { read: { answers: LOW_RISK_ADULT.answers, notUsed: ['The answer "How each treatment went: Methotrexate: Helped" was not used, because "Methotrexate" is not ticked under "Ever used for eczema".'] } },
  ],
  [
    '6b. a JAK reaction with no JAK inhibitor tried: not used, and said why',
    json(edited((r) => groupOf(r, 'treatments').item!.push({ linkId: 'jakReaction', answer: [yes] }))),
    {
      read: {
        notUsed: [
          'The answer "Allergic reaction to a JAK inhibitor: Yes" was not used, because this question is asked only when "Ever used for eczema" includes one of: Upadacitinib pills, Abrocitinib pills, Ruxolitinib cream, Baricitinib pills, Another JAK inhibitor; the answer there is "Steroid cream or ointment; Tacrolimus or pimecrolimus cream or ointment; Dupilumab shots".',
        ],
      },
    },
  ],
  [
    '9a. a birth date of "1980" is read as partial, and the age mismatch is shown',
    json(answersToQuestionnaireResponse({ ...LOW_RISK_ADULT, patient: { dateOfBirth: '1980' } }, { authored: '2026-11-23T09:30:00Z' })),
    {
      read: {
        dateNotes: [
          'The date of birth gives only the year (1980). It is kept as it is.',
          'The date of birth (1980) makes the age 45 or 46, but the answer to "Age" is 30. Check which is right before the summary is used.',
        ],
      },
    },
  ],
  [
    '9b. a birth date in the future is refused',
    json(answersToQuestionnaireResponse({ ...LOW_RISK_ADULT, patient: { dateOfBirth: '2030-01-01' } }, { authored: '2026-11-23T09:30:00Z' })),
    { refused: ['contained[0].birthDate: 2030-01-01 is in the future. Correct the date of birth and load the file again.'] },
  ],
  [
    '9c. a birth date that matches the age gives no note',
    json(answersToQuestionnaireResponse({ ...LOW_RISK_ADULT, patient: { dateOfBirth: '1996-01-15' } }, { authored: '2026-11-23T09:30:00Z' })),
    { read: { dateNotes: [] } },
  ],
  [
    'a coded answer without a code is refused by path and linkId',
    json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM } }]))),
    { refused: [`item[${INFECTIONS}].item[${TB}].answer[0] (linkId tbHistory) (TB or a positive TB test): valueCoding has no code, so the answer is unknown`] },
  ],
  [
    'a coded answer without a system is refused',
    json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [{ valueCoding: { code: 'yes' } }]))),
    { refused: [`item[${INFECTIONS}].item[${TB}].answer[0] (linkId tbHistory) (TB or a positive TB test): valueCoding.system must be ${YES_NO_UNSURE_SYSTEM}`] },
  ],
  [
    'valueBoolean on a yes/no/not sure question is refused',
    json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [{ valueBoolean: true }]))),
    { refused: [`item[${INFECTIONS}].item[${TB}].answer[0] (linkId tbHistory) (TB or a positive TB test): must be given as valueCoding, not valueBoolean`] },
  ],
  [
    'an age as a decimal is refused',
    json(edited((r) => (groupOf(r, 'about').item![0].answer = [{ valueDecimal: 45.5 }]))),
    { refused: [`item[${ABOUT}].item[0].answer[0] (linkId age) (Age (years)): must be given as valueInteger, not valueDecimal`] },
  ],
  [
    'an age as a quantity is refused',
    json(edited((r) => (groupOf(r, 'about').item![0].answer = [{ valueQuantity: { value: 45, unit: 'a' } }]))),
    { refused: [`item[${ABOUT}].item[0].answer[0] (linkId age) (Age (years)): must be given as valueInteger, not valueQuantity`] },
  ],
  [
    'an age of 11.99999999999999999 in an answers file is refused, not rounded to 12',
    utf8(JSON.stringify(LOW_RISK_ADULT).replace('"age":30', '"age":11.99999999999999999')),
    { refused: ['answers.age: the number 11.99999999999999999 is not a whole number, but it is too close to one to be read exactly. Write the number that is meant and load the file again.'] },
  ],
  [
    'a valueInteger of 17.99999999999999999 is refused, not rounded to 18',
    utf8(JSON.stringify(base()).replace('"valueInteger":30', '"valueInteger":17.99999999999999999')),
    { refused: [`item[${ABOUT}].item[0].answer[0].valueInteger: the number 17.99999999999999999 is not a whole number, but it is too close to one to be read exactly. Write the number that is meant and load the file again.`] },
  ],
  [
    'an age of 1e400 is refused as too large, quoted as written',
    utf8(JSON.stringify(LOW_RISK_ADULT).replace('"age":30', '"age":1e400')),
    { refused: ['answers.age: the number 1e400 is too large to be read exactly. Write the number that is meant and load the file again.'] },
  ],
  ['an age of 30.5 in an answers file is still refused', utf8(JSON.stringify(LOW_RISK_ADULT).replace('"age":30', '"age":30.5')), { refused: ['answers.age (Age (years)): must be a whole number from 0 to 120'] }],
  ['an age written 4.5e1 in an answers file reads as 45', utf8(JSON.stringify(LOW_RISK_ADULT).replace('"age":30', '"age":4.5e1')), { read: { answers: { age: 45 } } }],
  [
    'a coded answer whose code is a number: the code must be text',
    json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 5 as unknown as string } }]))),
    { refused: [`item[${INFECTIONS}].item[${TB}].answer[0] (linkId tbHistory) (TB or a positive TB test): valueCoding.code must be text (such as "yes"), not a number (5)`] },
  ],
  ['an empty object: one plain sentence, not three "is required"', utf8('{}'), { refused: ['This file is not an answers file: it has none of schemaVersion, respondent, answers. Choose the answers file saved from this tool, or the file for your clinic (FHIR).'] }],
  [
    'a Bundle holding the response: refused, with how to take the response out',
    json({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: base() }] }),
    { refused: ['resourceType: this file is a FHIR Bundle, and this tool reads a QuestionnaireResponse on its own. Take the QuestionnaireResponse out of the Bundle (it is the "resource" of one of its entries), save it as its own file and load that.'] },
  ],
  [
    'a version-1 answers file with version-2 questions and options: each refused by path, not migrated',
    json({ schemaVersion: 1, respondent: 'patient', answers: { age: 30, severity: 'mild', chickenpoxImmune: 'yes', medicines: ['cyp2c19Inhibitor', 'fluconazole', 'aspirinOver81'] } }),
    {
      refused: [
        'answers.chickenpoxImmune (Had chickenpox or 2 doses of its vaccine): is a question of version 2, but the file says version 1: correct the version, or remove the answer',
        'answers.medicines.1 (Medicines now or soon): "fluconazole" is a choice of version 2, but the file says version 1: correct the version, or remove the answer',
        'answers.medicines.2 (Medicines now or soon): "aspirinOver81" is a choice of version 2, but the file says version 1: correct the version, or remove the answer',
      ],
    },
  ],
  ['a version-1 answers file with version-1 answers only is read', json({ schemaVersion: 1, respondent: 'patient', answers: { age: 30, severity: 'mild', medicines: ['cyp2c19Inhibitor'] } }), { read: { answers: { medicines: ['cyp2c19Inhibitor', 'fluconazole'] } } }],
  [
    'a response to version 1 with version-2 questions: each refused by path and linkId',
    json(edited((r) => (r.questionnaire = r.questionnaire!.replace(/\|2$/, '|1')))),
    {
      refused: (
        [
          ['treatments', 'treatmentOutcomes'],
          ['treatments', 'topicalWeeks'],
          ['infections', 'chickenpoxImmune'],
          ['infections', 'fungalAreas'],
        ] as const
      ).map(([step, linkId]) => {
        const group = base().item!.findIndex((g) => g.linkId === `step-${step}`);
        const item = groupOf(base(), step).item!.findIndex((i) => i.linkId === linkId);
        return `item[${group}].item[${item}] (linkId ${linkId}) (${questionById(linkId)!.short}): is a question of version 2, but the file says version 1: correct the version, or remove the answer`;
      }),
    },
  ],
  [
    'an answers file with the date of birth 1950-02-30 is refused',
    json({ ...LOW_RISK_ADULT, patient: { dateOfBirth: '1950-02-30' } }),
    { refused: ['patient.dateOfBirth: 1950-02-30 is not a date on the calendar. Correct the date of birth and load the file again.'] },
  ],
  [
    'an answers file with month 13 in the date of birth is refused',
    json({ ...LOW_RISK_ADULT, patient: { dateOfBirth: '1950-13-01' } }),
    { refused: ['patient.dateOfBirth: must be a date written as YYYY-MM-DD (or YYYY-MM, or YYYY)'] },
  ],
  [
    'a response with the birth date 1950-02-30 is refused',
    json(answersToQuestionnaireResponse({ ...LOW_RISK_ADULT, patient: { dateOfBirth: '1950-02-30' } }, { authored: '2026-11-23T09:30:00Z' })),
    { refused: ['contained[0].birthDate: 1950-02-30 is not a date on the calendar. Correct the date of birth and load the file again.'] },
  ],
  [
    'a coding whose display is another option (code no, display Yes) is refused',
    json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'no', display: 'Yes' } }]))),
    { refused: [`item[${INFECTIONS}].item[${TB}].answer[0] (linkId tbHistory) (TB or a positive TB test): the code says "no" but the text shown says "Yes": correct the file so they agree, and load it again`] },
  ],
  ['a coding whose display matches its code is read', json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'no', display: 'no' } }]))), { read: { answers: { tbHistory: 'no' } } }],
  ['a coding with a display in other words is read', json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'no', display: 'Nein' } }]))), { read: { answers: { tbHistory: 'no' } } }],
  ['an age written 45.0 reads as 45', utf8(JSON.stringify(base()).replace('"valueInteger":30', '"valueInteger":45.0')), { read: { answers: { age: 45 } } }],
  ['status amended is read', json(edited((r) => (r.status = 'amended'))), { read: { answers: LOW_RISK_ADULT.answers } }],
  ...(['in-progress', 'stopped', 'entered-in-error'] as const).map(
    (status): [string, Uint8Array, Outcome] => [
      `status ${status} is refused`,
      json(edited((r) => (r.status = status))),
      { refused: [`status: must be "completed" or "amended", not "${status}": this tool takes finished answers only`] },
    ],
  ),
  [
    'a canonical without a version is refused',
    json(edited((r) => (r.questionnaire = 'https://jak-screener.example/fhir/Questionnaire/jak-screener'))),
    { refused: ['questionnaire: names no version; this tool reads version 1 or 2 (https://jak-screener.example/fhir/Questionnaire/jak-screener|2)'] },
  ],
  [
    'another version is refused',
    json(edited((r) => (r.questionnaire = 'https://jak-screener.example/fhir/Questionnaire/jak-screener|9'))),
    { refused: ['questionnaire: version "9" is not supported: this tool reads version 1 or 2 only'] },
  ],
  [
    'a repeated linkId with a conflicting answer is refused',
    json(edited((r) => groupOf(r, 'infections').item!.push({ linkId: 'tbHistory', answer: [yes] }))),
    {
      refused: [
        `item[${INFECTIONS}].item[${groupOf(base(), 'infections').item!.length}] (linkId tbHistory) (TB or a positive TB test): answers the same question as item[${INFECTIONS}].item[${TB}] with a different answer. Keep the one that is right.`,
      ],
    },
  ],
  ['a repeated linkId with the same answer is read once', json(edited((r) => groupOf(r, 'infections').item!.push({ linkId: 'tbHistory', answer: [no] }))), { read: { answers: LOW_RISK_ADULT.answers } }],
  [
    'two answers on a one-answer item are refused',
    json(edited((r) => (groupOf(r, 'infections').item![TB].answer = [no, yes]))),
    { refused: [`item[${INFECTIONS}].item[${TB}] (linkId tbHistory) (TB or a positive TB test): takes one answer, but the file gives 2. Keep the one that is right.`] },
  ],
  ['an empty answer list reads as unanswered', json(edited((r) => (groupOf(r, 'infections').item![TB].answer = []))), { read: { answers: { ...LOW_RISK_ADULT.answers, tbHistory: undefined } } }],
  [
    'an unknown linkId is refused by name',
    json(edited((r) => groupOf(r, 'infections').item!.push({ linkId: 'shoeSize', answer: [{ valueInteger: 42 }] }))),
    {
      refused: [
        `item[${INFECTIONS}].item[${groupOf(base(), 'infections').item!.length}] (linkId shoeSize): is not a question in this questionnaire. Remove it, or check that the file was made for the JAK Screener.`,
      ],
    },
  ],
  [
    'a modifierExtension inside an item is refused',
    json(edited((r) => ((groupOf(r, 'infections').item![TB] as unknown as Record<string, unknown>).modifierExtension = [{ url: 'https://x.example/negated', valueBoolean: true }]))),
    { refused: [`item[${INFECTIONS}].item[${TB}].modifierExtension: holds a modifier extension, which changes what the answers mean in a way this tool does not understand. The file cannot be read safely.`] },
  ],
  [
    'an element an item does not have is refused',
    json(edited((r) => ((groupOf(r, 'infections').item![TB] as unknown as Record<string, unknown>).answers = [yes]))),
    { refused: [`item[${INFECTIONS}].item[${TB}].answers: is not an element of an item that this tool reads. Remove it, or send the answers from a system that writes plain FHIR R4.`] },
  ],
  [
    'an answer to a group item is refused',
    json(edited((r) => (groupOf(r, 'infections').answer = [yes]))),
    { refused: [`item[${INFECTIONS}] (linkId step-infections): is a group of questions and cannot hold an answer itself. Put the answer under the question it belongs to.`] },
  ],
  [
    '13. a list instead of a document: plain words',
    json([LOW_RISK_ADULT]),
    { refused: ['This file is not an answers file: it holds a list, not a set of answers. Choose the answers file saved from this tool, or the file for your clinic (FHIR).'] },
  ],
  [
    'an answers document with a hidden answer: read, and the answer named as not used',
    json({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, pregnant: 'yes' } }),
    { read: { answers: LOW_RISK_ADULT.answers, notUsed: ['The answer "Pregnant now: Yes" was not used, because the answer to "Could become pregnant" is "No".'] } },
  ],
  [
    'items nested 12 deep (within the JSON limit) are refused at the item limit',
    utf8(deepGroups(12)),
    { refusedCount: 1, first: /^item(\[0\]\.item){10}: items are nested more than 10 levels deep/ },
  ],
  [
    '10a. 10,000 nested groups are refused with a message',
    utf8(deepGroups(10_000)),
    { refused: ['This file has parts nested more than 64 levels deep (line 1), so it is not an answers file. Files from this tool go less than 10 levels deep.'] },
  ],
  [
    '10b. a file over the size limit is refused before it is read',
    new Uint8Array(1_000_001).fill(0x20),
    { refused: ['This file is too large to be an answers file: 1,000,001 bytes, and the limit is 1,000,000 (1 MB). It was not read. Answers files from this tool are a few KB.'] },
  ],
  [
    '10c. 20,000 unknown elements: no more than a screenful of problems, the rest counted',
    json(edited((r) => Object.assign(groupOf(r, 'about'), Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`x${i}`, 1]))))),
    { refusedCount: MAX_LISTED_PROBLEMS, first: `item[${ABOUT}].x0: is not an element of an item that this tool reads. Remove it, or send the answers from a system that writes plain FHIR R4.` },
  ],
  [
    '10d. a 900 KB unknown element is quoted short',
    json({ ...base(), resourceType: 'x'.repeat(900_000) }),
    { refused: [`resourceType: must be "QuestionnaireResponse", not "${'x'.repeat(38)}…`] },
  ],
];

function expectOutcome(result: ImportResult, outcome: Outcome) {
  if ('read' in outcome) {
    if (!result.ok) throw new Error(`refused: ${problemLines(result.problems).join('\n')}`);
    const { answers, notUsed, respondentStated, dateNotes } = outcome.read;
    if (answers) expect(result.document.answers).toMatchObject(Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)));
    if (answers) for (const [k, v] of Object.entries(answers)) if (v === undefined) expect(result.document.answers).not.toHaveProperty(k);
    if (notUsed) expect(result.report.notUsed.map((n) => notUsedSentence(n))).toEqual(notUsed);
    expect(result.report.respondentStated).toBe(respondentStated ?? true);
    if (dateNotes) expect(problemLines(result.report.dateNotes)).toEqual(dateNotes);
  } else if ('refused' in outcome) {
    expect(inEnglish(result)).toEqual({ ok: false, problems: outcome.refused });
  } else {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = problemLines(result.problems);
    expect(lines).toHaveLength(outcome.refusedCount);
    expect(lines[0]).toMatch(outcome.first);
    if (outcome.refusedCount === MAX_LISTED_PROBLEMS) expect(lines.at(-1)).toMatch(/^and [\d,]+ more problems$/);
  }
}

describe('through the shared reader', () => {
  test.each(SHAPES)('%s', (_name, bytes, outcome) => {
    expectOutcome(readAnswersBytes(bytes, { today: TODAY }), outcome);
  });

  test('the nested HIV = yes is not an all-clear: it raises flags', () => {
    const result = readAnswersBytes(SHAPES[0][1], { today: TODAY });
    expect(result.ok && Object.values(evaluate(result.document).byDrug).some((s) => s !== 'none')).toBe(true);
  });

  test('no refusal, for any shape, lists more than a screenful of problems', () => {
    for (const [, bytes] of SHAPES) {
      const result = readAnswersBytes(bytes, { today: TODAY });
      if (!result.ok) expect(result.problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
      if (!result.ok) for (const p of problemLines(result.problems)) expect(p.length).toBeLessThanOrEqual(300);
    }
  });
});

/** What the command line prints for a document it read: the result, and a sentence for each answer not used. */
const printed = (read: ImportResult & { ok: true }) => ({
  ...evaluate(read.document),
  notUsed: read.report.notUsed.map((item) => notUsedSentence(item)),
  listsCompleted: read.report.listsCompleted.map((entry) => listCompletedSentence(entry)),
});
/** In --jsonl mode a message about the input speaks of the line. */
const ofLine = (problem: string) => problem.replace(/^This file/, 'This line');

describe('through the command line (spawned)', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const work = mkdtempSync(path.join(tmpdir(), 'import-shapes-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  // Shapes whose outcome depends on the day (dates) are left to the reader's table above.
  const timeless = SHAPES.filter(([name]) => !name.startsWith('9'));
  const screen = (args: string[], input?: string) =>
    spawnSync('npx', ['tsx', 'scripts/screen.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });

  test('every text shape, one a line (--jsonl): the same result or the same refusal as the shared reader', () => {
    const lines = timeless.filter(([name]) => !name.startsWith('4') && !name.startsWith('10b'));
    const run = screen(['--jsonl'], lines.map(([, bytes]) => Buffer.from(bytes).toString('utf8')).join('\n') + '\n');
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(lines.length);
    lines.forEach(([name, bytes], index) => {
      const expected = readAnswersBytes(bytes);
      expect({ name, line: out[index] }).toEqual({ name, line: expected.ok ? printed(expected) : { error: problemLines(expected.problems).map(ofLine) } });
    });
  }, 180_000);

  test.each(SHAPES.filter(([name]) => name.startsWith('4') || name.startsWith('10b') || name.startsWith('1a')))('as a file: %s', (name, bytes) => {
    const file = path.join(work, 'shape.json');
    writeFileSync(file, bytes);
    const run = screen([file]);
    const expected = readAnswersBytes(bytes);
    if (expected.ok) {
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(printed(expected));
    } else {
      expect({ status: run.status, stderr: run.stderr.trimEnd().split('\n'), stdout: run.stdout }).toEqual({ status: 2, stderr: problemLines(expected.problems), stdout: '' });
    }
  }, 120_000);

  const LIMIT = '1,000,000 bytes (1 MB)';
  const file = (name: string, content: string | Uint8Array) => {
    const at = path.join(work, name);
    writeFileSync(at, content);
    return at;
  };
  const hidden = JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, pregnant: 'yes' } });
  const PREGNANT_NOT_USED = 'The answer "Pregnant now: Yes" was not used, because the answer to "Could become pregnant" is "No".';
  const CLI: [string, () => { args: string[]; input?: string }, { status: number; stdout?: (out: string) => void; stderr: string[] | RegExp }][] = [
    [
      'a file with a hidden answer: read, the answer named in "notUsed" on stdout and on stderr',
      () => ({ args: [file('hidden.json', hidden)] }),
      { status: 0, stdout: (out) => expect(JSON.parse(out).notUsed).toEqual([PREGNANT_NOT_USED]), stderr: [PREGNANT_NOT_USED] },
    ],
    [
      '--jsonl: each result carries its own "notUsed" list',
      () => ({ args: ['--jsonl'], input: `${hidden}\n${JSON.stringify(LOW_RISK_ADULT)}\n` }),
      { status: 0, stdout: (out) => expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).notUsed)).toEqual([[PREGNANT_NOT_USED], []]), stderr: [] },
    ],
    [
      '/dev/zero (a device whose size says 0) is refused at the limit, not read forever',
      () => ({ args: ['/dev/zero'] }),
      { status: 2, stderr: [`This file is too large to be an answers file: it goes past the limit of ${LIMIT}, so it was not read. Answers files from this tool are a few KB.`] },
    ],
    [
      'standard input ("-") fed 2 MB is refused at the limit, not held whole',
      () => ({ args: ['-'], input: 'y\n'.repeat(1_000_000) }),
      { status: 2, stderr: [`The input is too large to be an answers file: it goes past the limit of ${LIMIT}, so it was not read. Answers files from this tool are a few KB.`] },
    ],
    [
      '--jsonl: a 3 MB line is refused as "This line is too large", and the line after it is still answered',
      () => ({ args: ['--jsonl'], input: `${'x'.repeat(3_000_000)}\n${JSON.stringify(LOW_RISK_ADULT)}` }),
      {
        status: 2,
        stdout: (out) => expect(out.trimEnd().split('\n').map((l) => Object.keys(JSON.parse(l))[0])).toEqual(['error', 'rulesetVersion']),
        stderr: [`line 1: This line is too large to be an answers file: 3,000,000 bytes, and the limit is 1,000,000 (1 MB). It was not read. Answers files from this tool are a few KB.`],
      },
    ],
    [
      '--jsonl: a blank line is skipped; a line that is not JSON is "This line …"',
      () => ({ args: ['--jsonl'], input: `\n  \r\n${JSON.stringify(LOW_RISK_ADULT)}\nnot json\n` }),
      {
        status: 2,
        stdout: (out) => expect(out.trimEnd().split('\n')).toHaveLength(2),
        stderr: ['line 4: This line is not an answers file: it is not readable JSON text (line 1, column 1). Choose the answers file saved from this tool, or the file for your clinic (FHIR).'],
      },
    ],
    ['--help prints the usage', () => ({ args: ['--help'] }), { status: 0, stdout: (out) => expect(out).toMatch(/^usage: npm run --silent screen -- FILE \| - \| --jsonl\n/), stderr: [] }],
    [
      'a file that does not exist: a plain sentence, not ENOENT',
      () => ({ args: [path.join(work, 'missing.json')] }),
      { status: 2, stderr: [`${path.join(work, 'missing.json')}: there is no file with this name. Check the name and the folder, and try again.`] },
    ],
    ['a folder: a plain sentence, not EISDIR', () => ({ args: [work] }), { status: 2, stderr: [`${work}: is a folder, not a file. Give the name of an answers file in it.`] }],
    [
      'a JAKS2: hand-off code is read by the QR code reader, like the start page',
      () => ({ args: [file('code.txt', `${encodeHandoff(LOW_RISK_ADULT)}\n`)] }),
      {
        status: 0,
        stdout: (out) => {
          const read = readHandoff(encodeHandoff(LOW_RISK_ADULT));
          expect(read.ok && JSON.parse(out)).toEqual(read.ok && printed(read));
        },
        stderr: [],
      },
    ],
  ];

  test.each(CLI)('%s', (_name, setup, expected) => {
    const { args, input } = setup();
    const run = spawnSync('npx', ['tsx', 'scripts/screen.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(expected.status);
    expected.stdout?.(run.stdout);
    if (!expected.stdout) expect(run.stdout).toBe('');
    const stderr = run.stderr === '' ? [] : run.stderr.trimEnd().split('\n');
    if (expected.stderr instanceof RegExp) expect(run.stderr).toMatch(expected.stderr);
    else expect(stderr).toEqual(expected.stderr);
  }, 90_000);
});
