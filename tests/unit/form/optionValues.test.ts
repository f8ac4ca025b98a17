import { describe, expect, it } from 'vitest';
import { setFieldOptions } from '../../../src/domain/form/commands';
import { findField } from '../../../src/domain/form/fields';
import type { FieldOption } from '../../../src/domain/form/schema';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { doUndoRedo, field, page, prototypeWith } from './builders';

const made: FieldOption[] = [
  { id: 'o1', value: 'option_1', label: 'Option 1' },
  { id: 'o2', value: 'option_2', label: 'Option 2' },
];
const renamed = (options: FieldOption[]) =>
  options.map((option) => (option.id === 'o2' ? { ...option, label: 'Entreprise' } : option));

/** A choice, a field shown when it says "option_2", its default answer "option_2". */
function draft(options = made): Prototype {
  return prototypeWith(
    page('p1', [
      field('status', 'radio', { options, defaultValue: 'option_2' }),
      field('siret', 'siret', {
        visibleWhen: { all: [{ field: 'status', op: 'oneOf', value: ['option_1', 'option_2'] }] },
      }),
    ]),
  );
}

describe('setFieldOptions: values follow their labels until the first submission', () => {
  it('gives a renamed option the value of its new label, and updates what reads it', () => {
    const { after, undone, redone } = doUndoRedo(
      draft(),
      setFieldOptions({ id: 'status', options: renamed(made) }),
    );
    const status = findField(after.form, 'status')!;
    expect(status.options!.map((option) => option.value)).toEqual(['option_1', 'entreprise']);
    expect(status.defaultValue).toBe('entreprise');
    expect(findField(after.form, 'siret')!.visibleWhen).toEqual({
      all: [{ field: 'status', op: 'oneOf', value: ['option_1', 'entreprise'] }],
    });
    expect(findField(undone.form, 'status')!.options).toEqual(made);
    expect(redone.form).toEqual(after.form);
  });

  it('keeps a value someone typed, and keeps values unique', () => {
    const typed = [made[0]!, { id: 'o2', value: 'pro', label: 'Option 2' }];
    const kept = setFieldOptions({ id: 'status', options: renamed(typed) }).apply(draft(typed));
    expect(findField(kept.form, 'status')!.options![1]!.value).toBe('pro');
    const twin = [{ ...made[0]!, label: 'Entreprise', value: 'entreprise' }, made[1]!];
    const unique = setFieldOptions({ id: 'status', options: renamed(twin) }).apply(draft(twin));
    expect(findField(unique.form, 'status')!.options![1]!.value).toBe('entreprise_2');
  });

  it('never changes a stored value once the prototype was submitted for review', () => {
    const submitted: Prototype = { ...draft(), status: 'submitted' };
    const after = setFieldOptions({ id: 'status', options: renamed(made) }).apply(submitted);
    expect(findField(after.form, 'status')!.options![1]).toEqual({
      id: 'o2',
      value: 'option_2',
      label: 'Entreprise',
    });
    // Sent back for changes, then turned into a draft again: still the values reviewed.
    const reviewed: Prototype = {
      ...draft(),
      review: {
        rounds: [{ contentHash: 'a'.repeat(64), origin: 'submitted-here', signoffs: [] }],
        draftComments: [],
        resolvedCommentIds: [],
      },
    };
    const again = setFieldOptions({ id: 'status', options: renamed(made) }).apply(reviewed);
    expect(findField(again.form, 'status')!.options![1]!.value).toBe('option_2');
  });

  it('leaves the fields that nothing refers to as they were', () => {
    const base = draft();
    const other = field('other');
    const before = {
      ...base,
      form: { pages: [page('p1', [...base.form.pages[0]!.fields, other])] },
    };
    const after = setFieldOptions({ id: 'status', options: renamed(made) }).apply(before);
    expect(after.form.pages[0]!.fields[1]).not.toBe(before.form.pages[0]!.fields[1]);
    expect(after.form.pages[0]!.fields[2]).toBe(other);
  });
});
