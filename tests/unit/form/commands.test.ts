import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../src/domain/commands';
import {
  addField,
  addPage,
  duplicateField,
  moveField,
  movePage,
  pasteField,
  removeField,
  removePage,
  renamePage,
  setFieldCondition,
  setFieldKey,
  setFieldOptions,
  setPageCondition,
  updateField,
} from '../../../src/domain/form/commands';
import { findField } from '../../../src/domain/form/fields';
import { doUndoRedo, field, layout, page, prototypeWith } from './builders';

const ids = (...list: string[]) => {
  const queue = [...list];
  return () => queue.shift() ?? 'extra';
};

describe('addField', () => {
  it('adds a field with defaults and a unique key, and undo/redo take it away and back', () => {
    // given a page with a short text keyed "texte"
    const before = prototypeWith(page('p1', [field('a', 'shortText', { key: 'texte' })]));
    // when a second short text is added at the end
    const { after, undone, redone } = doUndoRedo(
      before,
      addField({
        type: 'shortText',
        id: 'b',
        at: { pageId: 'p1', index: 1 },
        text: { label: 'Nom' },
      }),
    );
    // then it is there, required, with its own key
    expect(layout(after)).toEqual([['a', 'b']]);
    expect(findField(after.form, 'b')).toMatchObject({
      label: 'Nom',
      key: 'texte_2',
      required: true,
    });
    expect(layout(undone)).toEqual([['a']]);
    expect(redone.form).toEqual(after.form);
  });

  it('gives a choice field its starting options, and a group an empty list', () => {
    const before = prototypeWith(page('p1', []));
    const withRadio = addField({
      type: 'radio',
      id: 'r',
      at: { pageId: 'p1', index: 0 },
      text: { label: 'Statut', optionLabels: ['Particulier', 'Entreprise'] },
    }).apply(before);
    expect(findField(withRadio.form, 'r')?.options?.map((o) => o.value)).toEqual([
      'particulier',
      'entreprise',
    ]);
    const withGroup = addField({
      type: 'group',
      id: 'g',
      at: { pageId: 'p1', index: 1 },
      text: { label: 'Enfants' },
    }).apply(withRadio);
    expect(findField(withGroup.form, 'g')?.fields).toEqual([]);
  });

  it('refuses a section inside a group, and changes nothing', () => {
    const before = prototypeWith(page('p1', [field('g', 'group')]));
    expect(() =>
      addField({
        type: 'section',
        id: 's',
        at: { pageId: 'p1', parentId: 'g', index: 0 },
        text: { label: 'S' },
      }).apply(before),
    ).toThrow(new CommandRefusedError('form:drop.nestedContainer'));
  });
});

describe('moveField', () => {
  const before = prototypeWith(
    page('p1', [field('a'), field('b'), field('s', 'section', { fields: [field('c')] })]),
    page('p2', [field('d')]),
  );

  it('reorders within a list (the index is the gap as displayed), with undo/redo', () => {
    const { after, undone, redone } = doUndoRedo(
      before,
      moveField({ id: 'a', to: { pageId: 'p1', index: 2 } }),
    );
    expect(layout(after)[0]).toEqual(['b', 'a', 's[c]']);
    expect(undone.form).toEqual(before.form);
    expect(redone.form).toEqual(after.form);
  });

  it('moves into a section and to another page', () => {
    const intoSection = moveField({ id: 'b', to: { pageId: 'p1', parentId: 's', index: 0 } }).apply(
      before,
    );
    expect(layout(intoSection)[0]).toEqual(['a', 's[b,c]']);
    const toPage = moveField({ id: 'c', to: { pageId: 'p2', index: 0 } }).apply(before);
    expect(layout(toPage)).toEqual([
      ['a', 'b', 's[]'],
      ['c', 'd'],
    ]);
  });

  it('returns the same prototype when the field would stay where it is', () => {
    expect(moveField({ id: 'a', to: { pageId: 'p1', index: 1 } }).apply(before)).toBe(before);
  });

  it('refuses to put a section into a section', () => {
    const twoSections = prototypeWith(page('p1', [field('s1', 'section'), field('s2', 'section')]));
    expect(() =>
      moveField({ id: 's1', to: { pageId: 'p1', parentId: 's2', index: 0 } }).apply(twoSections),
    ).toThrow(CommandRefusedError);
  });
});

