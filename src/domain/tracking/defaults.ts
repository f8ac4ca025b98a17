import type { Status, Tracking } from './schema';

/** Stable ids of the default statuses, so the default process can refer to them. */
export const defaultStatusIds = {
  submitted: 'status-submitted',
  checking: 'status-checking',
  waitingDocuments: 'status-waiting-documents',
  examining: 'status-examining',
  accepted: 'status-accepted',
  refused: 'status-refused',
  closed: 'status-closed',
} as const;

const defaultStatuses: Status[] = [
  {
    id: defaultStatusIds.submitted,
    label: 'Demande déposée',
    color: '#000091',
    visibleToRequester: true,
    explanation: 'Votre demande a bien été reçue. Elle va être vérifiée.',
    final: false,
  },
  {
    id: defaultStatusIds.checking,
    label: 'En cours de vérification',
    color: '#0063cb',
    visibleToRequester: true,
    explanation: 'Nous vérifions que votre dossier est complet.',
    final: false,
  },
  {
    id: defaultStatusIds.waitingDocuments,
    label: 'En attente de vos pièces',
    color: '#b34000',
    visibleToRequester: true,
    explanation:
      'Il manque des pièces à votre dossier : ajoutez-les pour que nous puissions continuer.',
    final: false,
  },
  {
    id: defaultStatusIds.examining,
    label: "En cours d'instruction",
    color: '#6a6af4',
    visibleToRequester: true,
    explanation: 'Votre dossier est complet. Un agent examine votre demande.',
    final: false,
  },
  {
    id: defaultStatusIds.accepted,
    label: 'Acceptée',
    color: '#18753c',
    visibleToRequester: true,
    explanation: 'Votre demande est acceptée.',
    final: true,
  },
  {
    id: defaultStatusIds.refused,
    label: 'Refusée',
    color: '#ce0500',
    visibleToRequester: true,
    explanation:
      'Votre demande est refusée. La décision indique les motifs et les voies de recours.',
    final: true,
  },
  {
    id: defaultStatusIds.closed,
    label: 'Classée sans suite',
    color: '#666666',
    visibleToRequester: true,
    explanation: "Votre demande a été close sans décision, faute d'éléments.",
    final: true,
  },
];

export function defaultTracking(): Tracking {
  return { statuses: defaultStatuses.map((status) => ({ ...status })) };
}
