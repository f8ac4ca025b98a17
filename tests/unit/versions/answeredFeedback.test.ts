import { describe, expect, it } from 'vitest';
import type { PilotFeedback } from '../../../src/domain/going-further/adoption/schema';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { PrototypeContent } from '../../../src/domain/prototype/schema';
import {
  changedTargets,
  feedbackAnsweredBetween,
  feedbackBesideChanges,
  feedbackToAnswer,
} from '../../../src/domain/versions/answeredFeedback';
import { diffContents } from '../../../src/domain/versions/diff';

const base = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));
const pageId = base.form.pages[0]!.id;
type Field = PrototypeContent['form']['pages'][number]['fields'][number];
const field = (id: string, label: string) => ({ id, key: id, type: 'shortText', label }) as Field;

const feedback = (id: string, status: PilotFeedback['status'], target?: string): PilotFeedback => ({
  id,
  kind: 'feedback',
  text: `Retour ${id}`,
  priority: 'medium',
  status,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...(target ? { target: { kind: 'field', id: target, label: target } } : {}),
});

function content(fields: Field[], items: PilotFeedback[]): PrototypeContent {
  return {
    ...base,
    form: { pages: [{ id: pageId, title: 'Votre demande', fields }] },
    goingFurther: {
      adoption: {
        pilot: { profiles: [], participants: [], support: '', channels: '', feedback: items },
      },
    },
  };
}

describe('pilot feedback answered by versions', () => {
  it('offers only the accepted feedback to a new version', () => {
    const now = content(
      [],
      [feedback('a', 'accepted'), feedback('b', 'open'), feedback('c', 'done')],
    );
    expect(feedbackToAnswer(now).map((item) => item.id)).toEqual(['a']);
    expect(feedbackToAnswer(base)).toEqual([]);
  });

  it('names the feedback answered by the versions after the older one, up to the newer', () => {
    const now = content([], [feedback('a', 'done'), feedback('b', 'done'), feedback('c', 'done')]);
    const versions = [
      { number: 1 },
      { number: 2, answers: ['a'] },
      { number: 3, answers: ['b', 'gone'] },
      { number: 4, answers: ['c'] },
    ];
    expect(feedbackAnsweredBetween(versions, 1, 3, now).map((item) => item.id)).toEqual(['a', 'b']);
    expect(feedbackAnsweredBetween(versions, 2, 3, now).map((item) => item.id)).toEqual(['b']);
    expect(feedbackAnsweredBetween(versions, 3, undefined, now).map((item) => item.id)).toEqual([
      'c',
    ]);
    expect(feedbackAnsweredBetween(versions, 3, 1, now)).toEqual([]);
  });

  it('places feedback beside the field it concerns only when that field changed', async () => {
    const items = [feedback('a', 'done', 'f1'), feedback('b', 'done', 'f2'), feedback('c', 'done')];
    const before = content([field('f1', 'Nom'), field('f2', 'Prénom')], items);
    const after = content([field('f1', 'Nom de naissance'), field('f2', 'Prénom')], items);
    const diff = await diffContents(before, after);
    expect([...changedTargets(diff)]).toEqual(['field:f1']);
    const beside = feedbackBesideChanges(items, diff);
    expect([...beside.keys()]).toEqual(['field:f1']);
    expect(beside.get('field:f1')?.map((item) => item.text)).toEqual(['Retour a']);
  });

  it('knows changed statuses and messages by their kind', async () => {
    const statuses = base.tracking.statuses;
    const first = statuses[0]!;
    const after = {
      ...base,
      tracking: {
        ...base.tracking,
        statuses: statuses.map((status) =>
          status.id === first.id ? { ...status, label: `${status.label} (modifié)` } : status,
        ),
      },
    };
    const diff = await diffContents(base, after);
    expect(changedTargets(diff).has(`status:${first.id}`)).toBe(true);
  });
});
