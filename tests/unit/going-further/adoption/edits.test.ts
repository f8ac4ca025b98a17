import { describe, expect, it } from 'vitest';
import {
  dropEditedPart,
  editPart,
  keepEditedPart,
  resolvePart,
} from '../../../../src/domain/going-further/adoption/edits';
import {
  adoptionSchema,
  type Adoption,
} from '../../../../src/domain/going-further/adoption/schema';

const key = 'guide:Agent instructeur:Task_Check:check';

describe('edited parts', () => {
  it('keep the team’s text, and follow the prototype again when it is typed back', () => {
    const edited = editPart(
      {},
      { key, text: 'Vérifier aussi la signature.', generated: 'Vérifier les pièces.' },
    );
    expect(adoptionSchema.parse(edited)).toEqual(edited);
    expect(resolvePart(key, 'Vérifier les pièces.', edited.edits)).toEqual({
      key,
      text: 'Vérifier aussi la signature.',
      edited: true,
    });
    const back = editPart(edited, {
      key,
      text: 'Vérifier les pièces.',
      generated: 'Vérifier les pièces.',
    });
    expect(back).toEqual({});
    expect(resolvePart(key, 'Vérifier les pièces.', back.edits)).toEqual({
      key,
      text: 'Vérifier les pièces.',
      edited: false,
    });
  });

  it('never overwrite the team’s text when the prototype changes: both show until they choose', () => {
    const edited = editPart({}, { key, text: 'Mon texte', generated: 'Ancien' });
    const resolved = resolvePart(key, 'Nouveau', edited.edits);
    expect(resolved).toEqual({
      key,
      text: 'Mon texte',
      edited: true,
      conflict: { now: 'Nouveau' },
    });
    const kept = keepEditedPart(edited, { key, generated: 'Nouveau' });
    expect(resolvePart(key, 'Nouveau', kept.edits)).toEqual({
      key,
      text: 'Mon texte',
      edited: true,
    });
    const taken = dropEditedPart(edited, { key });
    expect(resolvePart(key, 'Nouveau', taken.edits)).toEqual({
      key,
      text: 'Nouveau',
      edited: false,
    });
  });

  it('change nothing when nothing differs', () => {
    const edited: Adoption = editPart({}, { key, text: 'Mon texte', generated: 'Ancien' });
    expect(editPart(edited, { key, text: 'Mon texte', generated: 'Ancien' })).toBe(edited);
    expect(keepEditedPart(edited, { key, generated: 'Ancien' })).toBe(edited);
    expect(dropEditedPart(edited, { key: 'other' })).toBe(edited);
  });
});

describe('the parts of a guide', () => {
  it('keep the team’s wording of what to check, and show when the process changed it', async () => {
    const { roleGuide } = await import('../../../../src/domain/going-further/adoption/guide');
    const { guideParts, guideCheckKey, withGuideParts } =
      await import('../../../../src/domain/going-further/adoption/guideParts');
    const { adoptionWording } =
      await import('../../../../src/domain/going-further/adoption/wording');
    const { defaultTracking } = await import('../../../../src/domain/tracking/defaults');
    const { defaultGraph } = await import('./defaultProcess');
    const graph = await defaultGraph();
    const guide = roleGuide(graph, defaultTracking(), 'Agent instructeur');
    const checkKey = guideCheckKey('Agent instructeur', 'Task_CheckCompleteness');
    const edited = editPart(
      {},
      {
        key: checkKey,
        text: 'Les pièces et la signature.',
        generated: 'Toutes les pièces demandées sont-elles là, lisibles et à jour ?',
      },
    );
    const parts = guideParts(guide, adoptionWording.fr, edited.edits);
    expect(parts.checks[0]?.part).toMatchObject({
      text: 'Les pièces et la signature.',
      edited: true,
    });
    expect(parts.checks[0]?.part.conflict).toBeUndefined();
    expect(withGuideParts(guide, parts).steps[0]?.check).toBe('Les pièces et la signature.');

    const changedGraph = {
      ...graph,
      elements: graph.elements.map((e) =>
        e.id === 'Task_CheckCompleteness'
          ? { ...e, notes: 'Vérifier le justificatif de domicile.' }
          : e,
      ),
    };
    const changed = roleGuide(changedGraph, defaultTracking(), 'Agent instructeur');
    const after = guideParts(changed, adoptionWording.fr, edited.edits);
    expect(after.checks[0]?.part).toMatchObject({
      text: 'Les pièces et la signature.',
      conflict: { now: 'Vérifier le justificatif de domicile.' },
    });
  });
});