describe('updateField', () => {
  it('changes a property, shares the rest, and undo/redo walk back and forth', () => {
    const before = prototypeWith(
      page('p1', [field('a', 'shortText', { key: 'custom' }), field('b')]),
    );
    const { after, undone, redone } = doUndoRedo(
      before,
      updateField({ id: 'a', patch: { label: 'Nom de naissance' } }),
    );
    expect(findField(after.form, 'a')?.label).toBe('Nom de naissance');
    expect(findField(after.form, 'a')?.key).toBe('custom');
    expect(after.form.pages[0]!.fields[1]).toBe(before.form.pages[0]!.fields[1]);
    expect(findField(undone.form, 'a')?.label).toBe('Label a');
    expect(redone.form).toEqual(after.form);
  });

  it('lets a made-up key follow the label, and never a chosen one', () => {
    const before = prototypeWith(
      page('p1', [
        field('a', 'shortText', { key: 'texte' }),
        field('b', 'shortText', { key: 'nom' }),
      ]),
    );
    const renamed = updateField({ id: 'a', patch: { label: 'Nom' } }).apply(before);
    expect(findField(renamed.form, 'a')?.key).toBe('nom_2');
    const again = updateField({ id: 'a', patch: { label: 'Nom d’usage' } }).apply(renamed);
    expect(findField(again.form, 'a')?.key).toBe('nom_d_usage');
  });

  it('removes a property set to undefined, and merges typing in one box', () => {
    const before = prototypeWith(page('p1', [field('a', 'shortText', { help: 'Aide' })]));
    const after = updateField({ id: 'a', patch: { help: undefined } }).apply(before);
    expect('help' in findField(after.form, 'a')!).toBe(false);
    expect(updateField({ id: 'a', patch: { label: 'x' } }).mergeKey).toBe(
      updateField({ id: 'a', patch: { label: 'xy' } }).mergeKey,
    );
  });

  it('returns the same prototype when nothing changes', () => {
    const before = prototypeWith(page('p1', [field('a')]));
    expect(updateField({ id: 'a', patch: { label: 'Label a' } }).apply(before)).toBe(before);
  });
});

describe('setFieldKey', () => {
  const before = prototypeWith(page('p1', [field('a'), field('b')]));

  it('renames the key, with undo/redo', () => {
    const { after, undone, redone } = doUndoRedo(before, setFieldKey({ id: 'a', key: 'nom' }));
    expect(findField(after.form, 'a')?.key).toBe('nom');
    expect(findField(undone.form, 'a')?.key).toBe('a');
    expect(findField(redone.form, 'a')?.key).toBe('nom');
  });

  it('refuses a key already taken or badly formed', () => {
    expect(() => setFieldKey({ id: 'a', key: 'b' }).apply(before)).toThrow(
      new CommandRefusedError('form:errors.keyTaken', { key: 'b' }),
    );
    expect(() => setFieldKey({ id: 'a', key: '1 nom' }).apply(before)).toThrow(CommandRefusedError);
  });
});

