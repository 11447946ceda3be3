/**
 * @jest-environment node
 *
 * The answers document holds only the fields listed in docs/SECURITY.md's data inventory (SAFETY.md
 * checklist 18): a new question or field must be added there, with where it lives, before it ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { answersDocumentSchema } from '@/lib/answers';

/** The field paths the strict document schema accepts, read from the schema itself. */
function schemaFields(): string[] {
  // The document schema is built on first use (z.lazy), as the migration piped into the strict object
  // (lib/answers/migrate.ts): read the object.
  const built = answersDocumentSchema instanceof z.ZodMiniLazy ? answersDocumentSchema.def.getter() : answersDocumentSchema;
  const piped = built as unknown as { def: { out?: z.ZodMiniObject } } & z.ZodMiniObject;
  const shape = (piped.def.out ?? piped).shape;
  return Object.entries(shape).flatMap(([key, schema]) => {
    let inner = schema as z.ZodMiniType;
    while (inner instanceof z.ZodMiniOptional) inner = inner.def.innerType as z.ZodMiniType;
    return inner instanceof z.ZodMiniObject ? Object.keys(inner.shape).map((child) => `${key}.${child}`) : [key];
  });
}

/** The field paths in the first column of the inventory tables. */
function inventoryFields(): string[] {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'SECURITY.md'), 'utf8');
  const inventory = doc.slice(doc.indexOf('## Data inventory'), doc.indexOf('### Where the data lives'));
  return [...inventory.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
}

test('the schema accepts exactly the fields in the data inventory', () => {
  expect(schemaFields().length).toBeGreaterThan(40);
  expect(inventoryFields().sort()).toEqual(schemaFields().sort());
});

test('each field is listed once', () => {
  const fields = inventoryFields();
  expect(fields.filter((field, index) => fields.indexOf(field) !== index)).toEqual([]);
});
