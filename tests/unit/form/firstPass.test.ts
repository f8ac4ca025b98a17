import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/domain/form/schema';
import { firstPassPages } from '../../../src/features/form-designer/canvas/firstPass';
import { field } from './builders';

/** A page of `count` short-text fields, their ids prefixed by the page's. */
function page(id: string, count: number): Page {
  return {
    id,
    title: id,
    fields: Array.from({ length: count }, (_, index) => field(`${id}-${index}`)),
  };
}

describe('the designer’s first pass', () => {
  it('draws the pages that start within the first 24 fields, and leaves the rest for later', () => {
    const pages = [page('a', 10), page('b', 10), page('c', 10), page('d', 10)];
    expect([...firstPassPages(pages, undefined)]).toEqual(['a', 'b', 'c']);
  });

  it('draws a first page of any length, and an empty page at the top', () => {
    const pages = [page('empty', 0), page('long', 300), page('next', 5)];
    expect([...firstPassPages(pages, undefined)]).toEqual(['empty', 'long']);
  });

  it('draws the page holding the selected field, however far down', () => {
    const pages = [page('a', 30), page('b', 30), page('c', 30)];
    expect([...firstPassPages(pages, 'c-12')]).toEqual(['a', 'c']);
  });

  it('finds a selected field inside a section', () => {
    const section = { ...field('s', 'section'), fields: [field('inside')] };
    const pages = [page('a', 30), { id: 'b', title: 'b', fields: [section] }];
    expect([...firstPassPages(pages, 'inside')]).toEqual(['a', 'b']);
  });
});
