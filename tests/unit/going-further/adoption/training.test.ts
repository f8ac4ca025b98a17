import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../src/domain/scenarios/schema';
import {
  attendeeNames,
  sessionProblems,
  trainingDocument,
  trainingWording,
} from '../../../../src/domain/going-further/adoption/training';
import {
  addSession,
  removeSession,
  updateSession,
} from '../../../../src/domain/going-further/adoption/trainingChanges';
import {
  adoptionSchema,
  type TrainingSession,
} from '../../../../src/domain/going-further/adoption/schema';
import { SESSIONS_MAX } from '../../../../src/domain/going-further/adoption/vocabulary';

const words = trainingWording.fr;
const team = [
  { id: 'm1', name: 'Léa Martin', service: 'Accueil', role: 'front-desk' as const },
  { id: 'm2', name: 'Marc Petit', service: 'Urbanisme', role: 'business-expert' as const },
];
const session = (changes: Partial<TrainingSession>): TrainingSession => ({
  id: 's1',
  role: 'Agent instructeur',
  level: 'collective',
  date: '2027-01-20',
  attendeeIds: ['m1'],
  others: '',
  exerciseIds: [],
  ...changes,
});
const context = { today: '2027-01-01', roles: ['Agent instructeur'], team };

describe('the training sessions', () => {
  it('name their attendees from the team and those added by hand', () => {
    expect(
      attendeeNames(session({ attendeeIds: ['m2', 'gone'], others: 'Julie\n\n Paul ' }), team),
    ).toEqual(['Marc Petit', 'Julie', 'Paul']);
  });

  it('warn when a date is missing, too close to warn people well ahead, or past', () => {
    const problems = sessionProblems(
      [
        session({ id: 'ok' }),
        session({ id: 'soon', date: '2027-01-05' }),
        session({ id: 'past', date: '2026-12-20' }),
        session({ id: 'undated', date: '', attendeeIds: [] }),
        session({ id: 'gone', role: 'Archiviste' }),
      ],
      context,
      words,
    );
    expect(problems).toEqual([
      {
        sessionId: 'soon',
        text: 'La session « Agent instructeur » du 2027-01-05 est dans 4 jours : envoyez la date aux participants sans attendre.',
      },
      { sessionId: 'past', text: 'La session « Agent instructeur » du 2026-12-20 est passée.' },
      { sessionId: 'undated', text: 'La session « Agent instructeur » n’a pas de date.' },
      { sessionId: 'undated', text: 'La session « Agent instructeur » n’a aucun participant.' },
      { sessionId: 'gone', text: 'Le rôle « Archiviste » n’est plus dans le processus.' },
    ]);
  });

  it('read as a plan in date order, with the exercises by name', () => {
    const scenarios = [{ id: 'sc', name: 'Dossier incomplet' } as Scenario];
    const document = trainingDocument(
      [
        session({ id: 'b', date: '' }),
        session({ id: 'a', level: 'elearning', exerciseIds: ['sc', 'gone'] }),
      ],
      { team, scenarios },
      words,
    );
    const table = document.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Agent instructeur', 'E-learning', '2027-01-20', 'Léa Martin', 'Dossier incomplet'],
      ['Agent instructeur', 'Session collective', 'à fixer', 'Léa Martin', ''],
    ]);
  });

  it('are edited by id, up to the plan’s limit', () => {
    const added = addSession({}, { session: session({}) });
    expect(adoptionSchema.safeParse(added).success).toBe(true);
    const moved = updateSession(added, { id: 's1', changes: { date: '2027-02-01' } });
    expect(moved.training?.sessions[0]?.date).toBe('2027-02-01');
    expect(updateSession(moved, { id: 's1', changes: { date: '2027-02-01' } })).toBe(moved);
    expect(removeSession(moved, { id: 's1' }).training?.sessions).toEqual([]);
    let full = {};
    for (let index = 0; index < SESSIONS_MAX; index += 1)
      full = addSession(full, { session: session({ id: `s${index}` }) });
    expect(addSession(full, { session: session({ id: 'more' }) })).toBe(full);
  });
});