describe('removeField', () => {
  it('deletes a field and keeps the conditions that read it, to be flagged; undo brings it back', () => {
    const rule = { field: 'a', op: 'filled' as const };
    const before = prototypeWith(
      page('p1', [field('a'), field('b', 'shortText', { visibleWhen: { all: [rule] } })]),
    );
    const { after, undone, redone } = doUndoRedo(before, removeField({ id: 'a' }));
    expect(layout(after)).toEqual([['b']]);
    expect(findField(after.form, 'b')?.visibleWhen).toEqual({ all: [rule] });
    expect(undone.form).toEqual(before.form);
    expect(redone.form).toEqual(after.form);
  });

  it('deletes a section with its fields', () => {
    const before = prototypeWith(page('p1', [field('s', 'section', { fields: [field('c')] })]));
    const after = removeField({ id: 's' }).apply(before);
    expect(findField(after.form, 'c')).toBeUndefined();
  });
});

describe('duplicateField and pasteField', () => {
  it('copies a group after itself, with new ids and keys, its inner conditions following the copy', () => {
    const inner = field('c2', 'shortText', {
      visibleWhen: { all: [{ field: 'c1', op: 'filled' }] },
    });
    const before = prototypeWith(
      page('p1', [field('g', 'group', { fields: [field('c1'), inner] })]),
    );
    const { after, undone, redone } = doUndoRedo(
      before,
      duplicateField({ id: 'g', copyId: 'g2', makeId: ids('n1', 'n2', 'o') }),
    );
    expect(layout(after)).toEqual([['g[c1,c2]', 'g2[n1,n2]']]);
    const copy = findField(after.form, 'g2')!;
    expect(copy.key).toBe('g_2');
    expect(copy.fields?.map((f) => f.key)).toEqual(['c1_2', 'c2_2']);
    expect(copy.fields?.[1]?.visibleWhen).toEqual({ all: [{ field: 'n1', op: 'filled' }] });
    expect(undone.form).toEqual(before.form);
    expect(redone.form).toEqual(after.form);
  });

  it('pastes a copied field at a position, with undo/redo', () => {
    const before = prototypeWith(page('p1', [field('a')]), page('p2', []));
    const { after, undone, redone } = doUndoRedo(
      before,
      pasteField({ field: field('a'), copyId: 'a2', at: { pageId: 'p2', index: 0 } }),
    );
    expect(layout(after)).toEqual([['a'], ['a2']]);
    expect(findField(after.form, 'a2')?.key).toBe('a_2');
    expect(undone.form).toEqual(before.form);
    expect(redone.form).toEqual(after.form);
  });

  it('pastes without the conditions that read fields the form does not have', () => {
    // given a group copied in another prototype: its own field reads a sibling of the copy,
    // the group reads a field of that other prototype, and a child is required depending
    // on one of each
    const copied = field('g', 'group', {
      visibleWhen: { all: [{ field: 'elsewhere', op: 'filled' }] },
      fields: [
        field('c1', 'shortText', {
          requiredWhen: {
            any: [
              { field: 'c2', op: 'filled' },
              { field: 'elsewhere', op: 'empty' },
            ],
          },
        }),
        field('c2', 'shortText', { visibleWhen: { all: [{ field: 'c1', op: 'filled' }] } }),
      ],
    });
    // and a field that reads one of this form's fields
    const local = field('b', 'shortText', { visibleWhen: { all: [{ field: 'a', op: 'filled' }] } });
    const before = prototypeWith(page('p1', [field('a')]));
    // when both are pasted here
    const withGroup = pasteField({
      field: copied,
      copyId: 'g2',
      at: { pageId: 'p1', index: 1 },
      makeId: ids('n1', 'n2'),
    }).apply(before);
    const after = pasteField({ field: local, copyId: 'b2', at: { pageId: 'p1', index: 2 } }).apply(
      withGroup,
    );
    // then only the conditions this form can answer remain
    const group = findField(after.form, 'g2')!;
    expect(group).not.toHaveProperty('visibleWhen');
    expect(group.fields?.[0]).not.toHaveProperty('requiredWhen');
    expect(group.fields?.[1]?.visibleWhen).toEqual({ all: [{ field: 'n1', op: 'filled' }] });
    expect(findField(after.form, 'b2')?.visibleWhen).toEqual({
      all: [{ field: 'a', op: 'filled' }],
    });
  });
});

