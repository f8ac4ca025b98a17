import { describe, expect, it } from 'vitest';
import { asksSomething } from '../../../src/domain/form/arrangingTypes';
import { isAnswerable } from '../../../src/domain/form/registry';
import { fieldTypes } from '../../../src/domain/form/vocabulary';

describe('the types that ask something', () => {
  it.each(fieldTypes)('agree with the field type registry for « %s »', (type) => {
    expect(asksSomething(type)).toBe(isAnswerable(type));
  });
});
