import { describe, expect, it } from 'vitest';
import { addField, updateField } from '../../../src/domain/form/commands';
import { holdsPattern } from '../../../src/domain/form/holdsPattern';
import { createPrototype } from '../../../src/domain/prototype/create';

describe('holdsPattern', () => {
  const prototype = createPrototype('Carte', new Date('2026-12-06T09:00:00Z'));
  const withField = addField({
    type: 'shortText',
    id: 'plate',
    at: { pageId: prototype.form.pages[0]!.id, index: 0 },
    text: { label: 'Immatriculation' },
  }).apply(prototype);

  it('finds a validation pattern wherever a field sits in the prototype', () => {
    expect(holdsPattern(prototype)).toBe(false);
    expect(holdsPattern(withField)).toBe(false);
    const patterned = updateField({
      id: 'plate',
      patch: { validation: { pattern: '[A-Z]{2}-[0-9]{3}-[A-Z]{2}' } },
    }).apply(withField);
    expect(holdsPattern(patterned)).toBe(true);
    // Deep inside another structure (a questionnaire's form, a section) all the same.
    expect(
      holdsPattern({
        adoption: { forms: [{ pages: [{ fields: [patterned.form.pages[0]!.fields[0]] }] }] },
      }),
    ).toBe(true);
  });

  it('ignores an emptied pattern and the word in texts', () => {
    expect(holdsPattern({ validation: { pattern: '' } })).toBe(false);
    expect(holdsPattern({ label: 'validation', help: 'pattern' })).toBe(false);
    expect(holdsPattern(undefined)).toBe(false);
  });
});
