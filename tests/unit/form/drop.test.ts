import { describe, expect, it } from 'vitest';
import { dropSlots, validateDrop } from '../../../src/domain/form/drop';
import { field, page } from './builders';

const form = {
  pages: [
    page('p1', [field('a'), field('s', 'section', { fields: [field('c')] })]),
    page('p2', []),
  ],
};

describe('validateDrop', () => {
  it('accepts any field on a page, and a simple field in a section', () => {
    expect(
      validateDrop(form, { kind: 'new', type: 'group' }, { pageId: 'p2', index: 0 }),
    ).toBeUndefined();
    expect(
      validateDrop(form, { kind: 'existing', id: 'a' }, { pageId: 'p1', parentId: 's', index: 1 }),
    ).toBeUndefined();
  });

  it('says why a drop is refused', () => {
    expect(
      validateDrop(form, { kind: 'new', type: 'group' }, { pageId: 'p1', parentId: 's', index: 0 }),
    ).toBe('nestedContainer');
    expect(
      validateDrop(form, { kind: 'existing', id: 's' }, { pageId: 'p1', parentId: 's', index: 0 }),
    ).toBe('intoItself');
    expect(validateDrop(form, { kind: 'new', type: 'date' }, { pageId: 'nowhere', index: 0 })).toBe(
      'unknownList',
    );
    expect(validateDrop(form, { kind: 'new', type: 'date' }, { pageId: 'p1', index: 9 })).toBe(
      'unknownList',
    );
    expect(validateDrop(form, { kind: 'existing', id: 'gone' }, { pageId: 'p1', index: 0 })).toBe(
      'unknownField',
    );
  });
});

describe('dropSlots', () => {
  const describeSlot = (slot: { pageId: string; parentId?: string; index: number }) =>
    `${slot.pageId}${slot.parentId ? `/${slot.parentId}` : ''}:${slot.index}`;

  it('lists every gap in reading order for a new field', () => {
    expect(dropSlots(form, { kind: 'new', type: 'email' }).map(describeSlot)).toEqual([
      'p1:0',
      'p1:1',
      'p1/s:0',
      'p1/s:1',
      'p1:2',
      'p2:0',
    ]);
  });

  it('leaves out a section for a section, and the gap that means "stay" for a moved field', () => {
    expect(dropSlots(form, { kind: 'new', type: 'section' }).map(describeSlot)).toEqual([
      'p1:0',
      'p1:1',
      'p1:2',
      'p2:0',
    ]);
    expect(dropSlots(form, { kind: 'existing', id: 'a' }).map(describeSlot)).toEqual([
      'p1:0',
      'p1/s:0',
      'p1/s:1',
      'p1:2',
      'p2:0',
    ]);
  });
});
