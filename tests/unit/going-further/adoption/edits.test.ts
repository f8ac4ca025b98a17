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
