import type { DocumentLanguage } from './wording';
import type { FeedbackPriority, PilotFeedback } from './schema';

/** The words of the pilot report, a drafted document like the guides. */
export interface PilotWording {
  title: string;
  intro: (participants: number, profiles: number) => string;
  participants: string;
  profilesCaption: string;
  profilesColumns: [string, string, string];
  withoutProfile: (count: number) => string;
  coverage: string;
  allCovered: string;
  uncovered: (count: number) => string;
  feedback: string;
  noFeedback: string;
  feedbackCaption: string;
  feedbackColumns: [string, string, string, string, string];
  kinds: Record<PilotFeedback['kind'], string>;
  priorities: Record<FeedbackPriority, string>;
  statuses: Record<PilotFeedback['status'], string>;
  targetKinds: Record<NonNullable<PilotFeedback['target']>['kind'], string>;
  noTarget: string;
  /** What a feedback item concerns: « Champ « Nom » ». */
  target: (kind: string, label: string) => string;
  /** A way of a form condition, as a line of a list. */
  conditionWay: (label: string, rule: 'visibleWhen' | 'requiredWhen', met: boolean) => string;
  pathWay: (steps: string[]) => string;
  labelled: (label: string, text: string) => string;
  lessons: string;
  lessonsDraft: (items: string[]) => string;
  noLessons: string;
  changes: string;
  changesDraft: (items: string[]) => string;
  noChanges: string;
  recommendations: string;
  recommendationsDraft: (open: string[], uncovered: number) => string;
  noRecommendations: string;
  endCriteria: string;
}

const fr: PilotWording = {
  title: 'Bilan de la phase pilote',
  intro: (participants, profiles) =>
    `Le pilote a réuni ${participants} participant${participants > 1 ? 's' : ''} répartis en ${profiles} profil${profiles > 1 ? 's' : ''}.`,
  participants: 'Participants',
  profilesCaption: 'Profils des participants',
  profilesColumns: ['Profil', 'Participants', 'Parcours prévus'],
  withoutProfile: (count) => `${count} participant${count > 1 ? 's' : ''} sans profil.`,
  coverage: 'Parcours essayés',
  allCovered:
    'Chaque parcours du formulaire et du traitement est essayé par au moins un participant.',
  uncovered: (count) =>
    count > 1
      ? `${count} parcours ne sont essayés par personne :`
      : `${count} parcours n’est essayé par personne :`,
  feedback: 'Retours et anomalies',
  noFeedback: 'Aucun retour enregistré.',
  feedbackCaption: 'Retours et anomalies, par priorité',
  feedbackColumns: ['Priorité', 'Type', 'Concerne', 'Retour', 'Suite donnée'],
  kinds: { feedback: 'Retour', anomaly: 'Anomalie' },
  priorities: { high: 'Haute', medium: 'Moyenne', low: 'Basse' },
  statuses: { open: 'À traiter', accepted: 'Retenu', rejected: 'Écarté', done: 'Corrigé' },
  targetKinds: { field: 'Champ', step: 'Étape', status: 'Statut', message: 'Message' },
  noTarget: 'Général',
  target: (kind, label) => `${kind} « ${label} »`,
  conditionWay: (label, rule, met) =>
    `« ${label} » ${rule === 'visibleWhen' ? (met ? 'affiché' : 'masqué') : met ? 'obligatoire' : 'facultatif'}`,
  pathWay: (steps) => steps.join(' → '),
  labelled: (label, text) => `${label} : ${text}`,
  lessons: 'Enseignements',
  lessonsDraft: (items) => `Les participants ont relevé : ${items.join(' ; ')}.`,
  noLessons: 'Aucun retour retenu pour l’instant.',
  changes: 'Changements apportés',
  changesDraft: (items) => `Corrigé à la suite du pilote : ${items.join(' ; ')}.`,
  noChanges: 'Aucun changement apporté pour l’instant.',
  recommendations: 'Recommandations pour l’ouverture à tous',
  recommendationsDraft: (open, uncovered) =>
    [
      open.length ? `Traiter avant l’ouverture : ${open.join(' ; ')}.` : '',
      uncovered ? `Faire essayer les ${uncovered} parcours que personne n’a essayés.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  noRecommendations: 'Rien ne bloque l’ouverture à tous d’après les retours enregistrés.',
  endCriteria: 'Critères de fin du pilote',
};

const en: PilotWording = {
  title: 'Pilot phase report',
  intro: (participants, profiles) =>
    `The pilot brought together ${participants} participant${participants === 1 ? '' : 's'} in ${profiles} profile${profiles === 1 ? '' : 's'}.`,
  participants: 'Participants',
  profilesCaption: 'Participant profiles',
  profilesColumns: ['Profile', 'Participants', 'Ways planned'],
  withoutProfile: (count) => `${count} participant${count === 1 ? '' : 's'} without a profile.`,
  coverage: 'Ways tried',
  allCovered: 'Every way through the form and the processing is tried by at least one participant.',
  uncovered: (count) => `${count} way${count === 1 ? ' is' : 's are'} tried by nobody:`,
  feedback: 'Feedback and anomalies',
  noFeedback: 'No feedback recorded.',
  feedbackCaption: 'Feedback and anomalies, by priority',
  feedbackColumns: ['Priority', 'Kind', 'Concerns', 'Feedback', 'Follow-up'],
  kinds: { feedback: 'Feedback', anomaly: 'Anomaly' },
  priorities: { high: 'High', medium: 'Medium', low: 'Low' },
  statuses: { open: 'To handle', accepted: 'Accepted', rejected: 'Set aside', done: 'Fixed' },
  targetKinds: { field: 'Field', step: 'Step', status: 'Status', message: 'Message' },
  noTarget: 'General',
  target: (kind, label) => `${kind} “${label}”`,
  conditionWay: (label, rule, met) =>
    `“${label}” ${rule === 'visibleWhen' ? (met ? 'shown' : 'hidden') : met ? 'required' : 'optional'}`,
  pathWay: (steps) => steps.join(' → '),
  labelled: (label, text) => `${label}: ${text}`,
  lessons: 'Lessons',
  lessonsDraft: (items) => `Participants pointed out: ${items.join('; ')}.`,
  noLessons: 'No feedback accepted yet.',
  changes: 'Changes made',
  changesDraft: (items) => `Fixed after the pilot: ${items.join('; ')}.`,
  noChanges: 'No change made yet.',
  recommendations: 'Recommendations for the open phase',
  recommendationsDraft: (open, uncovered) =>
    [
      open.length ? `Handle before opening: ${open.join('; ')}.` : '',
      uncovered ? `Have the ${uncovered} ways nobody tried tried.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  noRecommendations: 'Nothing recorded stands in the way of opening to all.',
  endCriteria: 'Pilot end criteria',
};

export const pilotWording: Record<DocumentLanguage, PilotWording> = { fr, en };
