import { problem } from '../problems';
import { checkCount, countSchema, sampleCount } from './checks';
import type { FieldTypeDefinition } from './definition';
import { firstValid } from './samples';

/** What a type that only arranges the form answers, checks and sends: nothing. */
const noAnswer = {
  answer: 'none',
  format: undefined,
  hasOptions: false,
  validate: () => [],
  data: () => undefined,
  jsonSchema: () => undefined,
  sample: () => undefined,
} as const satisfies Partial<FieldTypeDefinition>;

/** A titled part of a page: its fields are answered as if they were on the page. */
export const section: FieldTypeDefinition = {
  ...noAnswer,
  group: 'layout',
  icon: '§',
  keyBase: 'section',
  container: true,
  properties: ['label', 'help'],
};

export const explanation: FieldTypeDefinition = {
  ...noAnswer,
  group: 'layout',
  icon: 'ℹ',
  keyBase: 'explication',
  container: false,
  properties: ['label', 'text'],
};

/**
 * A repeatable group: the same fields once per block ("Enfant 1", "Enfant 2"…). Its own
 * checks are on the number of blocks; its fields are checked, sent and described per block.
 * Its data is always a list, empty when no block was added, as its count rules read it.
 */
export const group: FieldTypeDefinition = {
  group: 'layout',
  icon: '⊞',
  keyBase: 'groupe',
  answer: 'items',
  format: undefined,
  container: true,
  hasOptions: false,
  properties: ['label', 'help', 'itemLabel', 'items', 'justification'],
  validate(field, value, { required }) {
    // A required group needs one block at least (the requester can remove the first one),
    // unless its fewest count already asks for more.
    const count = Array.isArray(value) ? value.length : 0;
    const counted = checkCount(field, count);
    if (count > 0 || !required || counted.length > 0) return counted;
    const label = field.itemLabel?.trim();
    return [problem(field, 'itemsRequired', label ? { label } : undefined)];
  },
  data: (field, value, itemData) =>
    (Array.isArray(value) ? value : []).map((item: unknown) => itemData(field, item)),
  jsonSchema: (field, itemSchema) => ({
    type: 'array',
    items: itemSchema(field),
    ...countSchema(field),
  }),
  sample(field, context) {
    const item = context.itemSample(field);
    if (item === undefined) return undefined;
    const items = Array.from({ length: sampleCount(field) }, () => ({ ...item }));
    return firstValid(group, field, [items], context);
  },
};
