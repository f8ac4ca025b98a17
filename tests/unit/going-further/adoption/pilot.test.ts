import { describe, expect, it } from 'vitest';
import { defaultStatusIds as ids } from '../../../../src/domain/tracking/defaults';
import type { Form } from '../../../../src/domain/form/schema';
import { pilotCoverage } from '../../../../src/domain/going-further/adoption/pilotCoverage';
import {
  addPilotFeedback,
  addPilotParticipants,
  addPilotProfile,
  emptyPilot,
  markFeedbackAnswered,
  removePilotProfile,
  setProfileCovers,
  participantRoom,
} from '../../../../src/domain/going-further/adoption/pilotChanges';
import { pilotWays } from '../../../../src/domain/going-further/adoption/pilotWays';
import {
  adoptionSchema,
  type Adoption,
} from '../../../../src/domain/going-further/adoption/schema';
import { PARTICIPANTS_MAX } from '../../../../src/domain/going-further/adoption/vocabulary';
import { defaultGraph } from './defaultProcess';

const form: Form = {
  pages: [
    {
      id: 'p1',
      title: 'Vous',
      fields: [
        {
          id: 'f-kind',
          key: 'qualite',
          type: 'radio',
          label: 'Vous êtes',
          options: [
            { id: 'o1', value: 'particulier', label: 'Particulier' },
            { id: 'o2', value: 'entreprise', label: 'Entreprise' },
          ],
        },
        {
          id: 'f-siret',
          key: 'siret',
          type: 'siret',
          label: 'SIRET',
          visibleWhen: { all: [{ field: 'f-kind', op: 'equals', value: 'entreprise' }] },
        },
      ],
    },
  ],
};

const people = (count: number, profileId?: string) =>
  Array.from({ length: count }, (_, index) => ({
    id: `p-${profileId ?? 'none'}-${index}`,
    name: `Participant ${index + 1}`,
    ...(profileId ? { profileId } : {}),
  }));

describe('pilot ways', () => {
  it('lists every process path and both ways of each form condition', async () => {
    const { ways, truncated } = pilotWays(form, await defaultGraph());
    expect(truncated).toBe(false);
    const paths = ways.filter((way) => way.kind === 'path');
    expect(paths.length).toBe(6);
    expect(paths.every((way) => way.key.startsWith('path:StartEvent_Submitted>'))).toBe(true);
    expect(paths.map((way) => way.kind === 'path' && way.steps.join(' → '))).toContain(
      'Demande déposée → Vérifier la complétude du dossier → « Oui » → Instruire la demande → Prendre la décision → « Refusée » → Notifier le refus motivé au demandeur → Demande refusée',
    );
    expect(ways.filter((way) => way.kind === 'condition').map((way) => way.key)).toEqual([
      'f-siret:visibleWhen:met',
      'f-siret:visibleWhen:unmet',
    ]);
  });
});

describe('pilot coverage', () => {
  it('warns about each way nobody will try, and about profiles with nobody in them', async () => {
    const { ways } = pilotWays(form, await defaultGraph());
    const [first, second, ...rest] = ways.map((way) => way.key);
    let adoption: Adoption = {};
    adoption = addPilotProfile(adoption, {
      profile: { id: 'a', name: 'Particuliers', covers: [] },
    });
    adoption = addPilotProfile(adoption, { profile: { id: 'b', name: 'Entreprises', covers: [] } });
    for (const way of [first!, ...rest.slice(0, -1)]) {
      adoption = setProfileCovers(adoption, { id: 'a', way, covered: true });
    }
    adoption = setProfileCovers(adoption, { id: 'b', way: second!, covered: true });
    adoption = addPilotParticipants(adoption, {
      participants: [...people(498, 'a'), ...people(2)],
    });
    const coverage = pilotCoverage(adoption.pilot!, ways);
    expect(coverage.uncovered.map((way) => way.key)).toEqual([second, ways.at(-1)?.key]);
    expect(coverage.emptyProfiles.map((profile) => profile.name)).toEqual(['Entreprises']);
    expect(coverage.counts.get('a')).toBe(498);
    expect(coverage.withoutProfile).toBe(2);
    expect(adoptionSchema.safeParse(adoption).success).toBe(true);
  });

  it('keeps the participants of a removed profile, without a profile', () => {
    let adoption = addPilotProfile({}, { profile: { id: 'a', name: 'Agents', covers: ['x'] } });
    adoption = addPilotParticipants(adoption, { participants: people(3, 'a') });
    const removed = removePilotProfile(adoption, { id: 'a' });
    expect(removed.pilot?.participants).toEqual(
      people(3, 'a').map(({ id, name }) => ({ id, name })),
    );
    expect(pilotCoverage(removed.pilot!, []).withoutProfile).toBe(3);
  });

  it('takes participants only up to the limit the file accepts', () => {
    const full = addPilotParticipants({}, { participants: people(PARTICIPANTS_MAX + 5) });
    expect(full.pilot?.participants).toHaveLength(PARTICIPANTS_MAX);
    expect(participantRoom(full.pilot)).toBe(0);
    expect(addPilotParticipants(full, { participants: people(1, 'z') })).toBe(full);
    expect(participantRoom(emptyPilot())).toBe(PARTICIPANTS_MAX);
  });

  it('refuses a feedback text too long for the file, so the screen can say so', () => {
    const feedback = {
      id: 'f1',
      kind: 'feedback' as const,
      text: 'x'.repeat(100_000),
      priority: 'low' as const,
      status: 'open' as const,
      target: { kind: 'status' as const, id: ids.checking, label: 'En cours de vérification' },
      createdAt: '2026-12-05T10:00:00.000Z',
    };
    expect(adoptionSchema.safeParse(addPilotFeedback({}, { feedback })).success).toBe(false);
    const short = addPilotFeedback({}, { feedback: { ...feedback, text: 'Trop long' } });
    expect(adoptionSchema.safeParse(short).success).toBe(true);
  });

  it('marks the feedback a new version answers as done, and keeps an accepted change', () => {
    const item = (id: string) => ({
      id,
      kind: 'feedback' as const,
      text: `Retour ${id}`,
      priority: 'medium' as const,
      status: 'accepted' as const,
      change: 'Rendre le champ facultatif',
      createdAt: '2026-12-05T10:00:00.000Z',
    });
    const adoption = addPilotFeedback(addPilotFeedback({}, { feedback: item('a') }), {
      feedback: item('b'),
    });
    const answered = markFeedbackAnswered(adoption, { ids: ['a'] });
    expect(answered.pilot?.feedback.map((f) => [f.id, f.status, f.change])).toEqual([
      ['a', 'done', 'Rendre le champ facultatif'],
      ['b', 'accepted', 'Rendre le champ facultatif'],
    ]);
    expect(adoptionSchema.safeParse(answered).success).toBe(true);
    expect(markFeedbackAnswered(answered, { ids: ['a'] })).toBe(answered);
  });
});
