import type { FabrikDocument } from '../../documents/model';
import type { Scenario } from '../../scenarios/schema';
import type { Participant } from '../../team/schema';
import type { SessionLevel, TrainingSession } from './schema';
import type { DocumentLanguage } from './wording';

/** Days between the invitation and the session below which people are warned too late. */
export const NOTICE_DAYS = 14;

export interface TrainingWording {
  title: string;
  intro: string;
  none: string;
  caption: string;
  columns: [string, string, string, string, string];
  levels: Record<SessionLevel, string>;
  notPlanned: string;
  noRole: string;
  problems: {
    noDate: (role: string) => string;
    soon: (role: string, date: string, days: number) => string;
    past: (role: string, date: string) => string;
    noAttendee: (role: string) => string;
    unknownRole: (role: string) => string;
  };
}

const fr: TrainingWording = {
  title: 'Plan de formation',
  intro:
    'Les sessions par rôle et par niveau, avec leurs participants et les exercices joués dans « Essayer l’e-service ».',
  none: 'Aucune session prévue.',
  caption: 'Sessions de formation',
  columns: ['Rôle', 'Format', 'Date', 'Participants', 'Exercices'],
  levels: {
    collective: 'Session collective',
    individual: 'Parcours individuel',
    elearning: 'E-learning',
  },
  notPlanned: 'à fixer',
  noRole: 'rôle à choisir',
  problems: {
    noDate: (role) => `La session « ${role} » n’a pas de date.`,
    soon: (role, date, days) =>
      `La session « ${role} » du ${date} est dans ${days} jour${days > 1 ? 's' : ''} : envoyez la date aux participants sans attendre.`,
    past: (role, date) => `La session « ${role} » du ${date} est passée.`,
    noAttendee: (role) => `La session « ${role} » n’a aucun participant.`,
    unknownRole: (role) => `Le rôle « ${role} » n’est plus dans le processus.`,
  },
};

const en: TrainingWording = {
  title: 'Training plan',
  intro:
    'Sessions per role and level, with their attendees and the exercises played in “Try the e-service”.',
  none: 'No session planned.',
  caption: 'Training sessions',
  columns: ['Role', 'Format', 'Date', 'Attendees', 'Exercises'],
  levels: {
    collective: 'Collective session',
    individual: 'Individual path',
    elearning: 'E-learning',
  },
  notPlanned: 'to be set',
  noRole: 'role to choose',
  problems: {
    noDate: (role) => `The session “${role}” has no date.`,
    soon: (role, date, days) =>
      `The session “${role}” on ${date} is in ${days} day${days === 1 ? '' : 's'}: send the date to the attendees now.`,
    past: (role, date) => `The session “${role}” on ${date} is over.`,
    noAttendee: (role) => `The session “${role}” has no attendee.`,
    unknownRole: (role) => `The role “${role}” is no longer in the process.`,
  },
};

export const trainingWording: Record<DocumentLanguage, TrainingWording> = { fr, en };

const DAY = 24 * 60 * 60 * 1000;
/** Whole days from one YYYY-MM-DD to another. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** The people of a session, by name: team members first, then those added by hand. */
export function attendeeNames(session: TrainingSession, team: readonly Participant[]): string[] {
  const members = session.attendeeIds.flatMap((id) => {
    const name = team.find((member) => member.id === id)?.name.trim();
    return name ? [name] : [];
  });
  const others = session.others
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return [...members, ...others];
}

/**
 * What needs doing for the sessions to happen: a date to set, a date too close to warn
 * people well ahead (or already past), nobody invited, a role the process no longer has.
 */
export function sessionProblems(
  sessions: readonly TrainingSession[],
  context: { today: string; roles: readonly string[]; team: readonly Participant[] },
  words: TrainingWording,
): { sessionId: string; text: string }[] {
  return sessions.flatMap((session) => {
    const role = session.role.trim() || words.noRole;
    const problems: string[] = [];
    if (session.role.trim() && !context.roles.includes(session.role.trim()))
      problems.push(words.problems.unknownRole(role));
    if (session.date === '') problems.push(words.problems.noDate(role));
    else {
      const days = daysBetween(context.today, session.date);
      if (days < 0) problems.push(words.problems.past(role, session.date));
      else if (days < NOTICE_DAYS) problems.push(words.problems.soon(role, session.date, days));
    }
    if (attendeeNames(session, context.team).length === 0)
      problems.push(words.problems.noAttendee(role));
    return problems.map((text) => ({ sessionId: session.id, text }));
  });
}

/** The training plan as a document: one row per session, in date order (undated last). */
export function trainingDocument(
  sessions: readonly TrainingSession[],
  context: { team: readonly Participant[]; scenarios: readonly Scenario[] },
  words: TrainingWording,
): FabrikDocument {
  const sorted = [...sessions].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
  return {
    title: words.title,
    blocks: [
      { kind: 'paragraph', text: words.intro },
      sorted.length === 0
        ? { kind: 'paragraph', text: words.none }
        : {
            kind: 'table',
            caption: words.caption,
            columns: [...words.columns],
            rows: sorted.map((session) => [
              session.role.trim() || words.noRole,
              words.levels[session.level],
              session.date || words.notPlanned,
              attendeeNames(session, context.team).join(', '),
              session.exerciseIds
                .flatMap((id) => context.scenarios.find((s) => s.id === id)?.name ?? [])
                .join(', '),
            ]),
          },
    ],
  };
}