describe('setFieldOptions', () => {
  it('replaces the options, with undo/redo', () => {
    const before = prototypeWith(
      page('p1', [field('r', 'radio', { options: [{ id: 'o1', value: 'a', label: 'A' }] })]),
    );
    const options = [
      { id: 'o2', value: 'b', label: 'B' },
      { id: 'o1', value: 'a', label: 'A' },
    ];
    const { after, undone, redone } = doUndoRedo(before, setFieldOptions({ id: 'r', options }));
    expect(findField(after.form, 'r')?.options).toEqual(options);
    expect(findField(undone.form, 'r')?.options).toHaveLength(1);
    expect(findField(redone.form, 'r')?.options).toEqual(options);
  });
});

describe('setFieldCondition', () => {
  it('sets a visibility condition and removes it, with undo/redo', () => {
    const before = prototypeWith(page('p1', [field('a', 'yesNo'), field('b')]));
    const condition = { all: [{ field: 'a', op: 'equals' as const, value: 'yes' }] };
    const { after, undone, redone } = doUndoRedo(
      before,
      setFieldCondition({ id: 'b', which: 'visibleWhen', condition }),
    );
    expect(findField(after.form, 'b')?.visibleWhen).toEqual(condition);
    expect(findField(undone.form, 'b')?.visibleWhen).toBeUndefined();
    expect(findField(redone.form, 'b')?.visibleWhen).toEqual(condition);
    const removed = setFieldCondition({
      id: 'b',
      which: 'visibleWhen',
      condition: undefined,
    }).apply(after);
    expect('visibleWhen' in findField(removed.form, 'b')!).toBe(false);
  });
});

describe('pages', () => {
  const before = prototypeWith(page('p1', [field('a')]), page('p2', []));

  it('adds a page, with undo/redo', () => {
    const { after, undone, redone } = doUndoRedo(before, addPage({ id: 'p3', title: 'Pièces' }));
    expect(after.form.pages.map((p) => p.title)).toEqual(['Page p1', 'Page p2', 'Pièces']);
    expect(undone.form.pages).toHaveLength(2);
    expect(redone.form.pages).toHaveLength(3);
  });

  it('renames a page, with undo/redo', () => {
    const { after, undone, redone } = doUndoRedo(
      before,
      renamePage({ id: 'p2', title: 'Justificatifs' }),
    );
    expect(after.form.pages[1]?.title).toBe('Justificatifs');
    expect(undone.form.pages[1]?.title).toBe('Page p2');
    expect(redone.form.pages[1]?.title).toBe('Justificatifs');
  });

  it('moves a page, with undo/redo', () => {
    const { after, undone, redone } = doUndoRedo(before, movePage({ id: 'p2', index: 0 }));
    expect(after.form.pages.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(undone.form.pages.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(redone.form.pages.map((p) => p.id)).toEqual(['p2', 'p1']);
  });

  it('removes a page with its fields, with undo/redo, but never the last one', () => {
    const { after, undone, redone } = doUndoRedo(before, removePage({ id: 'p1' }));
    expect(after.form.pages.map((p) => p.id)).toEqual(['p2']);
    expect(undone.form).toEqual(before.form);
    expect(redone.form).toEqual(after.form);
    expect(() => removePage({ id: 'p2' }).apply(after)).toThrow(
      new CommandRefusedError('form:errors.lastPage'),
    );
  });

  it('sets a page condition, with undo/redo', () => {
    const condition = { any: [{ field: 'a', op: 'filled' as const }] };
    const { after, undone, redone } = doUndoRedo(before, setPageCondition({ id: 'p2', condition }));
    expect(after.form.pages[1]?.visibleWhen).toEqual(condition);
    expect(undone.form.pages[1]?.visibleWhen).toBeUndefined();
    expect(redone.form.pages[1]?.visibleWhen).toEqual(condition);
  });
});
