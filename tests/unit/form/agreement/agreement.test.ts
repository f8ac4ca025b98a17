import fc from 'fast-check';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formData } from '../../../../src/domain/form/formData';
import { formProblems } from '../../../../src/domain/form/formProblems';
import { formToJsonSchema } from '../../../../src/domain/form/jsonSchema';
import { hasProperty, isAnswerable } from '../../../../src/domain/form/registry';
import type { Field, Form } from '../../../../src/domain/form/schema';
import { fieldTypes } from '../../../../src/domain/form/vocabulary';
import { cases } from './arbitraries';
import { strictAjv, TODAY } from './ajv';

const ajv = strictAjv();
const compiled = new Map<string, ValidateFunction>();
function schemaValidator(form: Form): ValidateFunction {
  const schema = formToJsonSchema(form, 'Essai');
  const text = JSON.stringify(schema);
  let validate = compiled.get(text);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(text, validate);
  }
  return validate;
}

type Placement = 'alone' | 'requiredWhen' | 'visibleWhen' | 'inGroup';

const controller: Field = { id: 'c', key: 'c', type: 'yesNo', label: 'Contrôle' };
const whenYes = { all: [{ field: 'c', op: 'equals' as const, value: 'yes' }] };

/** The field placed in a form, and the answers that put `value` in it. */
function placed(field: Field, value: unknown, placement: Placement, control: unknown) {
  switch (placement) {
    case 'alone':
      return { fields: [field], answers: { [field.id]: value } };
    case 'requiredWhen':
      return {
        fields: [controller, { ...field, required: false, requiredWhen: whenYes }],
        answers: { c: control, [field.id]: value },
      };
    case 'visibleWhen':
      return {
        fields: [controller, { ...field, visibleWhen: whenYes }],
        answers: { c: control, [field.id]: value },
      };
    case 'inGroup': {
      const group: Field = { id: 'g', key: 'g', type: 'group', label: 'Bloc', fields: [field] };
      return { fields: [group], answers: { g: [{ [field.id]: value }] } };
    }
  }
}

function placements(field: Field): Placement[] {
  const all: Placement[] = ['alone', 'visibleWhen'];
  if (hasProperty(field.type, 'requiredWhen')) all.push('requiredWhen');
  if (isAnswerable(field.type)) all.push('inGroup');
  return all;
}

describe('the form and its JSON Schema agree on every answer', () => {
  it.each(fieldTypes)('%s', (type) => {
    const arbitrary = cases[type].chain((one) =>
      fc.record({
        one: fc.constant(one),
        placement: fc.constantFrom(...placements(one.field)),
        control: fc.constantFrom('yes', 'no', undefined),
      }),
    );
    fc.assert(
      fc.property(arbitrary, ({ one, placement, control }) => {
        const { fields, answers } = placed(one.field, one.value, placement, control);
        const form: Form = { pages: [{ id: 'p', title: 'Page', fields }] };
        const accepted = formProblems(form, answers, TODAY).length === 0;
        const validate = schemaValidator(form);
        const data = formData(form, answers);
        expect({ data, valid: validate(data) }).toEqual({ data, valid: accepted });
      }),
      { numRuns: 300 },
    );
  });
});
