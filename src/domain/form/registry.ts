import type { ConditionOperator, FieldType } from './schema';
import { checkboxes, consent, radio, select, yesNo } from './types/choices';
import { date } from './types/date';
import type {
  AnswerKind,
  FieldProperty,
  FieldTypeDefinition,
  PaletteGroup,
} from './types/definition';
import { file } from './types/file';
import { iban, siret } from './types/identifiers';
import { explanation, group, section } from './types/layout';
import { amount, number } from './types/numbers';
import { address, identity } from './types/parts';
import { email, longText, phone, shortText } from './types/text';

export type {
  AnswerKind,
  FieldProperty,
  FieldTypeDefinition,
  FormatCheck,
  PaletteGroup,
} from './types/definition';

/**
 * One entry per field type, in palette order: the palette, the factory, the properties
 * panel, the validation, the JSON Schema, the data sent and the sample answer all read it.
 */
export const fieldRegistry = {
  shortText,
  longText,
  number,
  amount,
  date,
  email,
  phone,
  address,
  yesNo,
  radio,
  select,
  checkboxes,
  file,
  identity,
  siret,
  iban,
  consent,
  section,
  explanation,
  group,
} satisfies Record<FieldType, FieldTypeDefinition>;

/** A type's entry, typed as the common definition. */
export function definitionOf(type: FieldType): FieldTypeDefinition {
  return fieldRegistry[type];
}

export function hasProperty(type: FieldType, property: FieldProperty): boolean {
  return definitionOf(type).properties.includes(property);
}

/** Whether the type collects an answer that conditions can test and the service receives. */
export function isAnswerable(type: FieldType): boolean {
  const answer = definitionOf(type).answer;
  return answer !== 'none' && answer !== 'items';
}

/** The comparisons that make sense for each kind of answer. */
const operatorsByAnswer: Record<AnswerKind, readonly ConditionOperator[]> = {
  number: ['equals', 'notEquals', 'greaterThan', 'lessThan', 'filled', 'empty'],
  date: ['equals', 'notEquals', 'greaterThan', 'lessThan', 'filled', 'empty'],
  choice: ['equals', 'notEquals', 'oneOf', 'filled', 'empty'],
  choices: ['equals', 'notEquals', 'oneOf', 'filled', 'empty'],
  text: ['equals', 'notEquals', 'oneOf', 'filled', 'empty'],
  boolean: ['filled', 'empty'],
  files: ['filled', 'empty'],
  identity: ['filled', 'empty'],
  address: ['filled', 'empty'],
  items: [],
  none: [],
};

export function operatorsFor(type: FieldType): readonly ConditionOperator[] {
  return operatorsByAnswer[definitionOf(type).answer];
}

const fieldTypesInOrder = Object.keys(fieldRegistry) as FieldType[];

/** The palette's groups, in order, with their types. */
export const paletteGroups: readonly { group: PaletteGroup; types: FieldType[] }[] = (
  ['text', 'choice', 'structured', 'layout'] as const
).map((group) => ({
  group,
  types: fieldTypesInOrder.filter((type) => definitionOf(type).group === group),
}));
