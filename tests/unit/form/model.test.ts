import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import { bundleToText, writeBundle } from '../../../src/domain/bundle/writeBundle';
import { allFields, locateField } from '../../../src/domain/form/fields';
import { countFields, isFormStarted } from '../../../src/domain/form/progress';
import { formSchema } from '../../../src/domain/form/schema';
import { field, page, prototypeWith } from './builders';

const nested = {
  pages: [
    page('p1', [
      field('a'),
      field('s', 'section', { fields: [field('b'), field('t', 'explanation')] }),
    ]),
    page('p2', [field('g', 'group', { fields: [field('c', 'date')] })]),
  ],
};

describe('allFields', () => {
  it('lists nested fields in reading order, with where they sit', () => {
    expect(
      allFields(nested).map(({ field: f, parentId, pageIndex, order }) => [
        f.id,
        parentId,
        pageIndex,
        order,
      ]),
    ).toEqual([
      ['a', undefined, 0, 0],
      ['s', undefined, 0, 1],
      ['b', 's', 0, 2],
      ['t', 's', 0, 3],
      ['g', undefined, 1, 4],
      ['c', 'g', 1, 5],
    ]);
  });

  it('locates each field as it lists it, on a form looked up in once or many times', () => {
    for (const located of allFields(nested)) {
      const fresh = { pages: [...nested.pages] };
      expect(locateField(fresh, located.field.id)).toEqual(located);
      expect(locateField(fresh, located.field.id)).toEqual(located);
    }
    expect(locateField({ pages: [...nested.pages] }, 'absent')).toBeUndefined();
  });

  it('counts the questions, nested ones included, not headings or texts', () => {
    expect(countFields(nested)).toBe(3);
    expect(isFormStarted({ pages: [page('p', [field('s', 'section')])] })).toBe(false);
  });

  it('is started by a question nested in a section, or on a later page', () => {
    const section = { ...field('s', 'section'), fields: [field('q', 'shortText')] };
    expect(isFormStarted({ pages: [page('p', [section])] })).toBe(true);
    expect(isFormStarted({ pages: [page('p', []), page('p2', [field('e', 'email')])] })).toBe(true);
  });
});

describe('formSchema', () => {
  const problems = (form: unknown) => {
    const result = formSchema.safeParse(form);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a form with sections and groups', () => {
    expect(problems(nested)).toEqual([]);
  });

  it('refuses duplicate ids and keys, and says where', () => {
    expect(problems({ pages: [page('p', [field('a'), field('a')])] })).toEqual([
      'pages.0.fields.1.id: duplicate id "a"',
      'pages.0.fields.1.key: duplicate key "a"',
    ]);
  });

  it('refuses a group inside a section, an unknown type and a badly formed key', () => {
    expect(
      problems({ pages: [page('p', [field('s', 'section', { fields: [field('g', 'group')] })])] }),
    ).toContain(
      'pages.0.fields.0.fields.0.type: a section or repeatable group cannot be placed inside another',
    );
    expect(
      problems({ pages: [page('p', [{ ...field('a'), type: 'hologram' as 'date' }])] })[0],
    ).toMatch(/^pages\.0\.fields\.0\.type/);
    expect(problems({ pages: [page('p', [{ ...field('a'), key: '1 a' }])] })[0]).toMatch(
      /key: a key starts with a letter/,
    );
  });

  it('goes through export and import unchanged', async () => {
    const prototype = prototypeWith(...nested.pages);
    const bundle = await writeBundle(prototype, { now: new Date(), appVersion: 'test' });
    const read = await readBundle(bundleToText(bundle));
    expect(read.ok && read.bundle.prototype.form).toEqual(prototype.form);
  });
});
