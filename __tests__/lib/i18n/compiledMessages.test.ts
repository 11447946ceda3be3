/**
 * The pages format the catalogue compiled ahead of time, with use-intl's small `format-only` formatter
 * (lib/i18n/compiledMessages.ts, next.config.js). Every message, in every language, must read exactly as the full
 * ICU formatter reads the catalogue as written: same words, same plurals, same tags.
 */
import format from 'icu-minify/format';
import type { CompiledMessage } from 'icu-minify/format';
import { createTranslator } from 'use-intl/core';
import { compiledMessagesFor } from '@/lib/i18n/compiledMessages';
import { LOCALES } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

type Tree = { readonly [key: string]: unknown };
type Values = Record<string, string | number | Date | ((chunks: string) => string)>;

/** Every leaf of a catalogue as [dotted key, leaf]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? leaves(value as Tree, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** Values for every argument and tag a compiled message uses: numbers where it counts, a marker string elsewhere. */
function valuesFor(node: unknown, count: number, values: Values = {}): Values {
  if (!Array.isArray(node)) return values;
  const [name, type, ...rest] = node as [unknown, unknown, ...unknown[]];
  if (typeof name !== 'string') {
    for (const child of node) valuesFor(child, count, values);
    return values;
  }
  if (node.length === 1) values[name] ??= `‹${name}›`;
  else if (type === 2 || type === 3 || type === 4) values[name] = count;
  else if (type === 5 || type === 6) values[name] = new Date(Date.UTC(2026, 0, 15, 12));
  else if (type === 1) values[name] = Object.keys(rest[0] as object).find((key) => key !== 'other') ?? 'other';
  else values[name] = (chunks: string) => `<${name}>${chunks}</${name}>`;
  for (const child of node.slice(1)) {
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) for (const option of Object.values(child)) valuesFor(option, count, values);
    else valuesFor(child, count, values);
  }
  return values;
}

const formatters = {
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

/** What the pages show: the compiled message through icu-minify's formatter, tags joined as markup. */
function formatCompiled(message: CompiledMessage, locale: Locale, values: Values): string {
  const tagged = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'function' ? (chunks: unknown[]) => value(chunks.join('')) : value]),
  );
  const result = format<string>(message, locale, tagged, { formatters, timeZone: 'UTC' });
  return Array.isArray(result) ? result.join('') : String(result);
}

describe.each(LOCALES)('the %s catalogue, compiled', (locale) => {
  const compiled = leaves(compiledMessagesFor(locale) as Tree);
  const written = createTranslator({ locale, messages: messagesFor(locale), timeZone: 'UTC' });

  test('has every message of the catalogue as written', () => {
    expect(compiled.map(([key]) => key)).toEqual(leaves(messagesFor(locale) as Tree).map(([key]) => key));
  });

  test('is made of strings, numbers, arrays and plain objects only, which React can pass to client components', () => {
    const notPlain: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object') {
        if (Object.getPrototypeOf(value) !== Object.prototype) notPlain.push(path);
        for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
      }
    };
    visit(compiledMessagesFor(locale), locale);
    expect(notPlain).toEqual([]);
  });

  test.each([1, 5])('reads as the full ICU formatter reads the catalogue, with counts of %d', (count) => {
    for (const [key, message] of compiled) {
      const values = valuesFor(message, count);
      // @ts-expect-error -- keys are read from the catalogue at run time, not typed ones
      const expected: string = written.markup(key, values);
      expect({ key, text: formatCompiled(message as CompiledMessage, locale, values) }).toEqual({ key, text: expected });
    }
  });
});
