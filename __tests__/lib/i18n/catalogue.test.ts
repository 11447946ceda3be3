/**
 * Every catalogue key and every questionnaire text exists in both languages (issue 14): a Spanish string that is
 * missing, empty or the same as the English fails, unless it is on the list of proper names and words that are
 * spelled the same in both languages. ICU placeholders must match, so a translation never drops a number.
 */
import { en } from '@/lib/i18n/messages/en';
import { es } from '@/lib/i18n/messages/es';
import { STEPS } from '@/lib/questionnaire';
import type { Option, Question, Step, Wording } from '@/lib/questionnaire';
import { stepsInAnyLanguage } from '@/lib/questionnaire/texts';

/** Spelled the same in English and Spanish: brand names, the tool's name, and a few words both languages share. */
const SAME_IN_BOTH = new Set([
  'JAK Screener',
  'No',
  'Error:',
  'Error: {title}',
  'Diabetes',
  'Melanoma',
  'Probenecid',
  'Rinvoq',
  'Cibinqo',
  'Opzelura',
  'Olumiant',
  'Protopic, Elidel',
  'Eucrisa, Zoryve',
  'CellCept',
  'Dupixent',
  'Adbry, Adtralza',
  'Ebglyss',
  'Nemluvio',
  'Luvox, Prozac',
  'Advil, Motrin, Aleve',
]);

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a catalogue as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/**
 * The ICU argument names of a message ({count}, {count, plural, …}, <strong>), sorted. A small recursive reader:
 * the text of a plural or select branch is read as a message again, so a branch's words are never arguments.
 */
function argumentsOf(message: string): string[] {
  const found = new Set<string>([...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`));
  let at = 0;
  const readMessage = (): void => {
    while (at < message.length && message[at] !== '}') {
      if (message[at] === '{') readArgument();
      else at += 1;
    }
  };
  const readArgument = (): void => {
    at += 1;
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(at))!;
    found.add(head[1]);
    at += head[0].length;
    if (message[at] === ',') {
      at += 1; // plural or select: branches "key {message}"
      while (at < message.length && message[at] !== '}') {
        if (message[at] === '{') {
          at += 1;
          readMessage();
        }
        at += 1;
      }
    }
    at += 1; // the closing brace
  };
  readMessage();
  return [...found].sort();
}

const english = new Map(leaves(en));
const spanish = new Map(leaves(es as Tree));

describe('the message catalogue', () => {
  test('Spanish has exactly the English keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test.each([...english.entries()])('%s: Spanish is present, not empty, not left in English, with the same placeholders', (key, text) => {
    const translated = spanish.get(key);
    expect(translated).toBeDefined();
    expect(translated!.trim()).not.toBe('');
    if (!SAME_IN_BOTH.has(text)) expect(translated).not.toBe(text);
    expect(argumentsOf(translated!)).toEqual(argumentsOf(text));
  });

  test('the check can fail: an English string copied into Spanish is caught', () => {
    const copied = 'Clear my answers';
    expect(SAME_IN_BOTH.has(copied)).toBe(false);
    expect(argumentsOf('{count, plural, one {# x} other {# y}}')).toEqual(['count']);
    expect(argumentsOf('The {who, select, patient {you} other {they}} and {age}')).toEqual(['age', 'who']);
  });
});

/** Every text of a step, as [where, English, Spanish] (undefined when the Spanish lacks it). */
function stepTexts(step: Step, local: Step): [string, string, string | undefined][] {
  const rows: [string, string, string | undefined][] = [];
  const wording = (where: string, a: Wording | undefined, b: Wording | undefined) => {
    if (!a) return;
    rows.push([`${where} (self)`, a.self, b?.self], [`${where} (other)`, a.other, b?.other]);
  };
  const options = (where: string, a: readonly Option[], b: readonly Option[]) => {
    a.forEach((o, i) => {
      expect(b[i]?.id).toBe(o.id);
      rows.push([`${where} option ${o.id}`, o.label, b[i]?.label]);
      if (o.hint !== undefined) rows.push([`${where} option ${o.id} hint`, o.hint, b[i]?.hint]);
    });
  };
  wording(`${step.id} title`, step.title, local.title);
  wording(`${step.id} intro`, step.intro, local.intro);
  step.groups?.forEach((g, i) => wording(`${step.id} group ${i}`, g.legend, local.groups?.[i]?.legend));
  if (step.perItemTable) wording(`${step.id} table tick`, step.perItemTable.tickLabel, local.perItemTable?.tickLabel);
  (step.questions as readonly Question[]).forEach((q, i) => {
    const l = local.questions[i] as Question;
    expect(l.id).toBe(q.id);
    expect(l.type).toBe(q.type);
    wording(`${q.id} text`, q.text, l.text);
    wording(`${q.id} help`, q.help, l.help);
    wording(`${q.id} blank error`, q.blankError, l.blankError);
    if (q.type === 'choice' || q.type === 'multi') options(q.id, q.options, (l as typeof q).options);
    if (q.type === 'map') {
      options(q.id, q.options, (l as typeof q).options);
      options(`${q.id} row`, q.keys, (l as typeof q).keys);
    }
    if (q.type === 'integer' && l.type === 'integer') {
      if (q.unit) rows.push([`${q.id} unit`, q.unit, l.unit]);
      if (q.scale) rows.push([`${q.id} scale min`, q.scale.minLabel, l.scale?.minLabel], [`${q.id} scale max`, q.scale.maxLabel, l.scale?.maxLabel]);
    }
  });
  return rows;
}

describe('the questionnaire in Spanish', () => {
  const spanishSteps = stepsInAnyLanguage('es');
  test('same steps, questions, option ids and conditions as the English definition: only words differ', () => {
    expect(spanishSteps.map((s) => s.id)).toEqual((STEPS as readonly Step[]).map((s) => s.id));
    spanishSteps.forEach((step, i) => {
      const english = (STEPS as readonly Step[])[i];
      (step.questions as readonly Question[]).forEach((q, j) => {
        const e = english.questions[j] as Question;
        expect(q.shownWhen).toEqual(e.shownWhen);
        expect(q.required).toEqual(e.required);
        expect(q.short).toBe(e.short); // the clinician's table stays English
      });
    });
  });

  const rows = (STEPS as readonly Step[]).flatMap((step, i) => stepTexts(step, spanishSteps[i]));
  test('there are texts to check', () => expect(rows.length).toBeGreaterThan(250));
  test.each(rows)('%s: translated', (_where, englishText, spanishText) => {
    expect(spanishText).toBeDefined();
    expect(spanishText!.trim()).not.toBe('');
    if (!SAME_IN_BOTH.has(englishText)) expect(spanishText).not.toBe(englishText);
  });
});

test('Spanish, in the parent’s voice, asks every pregnancy and breastfeeding question about "la paciente" (glossary-es.md)', () => {
  // "embarazada" is feminine, so these questions (and their hints) say "la paciente" throughout, never switching to
  // "el paciente" from one question to the next.
  const pregnancyWords = stepsInAnyLanguage('es')
    .flatMap((step) => step.questions)
    .map((q) => ({ id: q.id, words: `${q.text.other} ${q.help?.other ?? ''}` }))
    .filter(({ words }) => /embaraz|pecho/i.test(words));
  expect(pregnancyWords.map(({ id }) => id)).toEqual(expect.arrayContaining(['pregnancyPossible', 'pregnant', 'planningPregnancy', 'breastfeeding']));
  for (const { id, words } of pregnancyWords) {
    expect({ id, masculine: /\b(el|del) paciente\b/i.test(words) }).toEqual({ id, masculine: false });
  }
});
