import { describe, expect, it } from 'vitest';
import { filterExceptions, sortExceptions } from '../../../src/domain/exceptions/listing';
import { exception } from './fixtures';

const list = [
  exception({
    id: 'a',
    title: 'Tutelle',
    frequency: 'rare',
    status: 'resolved',
    decision: 'handled',
    createdAt: '2026-11-23T09:00:00Z',
  }),
  exception({
    id: 'b',
    title: 'Artisan',
    frequency: 'share',
    sharePercent: 12,
    createdAt: '2026-11-23T09:05:00Z',
  }),
  exception({
    id: 'c',
    title: 'écrivain public',
    frequency: 'frequent',
    status: 'in-progress',
    decision: 'later',
    createdAt: '2026-11-23T09:10:00Z',
  }),
  exception({ id: 'd', title: 'Inconnu', createdAt: '2026-11-23T09:15:00Z' }),
];
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('filterExceptions', () => {
  it('keeps what matches every criterion given', () => {
    expect(ids(filterExceptions(list, {}))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterExceptions(list, { status: 'open' }))).toEqual(['b', 'd']);
    expect(ids(filterExceptions(list, { decision: 'undecided' }))).toEqual(['b', 'd']);
    expect(ids(filterExceptions(list, { decision: 'later', status: 'in-progress' }))).toEqual([
      'c',
    ]);
    expect(ids(filterExceptions(list, { frequency: 'share' }))).toEqual(['b']);
  });
});

describe('sortExceptions', () => {
  it('sorts by capture, frequency, title or status, without changing the list', () => {
    expect(ids(sortExceptions(list, 'newest'))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(sortExceptions(list, 'oldest'))).toEqual(['a', 'b', 'c', 'd']);
    // "frequent" reads as about 20 %, above a measured 12 %; an unknown frequency goes last.
    expect(ids(sortExceptions(list, 'frequency'))).toEqual(['c', 'b', 'a', 'd']);
    expect(ids(sortExceptions(list, 'title'))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(sortExceptions(list, 'status'))).toEqual(['b', 'd', 'c', 'a']);
    expect(ids(list)).toEqual(['a', 'b', 'c', 'd']);
  });
});
