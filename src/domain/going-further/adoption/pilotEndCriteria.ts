import { pilotCriteria, type PilotCriterion } from '../calendar/lists';
import type { Pilot, TrainingSession } from './schema';
import type { DocumentLanguage } from './wording';

/** One end criterion of the pilot, as the recorded adoption data says it stands. */
export interface CriterionCheck {
  criterion: PilotCriterion;
  met: boolean;
  /** Why, in a sentence. */
  detail: string;
}

export interface CriteriaWording {
  labels: Record<PilotCriterion, string>;
  anomalies: (open: number) => string;
  documentation: (stale: number) => string;
  training: (untrained: string[]) => string;
  processes: (pending: number) => string;
  line: (label: string, met: boolean, detail: string) => string;
  mismatch: (label: string, detail: string) => string;
}

const fr: CriteriaWording = {
  labels: {
    anomalies: 'Toutes les anomalies sont traitées',
    documentation: 'La documentation est à jour',
    training: 'La formation est à jour',
    processes: 'Les processus de travail sont à jour',
  },
  anomalies: (open) =>
    open === 0 ? 'aucune anomalie ouverte' : `${open} anomalie${open > 1 ? 's' : ''} à traiter`,
  documentation: (stale) =>
    stale === 0
      ? 'les guides et la FAQ suivent le prototype'
      : `${stale} passage${stale > 1 ? 's' : ''} modifié${stale > 1 ? 's' : ''} des guides ou de la FAQ ${stale > 1 ? 'ne suivent' : 'ne suit'} plus le prototype`,
  training: (untrained) =>
    untrained.length === 0
      ? 'chaque rôle a une session datée'
      : `sans session datée : ${untrained.join(', ')}`,
  processes: (pending) =>
    pending === 0
      ? 'chaque retour retenu est corrigé'
      : `${pending} retour${pending > 1 ? 's' : ''} retenu${pending > 1 ? 's' : ''} pas encore corrigé${pending > 1 ? 's' : ''}`,
  line: (label, met, detail) => `${met ? '✓' : '✗'} ${label} : ${detail}.`,
  mismatch: (label, detail) =>
    `Le calendrier coche « ${label} », mais les données du pilote disent : ${detail}.`,
};

const en: CriteriaWording = {
  labels: {
    anomalies: 'Every anomaly is treated',
    documentation: 'The documentation is up to date',
    training: 'The training is up to date',
    processes: 'The working processes are up to date',
  },
  anomalies: (open) =>
    open === 0 ? 'no open anomaly' : `${open} anomal${open === 1 ? 'y' : 'ies'} to treat`,
  documentation: (stale) =>
    stale === 0
      ? 'the guides and the FAQ follow the prototype'
      : `${stale} reworded part${stale === 1 ? '' : 's'} of the guides or the FAQ no longer follow${stale === 1 ? 's' : ''} the prototype`,
  training: (untrained) =>
    untrained.length === 0
      ? 'every role has a dated session'
      : `without a dated session: ${untrained.join(', ')}`,
  processes: (pending) =>
    pending === 0
      ? 'every accepted feedback item is fixed'
      : `${pending} accepted feedback item${pending === 1 ? '' : 's'} not fixed yet`,
  line: (label, met, detail) => `${met ? '✓' : '✗'} ${label}: ${detail}.`,
  mismatch: (label, detail) =>
    `The calendar ticks “${label}”, but the pilot’s data say: ${detail}.`,
};

export const criteriaWording: Record<DocumentLanguage, CriteriaWording> = { fr, en };

/**
 * The pilot's end criteria (those the calendar lists) checked from what adoption recorded:
 * anomalies from the pilot's feedback, documentation from the reworded parts the prototype
 * has since changed, training from the sessions per role, working processes from the
 * accepted feedback still to fix.
 */
export function pilotEndCriteria(
  input: {
    pilot: Pilot;
    sessions: readonly TrainingSession[];
    /** The roles that have steps to learn. */
    roles: readonly string[];
    /** Reworded parts of the guides and the FAQ in conflict with the prototype. */
    staleParts: number;
  },
  words: CriteriaWording,
): CriterionCheck[] {
  const { pilot, sessions, roles, staleParts } = input;
  const openAnomalies = pilot.feedback.filter(
    (item) => item.kind === 'anomaly' && (item.status === 'open' || item.status === 'accepted'),
  ).length;
  const untrained = roles.filter(
    (role) => !sessions.some((session) => session.role === role && session.date !== ''),
  );
  const pending = pilot.feedback.filter(
    (item) => item.kind === 'feedback' && item.status === 'accepted',
  ).length;
  const checks: Record<PilotCriterion, [boolean, string]> = {
    anomalies: [openAnomalies === 0, words.anomalies(openAnomalies)],
    documentation: [staleParts === 0, words.documentation(staleParts)],
    training: [untrained.length === 0, words.training(untrained)],
    processes: [pending === 0, words.processes(pending)],
  };
  return pilotCriteria.map((criterion) => ({
    criterion,
    met: checks[criterion][0],
    detail: checks[criterion][1],
  }));
}

/** The criteria the calendar ticks as met that the recorded data contradict. */
export function criteriaMismatches(
  checks: readonly CriterionCheck[],
  ticked: Partial<Record<PilotCriterion, boolean>>,
  words: CriteriaWording,
): string[] {
  return checks
    .filter((check) => ticked[check.criterion] === true && !check.met)
    .map((check) => words.mismatch(words.labels[check.criterion], check.detail));
}

/** The checks as the lines of a document. */
export function criteriaLines(checks: readonly CriterionCheck[], words: CriteriaWording): string[] {
  return checks.map((check) => words.line(words.labels[check.criterion], check.met, check.detail));
}
