import { diffAdoption } from '../../../src/domain/going-further/adoption/diff';
import { describe, expect, it } from 'vitest';
import { diffGoingFurther } from '../../../src/domain/going-further/diff';
import { goingFurtherSchema } from '../../../src/domain/going-further/schema';
import {
  prototypeContentSchema,
  type PrototypeContent,
} from '../../../src/domain/prototype/schema';
import { contentOf } from '../../../src/domain/prototype/model';
import { newPrototypeContent } from '../../../src/domain/prototype/create';
import { restoreVersion } from '../../../src/domain/versions/restore';
import { stepHashesOf } from '../../../src/domain/review/stepHashes';
import { contentHash } from '../../../src/domain/bundle/hash';
import { audience as anAudience, planned } from './fixtures';

const base = (): PrototypeContent => contentOf(newPrototypeContent('Carte de stationnement', 'p1'));

describe('« Pour aller plus loin » in the content', () => {
  it('is absent from a prototype that never used it, which reads as before', () => {
    const content = base();
    expect(Object.keys(content)).not.toContain('goingFurther');
    expect(prototypeContentSchema.parse(content)).toEqual(content);
  });

  it('accepts a file with only some of its parts', () => {
    expect(goingFurtherSchema.parse({})).toEqual({});
    expect(
      goingFurtherSchema.parse({
        launch: { pilot: { report: { done: true, note: '' } }, open: {} },
      }),
    ).toEqual({ launch: { pilot: { report: { done: true, note: '' } }, open: {} } });
  });
});

describe('diffGoingFurther', () => {
  it('names the parts that changed, and nothing when the step was never used', () => {
    const before = base();
    expect(diffGoingFurther(before, base())).toEqual({ goingFurther: [] });
    const after: PrototypeContent = {
      ...before,
      goingFurther: { launch: { pilot: {}, open: { monitoring: { done: true, note: '' } } } },
    };
    expect(diffGoingFurther(before, after)).toEqual({ goingFurther: ['launch'] });
    expect(diffGoingFurther(after, before)).toEqual({ goingFurther: ['launch'] });
  });
});

describe('restoring a version', () => {
  it('keeps today’s deployment record, and undoes like any command', () => {
    const earlier = base();
    const today = planned();
    const restored = restoreVersion({ content: { ...earlier, name: 'Ancien nom' } }).apply(today);
    expect(restored.name).toBe('Ancien nom');
    expect(restored.goingFurther).toBe(today.goingFurther);
  });
});

describe('what no sign-off covers', () => {
  it('leaves the step out of the step hashes and the content hash: drafting it keeps an approval', async () => {
    const content = base();
    const started = { ...content, goingFurther: { launch: { pilot: {}, open: {} } } };
    const hashes = await stepHashesOf(started);
    expect(hashes).not.toHaveProperty('going-further');
    expect(hashes).toEqual(await stepHashesOf(content));
    expect(await contentHash(started)).toBe(await contentHash(content));
    expect(
      await contentHash({ ...content, purpose: { ...content.purpose, statement: 'x' } }),
    ).not.toBe(await contentHash(content));
  });
});

describe('the comparison of the adoption', () => {
  it('details what changed: reworded texts, audiences, sessions, pilot and the rest', () => {
    const audience = (id: string, name: string, date = '') => anAudience({ id, name, date });
    const before = {
      edits: [{ key: 'faq:a', text: 'Ancien', generated: 'G' }],
      communication: { audiences: [audience('a1', 'Agents'), audience('a2', 'Presse')] },
    };
    const after = {
      edits: [{ key: 'faq:a', text: 'Nouveau texte', generated: 'G' }],
      communication: {
        audiences: [audience('a1', 'Agents', '2027-03-01'), audience('a3', 'Élus')],
      },
      support: { requesters: [], agents: 'Hotline', inclusion: [] },
    };
    expect(diffAdoption(before, after)).toEqual([
      { area: 'edits', kind: 'changed', name: 'Nouveau texte' },
      { area: 'audiences', kind: 'changed', name: 'Agents' },
      { area: 'audiences', kind: 'added', name: 'Élus' },
      { area: 'audiences', kind: 'removed', name: 'Presse' },
      { area: 'support', kind: 'added' },
    ]);
    expect(diffAdoption(after, after)).toEqual([]);
  });

  it('names a change of the evaluation form, and says a change it does not detail', () => {
    const form = { pages: [{ id: 'p', title: 'Évaluation', fields: [] }] } as never;
    expect(diffAdoption({}, { evaluationForm: form })).toEqual([
      { area: 'evaluationForm', kind: 'added' },
    ]);
    // A key the comparison does not know (a later Fabrik's, say) is still reported.
    const unknown = { later: true } as never;
    expect(diffAdoption({}, unknown)).toEqual([{ area: 'other', kind: 'changed' }]);
  });
});
