import type { ConditionOperator, FieldType } from './schema';

/** The properties the properties panel can show; each type lists those it has. */
export type FieldProperty =
  | 'label'
  | 'help'
  | 'placeholder'
  | 'text'
  | 'required'
  | 'defaultValue'
  | 'options'
  | 'length'
  | 'pattern'
  | 'range'
  | 'dateRange'
  | 'files'
  | 'items'
  | 'itemLabel'
  | 'justification'
  | 'prefill'
  | 'requiredWhen';

/** The shape of the answer a type collects, which decides how it is validated and compared. */
export type AnswerKind =
  | 'text'
  | 'number'
  | 'date'
  | 'choice'
  | 'choices'
  | 'boolean'
  | 'files'
  | 'identity'
  | 'address'
  | 'items'
  | 'none';

/** A check that a type's answer has the right form. */
export type FormatCheck = 'email' | 'phone' | 'siret' | 'iban' | 'amount';

export type PaletteGroup = 'text' | 'choice' | 'structured' | 'layout';

export interface FieldTypeDefinition {
  type: FieldType;
  /** Where it sits in the palette. */
  group: PaletteGroup;
  /** A short glyph shown beside its name (decorative). */
  icon: string;
  /** Base of the data key of a new field of this type. */
  keyBase: string;
  answer: AnswerKind;
  format?: FormatCheck;
  /** Whether it holds fields of its own. */
  container?: boolean;
  /** Whether a new field of this type gets options to start with. */
  hasOptions?: boolean;
  properties: readonly FieldProperty[];
}

const common = ['label', 'help', 'required', 'requiredWhen', 'justification', 'prefill'] as const;
const textLike = [...common, 'placeholder', 'defaultValue', 'length', 'pattern'] as const;

/** One entry per field type: the palette, the factory, the properties panel and the renderer read it. */
export const fieldRegistry: Readonly<Record<FieldType, FieldTypeDefinition>> = {
  shortText: {
    type: 'shortText',
    group: 'text',
    icon: 'Aa',
    keyBase: 'texte',
    answer: 'text',
    properties: textLike,
  },
  longText: {
    type: 'longText',
    group: 'text',
    icon: '¶',
    keyBase: 'texte_long',
    answer: 'text',
    properties: textLike,
  },
  number: {
    type: 'number',
    group: 'text',
    icon: '123',
    keyBase: 'nombre',
    answer: 'number',
    properties: [...common, 'placeholder', 'defaultValue', 'range'],
  },
  amount: {
    type: 'amount',
    group: 'text',
    icon: '€',
    keyBase: 'montant',
    answer: 'number',
    format: 'amount',
    properties: [...common, 'placeholder', 'defaultValue', 'range'],
  },
  date: {
    type: 'date',
    group: 'text',
    icon: 'JJ',
    keyBase: 'date',
    answer: 'date',
    properties: [...common, 'defaultValue', 'dateRange'],
  },
  email: {
    type: 'email',
    group: 'text',
    icon: '@',
    keyBase: 'courriel',
    answer: 'text',
    format: 'email',
    properties: [...common, 'placeholder', 'defaultValue'],
  },
  phone: {
    type: 'phone',
    group: 'text',
    icon: '☎',
    keyBase: 'telephone',
    answer: 'text',
    format: 'phone',
    properties: [...common, 'placeholder', 'defaultValue'],
  },
  address: {
    type: 'address',
    group: 'structured',
    icon: '⌂',
    keyBase: 'adresse',
    answer: 'address',
    properties: common,
  },
  yesNo: {
    type: 'yesNo',
    group: 'choice',
    icon: '◐',
    keyBase: 'oui_non',
    answer: 'choice',
    properties: [...common, 'defaultValue'],
  },
  radio: {
    type: 'radio',
    group: 'choice',
    icon: '◉',
    keyBase: 'choix',
    answer: 'choice',
    hasOptions: true,
    properties: [...common, 'options', 'defaultValue'],
  },
  select: {
    type: 'select',
    group: 'choice',
    icon: '▾',
    keyBase: 'liste',
    answer: 'choice',
    hasOptions: true,
    properties: [...common, 'options', 'defaultValue'],
  },
  checkboxes: {
    type: 'checkboxes',
    group: 'choice',
    icon: '☑',
    keyBase: 'choix_multiples',
    answer: 'choices',
    hasOptions: true,
    properties: [...common, 'options', 'defaultValue', 'items'],
  },
  file: {
    type: 'file',
    group: 'structured',
    icon: 'PJ',
    keyBase: 'piece',
    answer: 'files',
    properties: [...common, 'files', 'items'],
  },
  identity: {
    type: 'identity',
    group: 'structured',
    icon: 'ID',
    keyBase: 'identite',
    answer: 'identity',
    properties: common,
  },
  siret: {
    type: 'siret',
    group: 'structured',
    icon: 'SI',
    keyBase: 'siret',
    answer: 'text',
    format: 'siret',
    properties: [...common, 'placeholder', 'defaultValue'],
  },
  iban: {
    type: 'iban',
    group: 'structured',
    icon: 'IB',
    keyBase: 'iban',
    answer: 'text',
    format: 'iban',
    properties: [...common, 'placeholder', 'defaultValue'],
  },
  consent: {
    type: 'consent',
    group: 'choice',
    icon: '✔',
    keyBase: 'consentement',
    answer: 'boolean',
    properties: ['label', 'help', 'required', 'justification'],
  },
  section: {
    type: 'section',
    group: 'layout',
    icon: '§',
    keyBase: 'section',
    answer: 'none',
    container: true,
    properties: ['label', 'help'],
  },
  explanation: {
    type: 'explanation',
    group: 'layout',
    icon: 'ℹ',
    keyBase: 'explication',
    answer: 'none',
    properties: ['label', 'text'],
  },
  group: {
    type: 'group',
    group: 'layout',
    icon: '⊞',
    keyBase: 'groupe',
    answer: 'items',
    container: true,
    properties: ['label', 'help', 'itemLabel', 'items', 'justification'],
  },
};

export function hasProperty(type: FieldType, property: FieldProperty): boolean {
  return (fieldRegistry[type].properties as readonly FieldProperty[]).includes(property);
}

/** Whether the type collects an answer that conditions can test and the service receives. */
export function isAnswerable(type: FieldType): boolean {
  const answer = fieldRegistry[type].answer;
  return answer !== 'none' && answer !== 'items';
}

/** The comparisons that make sense for each kind of answer. */
export function operatorsFor(type: FieldType): readonly ConditionOperator[] {
  switch (fieldRegistry[type].answer) {
    case 'number':
    case 'date':
      return ['equals', 'notEquals', 'greaterThan', 'lessThan', 'filled', 'empty'];
    case 'choice':
    case 'choices':
      return ['equals', 'notEquals', 'oneOf', 'filled', 'empty'];
    case 'boolean':
      return ['filled', 'empty'];
    case 'files':
    case 'identity':
    case 'address':
      return ['filled', 'empty'];
    case 'text':
      return ['equals', 'notEquals', 'oneOf', 'filled', 'empty'];
    default:
      return [];
  }
}

/** The palette's groups, in order, with their types. */
export const paletteGroups: readonly { group: PaletteGroup; types: FieldType[] }[] = (
  ['text', 'choice', 'structured', 'layout'] as const
).map((group) => ({
  group,
  types: Object.values(fieldRegistry)
    .filter((definition) => definition.group === group)
    .map((definition) => definition.type),
}));
