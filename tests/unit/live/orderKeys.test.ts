import { describe, expect, it } from 'vitest';
import { reorderKeys } from '../../../src/domain/live/orderKeys';

describe('reorderKeys', () => {
  it('gives every new item a key, in order', () => {
    const changes = reorderKeys([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    const keys = ['a', 'b', 'c'].map((id) => changes.get(id)!);
    expect([...keys].sort()).toEqual(keys);
  });

  it('changes only the key of the item that moved', () => {
    const changes = reorderKeys([
      { id: 'c', order: 'a2' },
      { id: 'a', order: 'a0' },
      { id: 'b', order: 'a1' },
    ]);
    expect([...changes.keys()]).toEqual(['c']);
    expect(changes.get('c')! < 'a0').toBe(true);
  });

  it('separates two items that share a key', () => {
    const changes = reorderKeys([
      { id: 'a', order: 'a0' },
      { id: 'm1', order: 'a1' },
      { id: 'm2', order: 'a1' },
      { id: 'z', order: 'a2' },
    ]);
    expect(changes.size).toBe(1);
    const [[moved, key]] = [...changes] as [[string, string]];
    expect(['m1', 'm2']).toContain(moved);
    const orders = { a: 'a0', m1: 'a1', m2: 'a1', z: 'a2', [moved]: key };
    expect(orders.a < orders.m1 && orders.m1 < orders.m2 && orders.m2 < orders.z).toBe(true);
  });
});
