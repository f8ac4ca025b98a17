import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/domain/form/schema';
import { pagesWithin } from '../../../src/features/form-designer/canvas/firstPass';
import { field } from './builders';

/** A page of `count` short-text fields, their ids prefixed by the page's. */
function page(id: string, count: number): Page {
  return {
    id,
    title: id,
    fields: Array.from({ length: count }, (_, index) => field(`${id}-${index}`)),
  };
}

describe('the pages drawn while a long form is being drawn', () => {
  it('are those that start within the limit', () => {
    const pages = [page('a', 10), page('b', 10), page('c', 10), page('d', 10)];
    expect([...pagesWithin(pages, 24, undefined)]).toEqual(['a', 'b', 'c']);
    expect([...pagesWithin(pages, 10, undefined)]).toEqual(['a']);
  });

  it('include a first page of any length, and an empty page at the top', () => {
    const pages = [page('empty', 0), page('long', 300), page('next', 5)];
    expect([...pagesWithin(pages, 24, undefined)]).toEqual(['empty', 'long']);
  });

  it('include the page holding the selected field, however far down', () => {
    const pages = [page('a', 30), page('b', 30), page('c', 30)];
    expect([...pagesWithin(pages, 24, 'c-12')]).toEqual(['a', 'c']);
  });

  it('find a selected field inside a section', () => {
    const section = { ...field('s', 'section'), fields: [field('inside')] };
    const pages = [page('a', 30), { id: 'b', title: 'b', fields: [section] }];
    expect([...pagesWithin(pages, 24, 'inside')]).toEqual(['a', 'b']);
  });
});
