import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../src/domain/documents/model';
import {
  faqDocument,
  guideDocument,
} from '../../../../src/domain/going-further/adoption/documents';
import { roleGuide } from '../../../../src/domain/going-further/adoption/guide';
import { roleQuiz } from '../../../../src/domain/going-further/adoption/quiz';
import { adoptionWording } from '../../../../src/domain/going-further/adoption/wording';
import { defaultTracking } from '../../../../src/domain/tracking/defaults';
import { defaultGraph } from './defaultProcess';

const words = adoptionWording.fr;
const context = { words, language: 'fr' as const, fields: [] };
const texts = (blocks: DocumentBlock[]) =>
  blocks.flatMap((block) =>
    block.kind === 'list'
      ? block.items
      : block.kind === 'table'
        ? block.rows.flat()
        : block.kind === 'image'
          ? [block.alt]
          : [block.text],
  );

describe('guideDocument', () => {
  it('reads as the role’s guide: its steps, what the requester sees, its quiz', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const guide = roleGuide(graph, tracking, 'Agent instructeur');
    const document = guideDocument(guide, roleQuiz(guide, graph, tracking, words), [], context);
    expect(document.title).toBe('Guide de formation — Agent instructeur');
    const stepHeadings = document.blocks
      .filter(
        (b): b is Extract<DocumentBlock, { kind: 'heading' }> =>
          b.kind === 'heading' && b.level === 1,
      )
      .map((b) => b.text);
    expect(stepHeadings).toEqual([...guide.steps.map((s) => s.name), 'Exercices pratiques']);
    expect(stepHeadings).not.toContain('Prendre la décision');
    const all = texts(document.blocks);
    expect(all).toContain(
      '« En cours de vérification » — Nous vérifions que votre dossier est complet.',
    );
    expect(all).toContain(
      '« Non » → Demander les pièces manquantes ; le demandeur voit « En attente de vos pièces » ; Courriel : Des pièces manquent à votre demande {{code_suivi}}',
    );
    expect(all).toContain('Quel statut voit le demandeur après l’étape « Instruire la demande » ?');
    expect(all).toContain('Réponse : En cours d’instruction');
    expect(all).toContain('Aucun scénario enregistré ne passe par les étapes de ce rôle.');
  });

  it('carries the diagram with its alternative text when there is one', async () => {
    const graph = await defaultGraph();
    const guide = roleGuide(graph, defaultTracking(), 'Agent instructeur');
    const document = guideDocument(guide, [], [], context, {
      picture: { svg: '<svg/>', alt: 'Le processus' },
    });
    expect(document.blocks).toContainEqual({ kind: 'image', svg: '<svg/>', alt: 'Le processus' });
  });

  it('says so when a role has no step yet', () => {
    const document = guideDocument({ role: 'Secrétariat', steps: [] }, [], [], context);
    expect(texts(document.blocks)).toEqual([
      'Le processus ne donne encore aucune étape à ce rôle.',
    ]);
  });
});

describe('faqDocument', () => {
  it('has a section per source, and says when one has nothing', () => {
    const document = faqDocument(
      { form: [], statuses: [{ id: 'status:a', question: 'Q ?', answer: 'R.' }], exceptions: [] },
      words,
    );
    expect(texts(document.blocks)).toEqual([
      words.faqIntro,
      'Remplir le formulaire',
      'Rien à en tirer pour l’instant.',
      'Suivre sa demande',
      'Q ?',
      'R.',
      'Cas particuliers',
      'Rien à en tirer pour l’instant.',
    ]);
  });
});
