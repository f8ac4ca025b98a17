/**
 * The form's value lists (field types, condition operators, rule names, prefill sources),
 * apart from its zod schema: the form designer and the requester form read them, and must
 * not bring zod with them.
 */

/** Every field type, declared once; the registry (registry.ts) describes each. */
export const fieldTypes = [
  'shortText',
  'longText',
  'number',
  'amount',
  'date',
  'email',
  'phone',
  'address',
  'yesNo',
  'radio',
  'select',
  'checkboxes',
  'file',
  'identity',
  'siret',
  'iban',
  'consent',
  'section',
  'explanation',
  'group',
] as const;

/** Types that hold fields of their own; they cannot be nested in one another. */
export const containerTypes = ['section', 'group'] as const;

export const conditionOperators = [
  'equals',
  'notEquals',
  'oneOf',
  'filled',
  'empty',
  'greaterThan',
  'lessThan',
] as const;

/** Validation rules a field may carry, each with an optional message of its own. */
export const ruleNames = [
  'minLength',
  'maxLength',
  'min',
  'max',
  'minDate',
  'maxDate',
  'pattern',
  'fileTypes',
  'maxSizeMb',
  'minItems',
  'maxItems',
] as const;

/** Where a prefilled answer comes from: the verified sources a public service can query. */
export const prefillSources = [
  'franceconnect',
  'company-register',
  'tax',
  'social',
  'other',
] as const;

export type FieldType = (typeof fieldTypes)[number];
export type ContainerType = (typeof containerTypes)[number];
export type ConditionOperator = (typeof conditionOperators)[number];
export type RuleName = (typeof ruleNames)[number];
export type PrefillSource = (typeof prefillSources)[number];

export function isContainer(type: FieldType): type is ContainerType {
  return (containerTypes as readonly string[]).includes(type);
}
