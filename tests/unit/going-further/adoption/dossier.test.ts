import { describe, expect, it } from 'vitest';
import { adoptionDossier } from '../../../../src/domain/going-further/adoption/dossier';
import { editPart } from '../../../../src/domain/going-further/adoption/edits';
import { guideCheckKey } from '../../../../src/domain/going-further/adoption/guideParts';
import { addPilotProfile } from '../../../../src/domain/going-further/adoption/pilotChanges';
import { newPrototypeContent } from '../../../../src/domain/prototype/create';

const words = (language: string) => ({
  t: (key: string) => (key === 'documentLanguage' ? language : key),
  date: (day: string) => day,
});

describe('the adoption part in the review dossier', () => {
  it('holds a guide per role and the FAQ, with the team’s wording, then the parts worked on', async () => {
    const content = newPrototypeContent('Carte de stationnement', 'p1');
    let adoption = editPart(
      {},
      {
        key: guideCheckKey('Agent instructeur', 'Task_Examine'),
        text: 'Le justificatif a moins de trois mois.',
        generated: '',
      },
    );
    adoption = addPilotProfile(adoption, { profile: { id: 'a', name: 'Familles', covers: [] } });
    const documents = await adoptionDossier(
      { ...content, goingFurther: { adoption } },
      words('fr'),
    );
    expect(documents.map((document) => document.title)).toEqual([
      'Guide de formation — Demandeur',
      'Guide de formation — Agent instructeur',
      'Guide de formation — Responsable du service',
      'Foire aux questions (brouillon)',
      'Bilan de la phase pilote',
    ]);
    expect(JSON.stringify(documents[1])).toContain('Le justificatif a moins de trois mois.');
  });

  it('is written in the language of the part’s strings', async () => {
    const content = newPrototypeContent('Parking permit', 'p1');
    const documents = await adoptionDossier(content, words('en'));
    expect(documents.at(-1)?.title).toBe('Frequently asked questions (draft)');
  });
});
