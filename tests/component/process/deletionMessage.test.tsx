import { describe, expect, it } from 'vitest';
import { deletionMessage } from '../../../src/features/process/announceDeletion';
import { i18n } from '../../../src/ui/i18n/i18n';
import '../../../src/features/process/i18n';

const text = (deletion: Parameters<typeof deletionMessage>[0], language = 'fr') => {
  const { messageKey, params } = deletionMessage(deletion);
  return i18n.getFixedT(language)(messageKey, params);
};
const step = { name: 'Vérifier les pièces', typeLabel: 'Tâche d’un agent', isTask: true };

describe('deletionMessage (what a deletion in the diagram says)', () => {
  it('names the step and counts its flows', () => {
    expect(text({ elements: [step], flows: 2 })).toBe(
      'Étape « Vérifier les pièces » supprimée, avec 2 flux.',
    );
    expect(text({ elements: [step], flows: 1 }, 'en')).toBe(
      'Step “Vérifier les pièces” deleted, with 1 flow.',
    );
    expect(text({ elements: [step], flows: 0 })).toBe('Étape « Vérifier les pièces » supprimée.');
  });

  it('names an unnamed element by its type, and counts several', () => {
    const gateway = { name: ' ', typeLabel: 'Passerelle parallèle', isTask: false };
    expect(text({ elements: [gateway], flows: 3 })).toBe(
      'Élément « Passerelle parallèle » supprimé, avec 3 flux.',
    );
    expect(text({ elements: [step, gateway], flows: 4 })).toBe(
      '2 éléments supprimés, avec 4 flux.',
    );
    expect(text({ elements: [], flows: 1 })).toBe('1 flux supprimé.');
  });

  it('says where the flow bpmn-js rejoined past the step now leads', () => {
    expect(
      text({ elements: [step], flows: 1, rejoined: { from: 'Dossier complet ?', to: 'Décider' } }),
    ).toBe(
      'Étape « Vérifier les pièces » supprimée, avec 1 flux ; « Dossier complet ? » mène maintenant à « Décider ».',
    );
  });
});
