import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../src/domain/documents/model';
import { editPart } from '../../../../src/domain/going-further/adoption/edits';
import { pilotCoverage } from '../../../../src/domain/going-further/adoption/pilotCoverage';
import {
  byPriority,
  pilotReportDocument,
  pilotReportKey,
  resolvedReportParts,
} from '../../../../src/domain/going-further/adoption/pilotReport';
import type { PilotWay } from '../../../../src/domain/going-further/adoption/pilotWays';
import { pilotWording } from '../../../../src/domain/going-further/adoption/pilotWording';
import type { Pilot, PilotFeedback } from '../../../../src/domain/going-further/adoption/schema';

const words = pilotWording.fr;
const item = (id: string, changes: Partial<PilotFeedback>): PilotFeedback => ({
  id,
  kind: 'feedback',
  text: `Retour ${id}`,
  priority: 'medium',
  status: 'open',
  createdAt: '2026-12-05T10:00:00.000Z',
  ...changes,
});

const pilot: Pilot = {
  profiles: [{ id: 'a', name: 'Particuliers', covers: ['path:1'] }],
  participants: [{ id: 'p1', name: 'Léa', profileId: 'a' }],
  support: '',
  channels: '',
  feedback: [
    item('low', {
      priority: 'low',
      status: 'done',
      target: { kind: 'field', id: 'f', label: 'Nom' },
    }),
    item('high-remark', { priority: 'high', status: 'accepted' }),
    item('high-anomaly', {
      priority: 'high',
      kind: 'anomaly',
      status: 'open',
      text: 'Le code ne marche pas',
    }),
  ],
};
const ways: PilotWay[] = [
  { kind: 'path', key: 'path:1', steps: ['A', 'B'], reachesEnd: true },
  { kind: 'condition', key: 'f:visibleWhen:met', label: 'SIRET', rule: 'visibleWhen', met: true },
];

const texts = (blocks: DocumentBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'list'
      ? b.items
      : b.kind === 'table'
        ? b.rows.flat()
        : b.kind === 'image'
          ? []
          : [b.text],
  );

describe('the pilot report', () => {
  it('puts high priority first, anomalies before remarks', () => {
    expect(byPriority(pilot.feedback).map((f) => f.id)).toEqual([
      'high-anomaly',
      'high-remark',
      'low',
    ]);
  });

  it('is drafted from the recorded pilot: coverage, feedback, lessons, changes, recommendations', () => {
    const coverage = pilotCoverage(pilot, ways);
    const parts = resolvedReportParts(pilot, coverage, words, undefined);
    const document = pilotReportDocument(pilot, coverage, parts, words, ['✓ critère']);
    expect(document.title).toBe('Bilan de la phase pilote');
    const all = texts(document.blocks);
    expect(all).toContain('1 parcours n’est essayé par personne :');
    expect(all).toContain('« SIRET » affiché');
    expect(all).toContain('Champ « Nom »');
    expect(parts.lessons.text).toBe(
      'Les participants ont relevé : Retour high-remark ; Champ « Nom » : Retour low.',
    );
    expect(parts.changes.text).toBe('Corrigé à la suite du pilote : Champ « Nom » : Retour low.');
    expect(parts.recommendations.text).toBe(
      'Traiter avant l’ouverture : Le code ne marche pas. Faire essayer les 1 parcours que personne n’a essayés.',
    );
    expect(all).toContain('✓ critère');
  });

  it('names the change made, in the team’s words, when a done feedback has one', () => {
    const changed: Pilot = {
      ...pilot,
      feedback: pilot.feedback.map((f) =>
        f.id === 'low' ? { ...f, change: 'Nom de l’enfant plutôt que Nom' } : f,
      ),
    };
    const parts = resolvedReportParts(changed, pilotCoverage(changed, ways), words, undefined);
    expect(parts.changes.text).toBe(
      'Corrigé à la suite du pilote : Champ « Nom » : Nom de l’enfant plutôt que Nom.',
    );
    expect(parts.lessons.text).toContain('Champ « Nom » : Retour low.');
  });

  it('keeps the team’s wording of a part, and shows what the prototype now says', () => {
    const coverage = pilotCoverage(pilot, ways);
    const before = resolvedReportParts(pilot, coverage, words, undefined);
    const edited = editPart(
      {},
      {
        key: pilotReportKey('lessons'),
        text: 'Nos enseignements.',
        generated: before.lessons.generated,
      },
    );
    const closed = {
      ...pilot,
      feedback: pilot.feedback.map((f) => ({ ...f, status: 'done' as const })),
    };
    const after = resolvedReportParts(closed, pilotCoverage(closed, ways), words, edited.edits);
    expect(after.lessons.text).toBe('Nos enseignements.');
    expect(after.lessons.conflict?.now).toContain('Le code ne marche pas');
    const document = pilotReportDocument(closed, pilotCoverage(closed, ways), after, words, []);
    expect(texts(document.blocks)).toContain('Nos enseignements.');
  });
});
