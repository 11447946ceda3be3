/**
 * FHIR R4 (4.0.1) structure rules for the parts of Questionnaire and QuestionnaireResponse this app writes,
 * as zod schemas written from the specification (datatypes.html regexes, questionnaire.html and
 * questionnaireresponse.html element tables and invariants).
 *
 * Why not a maintained validator: the `fhir` npm package (FHIR.js 4.12.0) installs offline and validates R4,
 * but it does not descend into nested `item` (a contentReference to Questionnaire.item), so every question
 * below a step group went unchecked, and it let a number through as valueString. A full validator (the HL7
 * Java validator, Firely) needs a JVM or .NET and downloads packages. So this schema checks what we use, strictly:
 * an element it does not know is an error, so anything new we write must be added here first.
 */
import { z } from 'zod';

// Primitive types (R4 datatypes.html, "Primitive Types" regexes).
const string = z.string().regex(/^[\s\S]+$/, 'must not be empty');
const code = z.string().regex(/^[^\s]+( [^\s]+)*$/, 'must be a code: no leading, trailing or double spaces');
const uri = z.string().regex(/^\S+$/, 'must be a uri without spaces');
const id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be an id: 1–64 letters, digits, "-" or "."');
const integer = z.number().int().min(-2147483648).max(2147483647);
const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const MONTH_DAY = '(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])';
const TIME_ZONE = '(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))';
export const fhirDate = z.string().regex(new RegExp(`^${YEAR}${MONTH_DAY})?)?$`), 'must be a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD)');
export const fhirDateTime = z
  .string()
  .regex(new RegExp(`^${YEAR}${MONTH_DAY}${TIME_ZONE}?)?)?$`), 'must be a FHIR dateTime (a time needs a time zone)');

/** Exactly one `prefix[x]` element among those present (FHIR choice types, e.g. value[x], answer[x]). */
function exactlyOne(prefix: string, required: boolean) {
  return (element: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const present = Object.keys(element).filter((k) => k.startsWith(prefix) && /^[A-Z]/.test(k.slice(prefix.length)));
    if (present.length > 1) ctx.addIssue({ code: 'custom', message: `has ${present.join(' and ')}: only one ${prefix}[x] is allowed` });
    if (required && present.length === 0) ctx.addIssue({ code: 'custom', message: `needs one ${prefix}[x]` });
  };
}

// A primitive's extensions live in `_name` (R4 json.html "Representing primitive elements"): an Element.
const primitiveElementSchema: z.ZodType = z.lazy(() => z.strictObject({ id: string.optional(), extension: extensions }));

export const codingSchema = z.strictObject({ system: uri.optional(), code: code.optional(), display: string.optional(), _display: primitiveElementSchema.optional() });
const codeableConceptSchema = z.strictObject({ coding: z.array(codingSchema).min(1).optional(), text: string.optional() });
const expressionSchema = z.strictObject({ language: code, expression: string });

// The value[x] types our extensions use (R4 Extension allows about 50; others are refused here on purpose).
const extensionSchema: z.ZodType = z.lazy(() =>
  z
    .strictObject({
      url: uri,
      extension: z.array(extensionSchema).min(1).optional(),
      valueInteger: integer.optional(),
      valueBoolean: z.boolean().optional(),
      valueString: string.optional(),
      valueCode: code.optional(),
      valueCoding: codingSchema.optional(),
      valueCodeableConcept: codeableConceptSchema.optional(),
      valueExpression: expressionSchema.optional(),
    })
    .superRefine((ext, ctx) => {
      const hasValue = Object.keys(ext).some((k) => k.startsWith('value'));
      // ext-1: must have either extensions or value[x], not both.
      if (hasValue === (ext.extension !== undefined)) ctx.addIssue({ code: 'custom', message: 'ext-1: needs either extension or value[x], not both' });
      exactlyOne('value', false)(ext, ctx);
    }),
);
const extensions = z.array(extensionSchema).min(1).optional();

const referenceSchema = z.strictObject({ reference: string.optional(), type: uri.optional(), display: string.optional() });

// Questionnaire (R4 questionnaire.html).
const ITEM_TYPES = [
  'group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url',
  'choice', 'open-choice', 'attachment', 'reference', 'quantity',
] as const;
const ENABLE_OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
const MAX_LENGTH_TYPES = ['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'];

const enableWhenSchema = z
  .strictObject({
    question: string,
    operator: z.enum(ENABLE_OPERATORS),
    answerBoolean: z.boolean().optional(),
    answerDecimal: z.number().optional(),
    answerInteger: integer.optional(),
    answerDate: fhirDate.optional(),
    answerDateTime: fhirDateTime.optional(),
    answerString: string.optional(),
    answerCoding: codingSchema.optional(),
  })
  .superRefine((when, ctx) => {
    exactlyOne('answer', true)(when, ctx);
    // que-7: "exists" takes a boolean answer, and only it does.
    if ((when.operator === 'exists') !== (when.answerBoolean !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'que-7: operator "exists" goes with answerBoolean, and only it' });
    }
  });

const answerOptionSchema = z
  .strictObject({
    extension: extensions,
    valueInteger: integer.optional(),
    valueDate: fhirDate.optional(),
    valueString: string.optional(),
    valueCoding: codingSchema.optional(),
    initialSelected: z.boolean().optional(),
  })
  .superRefine(exactlyOne('value', true));

type Item = { type: string; item?: Item[]; linkId: string } & Record<string, unknown>;

