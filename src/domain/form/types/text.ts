import { anchoredPattern, compilePattern } from '../pattern';
import { problem } from '../problems';
import type { Field } from '../schema';
import { canonicalPhone, EMAIL_PATTERN, isValidEmail, PHONE_PATTERN } from '../validators';
import { common, defined, readText, scalar } from './checks';
import type { FieldTypeDefinition } from './definition';
import { firstValid, sampleTexts } from './samples';

const textLike = [...common, 'placeholder', 'defaultValue', 'length', 'pattern'] as const;
const contact = [...common, 'placeholder', 'defaultValue'] as const;

/** The designer's pattern, when both the form and standard validators can run it. */
function usablePattern(field: Field): string | undefined {
  const pattern = field.validation?.pattern;
  return pattern && compilePattern(pattern) ? pattern : undefined;
}

const freeText = scalar({
  read: readText,
  check(field, text) {
    const rules = field.validation ?? {};
    const length = [...text].length;
    if (rules.minLength !== undefined && length < rules.minLength) {
      return [problem(field, 'minLength', { min: rules.minLength })];
    }
    if (rules.maxLength !== undefined && length > rules.maxLength) {
      return [problem(field, 'maxLength', { max: rules.maxLength })];
    }
    const pattern = usablePattern(field);
    if (pattern && !compilePattern(pattern)!.test(text)) return [problem(field, 'pattern')];
    return [];
  },
});

function textType(
  base: Pick<FieldTypeDefinition, 'icon' | 'keyBase'>,
  sampleBase: string,
): FieldTypeDefinition {
  const definition: FieldTypeDefinition = {
    ...base,
    group: 'text',
    answer: 'text',
    format: undefined,
    container: false,
    hasOptions: false,
    properties: textLike,
    ...freeText,
    jsonSchema(field) {
      const rules = field.validation ?? {};
      const pattern = usablePattern(field);
      return defined({
        type: 'string',
        minLength: rules.minLength,
        maxLength: rules.maxLength,
        pattern: pattern && anchoredPattern(pattern),
      });
    },
    sample: (field, context) =>
      firstValid(definition, field, sampleTexts(field, sampleBase), context),
  };
  return definition;
}

export const shortText = textType({ icon: 'Aa', keyBase: 'texte' }, 'Exemple');
export const longText = textType(
  { icon: '¶', keyBase: 'texte_long' },
  'Exemple de réponse développée',
);

export const email: FieldTypeDefinition = {
  group: 'text',
  icon: '@',
  keyBase: 'courriel',
  answer: 'text',
  format: 'email',
  container: false,
  hasOptions: false,
  properties: contact,
  ...scalar({
    read: readText,
    check: (field, text) => (isValidEmail(text) ? [] : [problem(field, 'email')]),
  }),
  jsonSchema: () => ({ type: 'string', pattern: EMAIL_PATTERN }),
  sample: (field, context) =>
    firstValid(email, field, [field.defaultValue, 'camille.martin@exemple.fr'], context),
};

export const phone: FieldTypeDefinition = {
  group: 'text',
  icon: '☎',
  keyBase: 'telephone',
  answer: 'text',
  format: 'phone',
  container: false,
  hasOptions: false,
  properties: contact,
  ...scalar({
    read: readText,
    check: (field, text) => (canonicalPhone(text) ? [] : [problem(field, 'phone')]),
    toData: (text) => canonicalPhone(text) ?? text,
  }),
  jsonSchema: () => ({ type: 'string', pattern: PHONE_PATTERN }),
  sample: (field, context) =>
    firstValid(phone, field, [field.defaultValue, '06 12 34 56 78'], context),
};
