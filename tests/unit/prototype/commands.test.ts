import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../src/domain/commands';
import { renamePrototype } from '../../../src/domain/prototype/commands';
import { createPrototype, duplicatePrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { emptyHistory, record, redo, undo } from '../../../src/state/history';

const now = new Date('2026-11-23T09:00:00.000Z');

describe('renamePrototype', () => {
  it('renames, and undo/redo walk back and forth', () => {
    // given
    const before = createPrototype('Carte de stationnement', now);
    // when
    const after = renamePrototype({ name: 'Carte de résident' }).apply(before);
    const history = record(emptyHistory, before, 'renamePrototype:name', 0);
    // then
    expect(after.name).toBe('Carte de résident');
    const undone = undo(history, after);
    expect(undone?.prototype.name).toBe('Carte de stationnement');
    const redone = undone && redo(undone.history, undone.prototype);
    expect(redone?.prototype.name).toBe('Carte de résident');
  });

  it('keeps the spaces being typed', () => {
    const prototype = createPrototype('Carte', now);
    expect(renamePrototype({ name: 'Carte ' }).apply(prototype).name).toBe('Carte ');
  });

  it('refuses a blank name and changes nothing', () => {
    const prototype = createPrototype('Carte', now);
    expect(() => renamePrototype({ name: '   ' }).apply(prototype)).toThrow(CommandRefusedError);
  });

  it('returns the same prototype when the name does not change', () => {
    const prototype = createPrototype('Carte', now);
    expect(renamePrototype({ name: 'Carte' }).apply(prototype)).toBe(prototype);
  });
});

describe('setPurposeItem', () => {
  it('sets one item and leaves the others shared', () => {
    const before = createPrototype('Carte', now);
    const after = setPurposeItem({ item: 'audience', value: 'Les résidents' }).apply(before);
    expect(after.purpose.audience).toBe('Les résidents');
    expect(after.form).toBe(before.form);
    const undone = undo(record(emptyHistory, before, 'x', 0), after);
    expect(undone?.prototype.purpose.audience).toBe('');
  });

  it('merges a burst of typing in one item into one undo step', () => {
    const command = setPurposeItem({ item: 'statement', value: 'a' });
    expect(command.mergeKey).toBe('setPurposeItem:statement');
    expect(setPurposeItem({ item: 'audience', value: 'a' }).mergeKey).not.toBe(command.mergeKey);
  });
});

describe('duplicatePrototype', () => {
  it('copies the content under a new id, as a new draft', () => {
    const source = {
      ...setPurposeItem({ item: 'value', value: 'Moins de papier' }).apply(
        createPrototype('Carte', now),
      ),
      status: 'approved' as const,
      revision: 7,
    };
    const copy = duplicatePrototype(source, 'Copie de Carte', now);
    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe('Copie de Carte');
    expect(copy.purpose).toEqual(source.purpose);
    expect(copy.status).toBe('draft');
    expect(copy.revision).toBe(0);
  });
});
