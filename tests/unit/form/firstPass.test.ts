import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/domain/form/schema';
import {
  firstPassLimit,
  firstPassRows,
} from '../../../src/features/form-designer/canvas/firstPass';
import { field } from './builders';

/** A page of `count` short-text fields, their ids prefixed by the page's. */
function page(id: string, count: number): Page {
  return {
    id,
    title: id,
    fields: Array.from({ length: count }, (_, index) => field(`${id}-${index}`)),
  };
}

const plan = (pages: Page[], limit: number, selected?: string) =>
  Object.fromEntries(firstPassRows(pages, limit, selected));

describe('the designer’s first pass', () => {
  it('draws whole the pages within the limit, the first rows of the page across it, and nothing after', () => {
    const pages = [page('a', 10), page('b', 10), page('c', 10), page('d', 10)];
    expect(plan(pages, 16)).toEqual({ a: undefined, b: 6 });
    expect(plan(pages, 20)).toEqual({ a: undefined, b: undefined });
  });

  it('draws an empty page at the top, and the first rows of a long first page', () => {
    const pages = [page('empty', 0), page('long', 300), page('next', 5)];
    expect(plan(pages, 16)).toEqual({ empty: undefined, long: 16 });
  });

  it('draws whole the page holding the selected field, however far down', () => {
    const pages = [page('a', 30), page('b', 30), page('c', 30)];
    expect(plan(pages, 16, 'c-12')).toEqual({ a: 16, c: undefined });
    expect(plan(pages, 16, 'a-20')).toEqual({ a: undefined });
  });

  it('counts a section’s fields as rows, and draws a section whole', () => {
    const section = {
      ...field('s', 'section'),
      fields: Array.from({ length: 10 }, (_, index) => field(`in-${index}`)),
    };
    const pages = [{ id: 'a', title: 'a', fields: [field('first'), section, field('after')] }];
    expect(plan(pages, 5)).toEqual({ a: 2 });
    expect(plan([page('b', 14), ...pages], 16)).toEqual({ b: undefined, a: 2 });
    expect(plan([page('b', 15), ...pages], 16)).toEqual({ b: undefined, a: 1 });
  });

  it('finds a selected field inside a section', () => {
    const section = { ...field('s', 'section'), fields: [field('inside')] };
    const pages = [page('a', 30), { id: 'b', title: 'b', fields: [section] }];
    expect(plan(pages, 16, 'inside')).toEqual({ a: 16, b: undefined });
  });

  it('draws as many rows as the window can show below the canvas’s top, at least 4', () => {
    // The canvas's first row starts 417 pixels down at 1600×1000 and 1920×1080.
    expect(firstPassLimit(1000)).toBe(11);
    expect(firstPassLimit(1080)).toBe(13);
    expect(firstPassLimit(1440)).toBe(19);
    expect(firstPassLimit(720)).toBe(6);
    expect(firstPassLimit(320)).toBe(4);
  });
});
