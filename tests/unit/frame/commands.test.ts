import { describe, expect, it } from 'vitest';
import {
  addAgentImpact,
  addFrameItem,
  removeFrameItem,
  setFrameSection,
  updateAgentImpact,
  updateFrameItem,
} from '../../../src/domain/frame/commands';
import { diffFrame } from '../../../src/domain/frame/diff';
import { contentOf } from '../../../src/domain/prototype/model';
import { createPrototype } from '../../../src/domain/prototype/create';
import { prototypeSchema } from '../../../src/domain/prototype/schema';
import { restoreVersion } from '../../../src/domain/versions/restore';

const blank = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));

describe('the frame commands', () => {
  it('leave a prototype without a frame as it is until something is answered', () => {
    expect(blank.frame).toBeUndefined();
    expect(Object.keys(contentOf(blank))).not.toContain('frame');
    const same = setFrameSection({ section: 'where', changes: { territoryName: '' } });
    expect(same.apply(blank)).toBe(blank);
  });

  it('create the frame on the first answer, which the schema accepts', () => {
    const where = setFrameSection({ section: 'where', changes: { territory: 'region' } }).apply(
      blank,
    );
    expect(where.frame?.where).toEqual({ territory: 'region', territoryName: '' });
    expect(prototypeSchema.safeParse(where).success).toBe(true);
    const cleared = setFrameSection({ section: 'where', changes: { territory: undefined } }).apply(
      where,
    );
    expect(cleared.frame?.where).toEqual({ territoryName: '' });
  });

  it('edit list items by id, typing in one box being one undo step', () => {
    const added = addFrameItem({ list: 'budget', item: { id: 'b1', item: 'Licence' } }).apply(
      blank,
    );
    const typing = updateFrameItem({ list: 'budget', id: 'b1', changes: { amount: 900 } });
    const priced = typing.apply(added);
    expect(priced.frame?.budget).toEqual([{ id: 'b1', item: 'Licence', amount: 900 }]);
    expect(typing.mergeKey).toBe('updateFrameItem:budget:b1:amount');
    expect(
      updateFrameItem({ list: 'budget', id: 'nope', changes: { item: 'x' } }).apply(priced),
    ).toBe(priced);
    expect(removeFrameItem({ list: 'budget', id: 'b1' }).apply(priced).frame?.budget).toEqual([]);
  });

  it('keep the impacts on agents apart from the frame', () => {
    const impact = {
      id: 'i1',
      role: 'Accueil',
      before: '',
      workload: '',
      means: '',
      responsibilities: '',
      owner: '',
      action: '',
    };
    const added = addAgentImpact({ impact }).apply(blank);
    expect(added.frame).toBeUndefined();
    const edited = updateAgentImpact({ id: 'i1', changes: { before: 'Sur papier' } }).apply(added);
    expect(edited.impacts?.agents[0]?.before).toBe('Sur papier');
    expect(diffFrame(blank, edited).frame).toEqual(['impacts.agents']);
    expect(diffFrame(blank, blank).frame).toEqual([]);
  });

  it('are kept when an earlier design is restored: the project’s frame is not a design choice', () => {
    const framed = setFrameSection({ section: 'how', changes: { means: 'Plateforme' } }).apply(
      blank,
    );
    const restored = restoreVersion({ content: contentOf(blank) }).apply(framed);
    expect(restored.frame).toEqual(framed.frame);
    expect(prototypeSchema.safeParse(restored).success).toBe(true);
  });
});
