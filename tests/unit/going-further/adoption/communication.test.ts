import { describe, expect, it } from 'vitest';
import {
  blankAudience,
  communicationDocument,
  internalNoteDraft,
  keyMessagesDraft,
  suggestedAudiences,
  type CommunicationSource,
} from '../../../../src/domain/going-further/adoption/communication';
import {
  addAudiences,
  removeAudience,
  updateAudience,
} from '../../../../src/domain/going-further/adoption/communicationChanges';
import { communicationWording } from '../../../../src/domain/going-further/adoption/communicationWording';
import {
  adoptionSchema,
  audienceSchema,
} from '../../../../src/domain/going-further/adoption/schema';
import { AUDIENCES_MAX } from '../../../../src/domain/going-further/adoption/vocabulary';
import { emptyPurpose } from '../../../../src/domain/purpose/items';
import { defaultTracking } from '../../../../src/domain/tracking/defaults';

const words = communicationWording.fr;
const source = (changes: Partial<CommunicationSource> = {}): CommunicationSource => ({
  name: 'Carte de stationnement',
  purpose: {
    ...emptyPurpose(),
    statement: 'délivrer la carte de stationnement résident.',
    audience: 'Habitants du centre-ville',
    value: 'La carte arrive chez vous par courrier.',
    owningService: 'Stationnement',
  },
  tracking: defaultTracking(),
  ...changes,
});
let counter = 0;
const nextId = () => `a${(counter += 1)}`;

describe('the communication plan', () => {
  it('drafts the key messages from the purpose and what the service promises', () => {
    expect(keyMessagesDraft(source(), words).split('\n')).toEqual([
      'Plus besoin de se déplacer : la demande se fait en ligne.',
      'Le service est disponible à toute heure, tous les jours.',
      'Un code de suivi de 8 caractères permet de suivre sa demande en ligne.',
      'La carte arrive chez vous par courrier.',
    ]);
    const tracking = defaultTracking();
    tracking.commitment = { ...tracking.commitment, days: 10 };
    expect(keyMessagesDraft(source({ tracking }), words)).toContain(
      'Le service s’engage à répondre sous 10 jours ouvrés.',
    );
  });

  it('drafts the note to the authorities from the purpose and the frame’s deadline', () => {
    const note = internalNoteDraft(source(), words);
    expect(note).toContain('Objet : dématérialisation de la démarche « Carte de stationnement ».');
    expect(note).toContain(
      'Le service Stationnement met la démarche « Carte de stationnement » en ligne : délivrer',
    );
    expect(note).not.toContain('Ouverture visée');
  });

  it('proposes internal and external audiences, the requesters named as the purpose names them', () => {
    const audiences = suggestedAudiences(source(), ['Agent instructeur'], words, nextId);
    expect(audiences.map((a) => [a.name, a.scope])).toEqual([
      ['Autorités (conseil, direction)', 'internal'],
      ['Agents', 'internal'],
      ['Habitants du centre-ville', 'external'],
      ['France Services et partenaires', 'external'],
    ]);
    expect(audiences[1]?.context).toBe('Rôles du processus : Agent instructeur.');
    const adoption = addAudiences({}, { audiences });
    expect(adoptionSchema.safeParse(adoption).success).toBe(true);
  });

  it('reads as a document with its audiences table', () => {
    const audiences = suggestedAudiences(source(), [], words, nextId);
    const document = communicationDocument(
      audiences,
      { note: 'Ligne 1\nLigne 2', messages: 'A\nB' },
      words,
    );
    expect(document.title).toBe('Plan de communication');
    expect(document.blocks).toContainEqual({ kind: 'list', items: ['A', 'B'] });
    const table = document.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[2]).toEqual([
      'Habitants du centre-ville',
      'Externe',
      'Faire leur demande en ligne plutôt qu’au guichet.',
      '',
      'Les messages clés du plan',
      'Site internet, Affiches au guichet, Réseaux sociaux',
      'Agents d’accueil',
      'à fixer',
    ]);
  });

  it('edits audiences by id, and takes no more than the plan holds', () => {
    const [first] = suggestedAudiences(source(), [], words, nextId);
    const added = addAudiences({}, { audiences: [first!] });
    const dated = updateAudience(added, { id: first!.id, changes: { date: '2027-03-01' } });
    expect(dated.communication?.audiences[0]?.date).toBe('2027-03-01');
    expect(updateAudience(dated, { id: first!.id, changes: { date: '2027-03-01' } })).toBe(dated);
    expect(removeAudience(dated, { id: first!.id }).communication?.audiences).toEqual([]);
    const many = Array.from({ length: AUDIENCES_MAX + 3 }, () => ({ ...first!, id: nextId() }));
    expect(addAudiences({}, { audiences: many }).communication?.audiences).toHaveLength(
      AUDIENCES_MAX,
    );
  });
});

describe('a blank audience', () => {
  it('has its id and scope, and everything else still to write', () => {
    const blank = blankAudience('a1', 'external');
    // Whole, as stored: every field the schema asks for is there.
    expect(audienceSchema.parse(blank)).toEqual(blank);
    const { id, scope, channels, ...texts } = blank;
    expect({ id, scope, channels }).toEqual({ id: 'a1', scope: 'external', channels: [] });
    expect(Object.values(texts).filter((text) => text !== '')).toEqual([]);
  });
});