const questionnaireItemSchema: z.ZodType<Item> = z.lazy(() =>
  z
    .strictObject({
      linkId: string,
      text: string.optional(),
      _text: primitiveElementSchema.optional(),
      type: z.enum(ITEM_TYPES),
      extension: extensions,
      enableWhen: z.array(enableWhenSchema).min(1).optional(),
      enableBehavior: z.enum(['all', 'any']).optional(),
      required: z.boolean().optional(),
      repeats: z.boolean().optional(),
      maxLength: integer.optional(),
      answerOption: z.array(answerOptionSchema).min(1).optional(),
      item: z.array(questionnaireItemSchema).min(1).optional(),
    })
    .superRefine((item, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
      if (item.type === 'group' && !item.item) fail('que-1: a group needs nested items');
      if (item.type === 'display' && item.item) fail('que-1: a display item cannot have nested items');
      if (item.answerOption && item.type !== 'choice' && item.type !== 'open-choice') fail('que-5: only choice items take answerOption');
      if (item.type === 'display' && (item.required !== undefined || item.repeats !== undefined)) fail('que-6: display items take neither required nor repeats');
      if (item.maxLength !== undefined && !MAX_LENGTH_TYPES.includes(item.type)) fail(`que-10: maxLength is not allowed on ${item.type} items`);
      if ((item.enableWhen?.length ?? 0) > 1 && !item.enableBehavior) fail('que-12: more than one enableWhen needs enableBehavior');
    }),
);

function allLinkIds(items: readonly Item[] | undefined): string[] {
  return (items ?? []).flatMap((i) => [i.linkId, ...allLinkIds(i.item)]);
}

export const r4QuestionnaireSchema = z
  .strictObject({
    resourceType: z.literal('Questionnaire'),
    id: id.optional(),
    language: code.optional(),
    url: uri.optional(),
    version: string.optional(),
    name: string.optional(),
    title: string.optional(),
    _title: primitiveElementSchema.optional(),
    status: z.enum(['draft', 'active', 'retired', 'unknown']),
    subjectType: z.array(code).min(1).optional(),
    publisher: string.optional(),
    description: string.optional(),
    item: z.array(questionnaireItemSchema).min(1).optional(),
  })
  .superRefine((q, ctx) => {
    const ids = allLinkIds(q.item);
    const repeated = ids.filter((linkId, i) => ids.indexOf(linkId) !== i);
    // que-2: linkIds are unique within the Questionnaire.
    if (repeated.length > 0) ctx.addIssue({ code: 'custom', message: `que-2: linkId repeated: ${[...new Set(repeated)].join(', ')}` });
  });

// QuestionnaireResponse (R4 questionnaireresponse.html).
type ResponseItem = { linkId: string; answer?: { item?: ResponseItem[] }[]; item?: ResponseItem[] } & Record<string, unknown>;

const responseItemSchema: z.ZodType<ResponseItem> = z.lazy(() =>
  z
    .strictObject({
      linkId: string,
      text: string.optional(),
      answer: z
        .array(
          z
            .strictObject({
              valueBoolean: z.boolean().optional(),
              valueDecimal: z.number().optional(),
              valueInteger: integer.optional(),
              valueDate: fhirDate.optional(),
              valueDateTime: fhirDateTime.optional(),
              valueString: string.optional(),
              valueCoding: codingSchema.optional(),
              item: z.array(responseItemSchema).min(1).optional(),
            })
            .superRefine(exactlyOne('value', true)),
        )
        .min(1)
        .optional(),
      item: z.array(responseItemSchema).min(1).optional(),
    })
    .superRefine((item, ctx) => {
      // qrs-1: an item holds answers or nested items, not both.
      if (item.answer && item.item) ctx.addIssue({ code: 'custom', message: 'qrs-1: an item cannot have both answer and item' });
    }),
);

const containedPatientSchema = z.strictObject({
  resourceType: z.literal('Patient'),
  id,
  name: z.array(z.strictObject({ text: string })).min(1).optional(),
  birthDate: fhirDate.optional(),
});

export const r4QuestionnaireResponseSchema = z
  .strictObject({
    resourceType: z.literal('QuestionnaireResponse'),
    id: id.optional(),
    contained: z.array(containedPatientSchema).min(1).optional(),
    questionnaire: uri.optional(),
    status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
    subject: referenceSchema.optional(),
    authored: fhirDateTime.optional(),
    author: referenceSchema.optional(),
    source: referenceSchema.optional(),
    item: z.array(responseItemSchema).min(1).optional(),
  })
  .superRefine((qr, ctx) => {
    const references = [qr.subject, qr.author, qr.source].flatMap((r) => (r?.reference ? [r.reference] : []));
    const containedIds = (qr.contained ?? []).map((c) => `#${c.id}`);
    // ref-1: a local reference points to a contained resource; dom-3: every contained resource is referenced.
    for (const ref of references.filter((r) => r.startsWith('#') && !containedIds.includes(r))) {
      ctx.addIssue({ code: 'custom', message: `ref-1: ${ref} is not a contained resource` });
    }
    for (const c of containedIds.filter((c) => !references.includes(c))) {
      ctx.addIssue({ code: 'custom', message: `dom-3: contained ${c} is not referenced` });
    }
  });

/** Problems of a resource against a schema, one line each: `path: message`; none when it conforms. */
export function structureProblems(schema: z.ZodType, resource: unknown): string[] {
  const result = schema.safeParse(resource);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.') || '(resource)';
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${path}.${key}: is not an element this app writes`);
    return [`${path}: ${issue.message}`];
  });
}
