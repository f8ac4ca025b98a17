import { DEFAULT_CODE_ALPHABET, DEFAULT_CODE_LENGTH } from './code';
import type { Message, Status, Tracking } from './schema';

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
    timeLimitDays: null,
    waitsForRequester: false,
  },
  {
    id: defaultStatusIds.checking,
    label: 'En cours de vérification',
    color: '#0063cb',
    visibleToRequester: true,
    explanation: 'Nous vérifions que votre dossier est complet.',
    final: false,
    timeLimitDays: 5,
    waitsForRequester: false,
  },
  {
    id: defaultStatusIds.waitingDocuments,
    label: 'En attente de vos pièces',
    color: '#b34000',
    visibleToRequester: true,
    explanation:
      'Il manque des pièces à votre dossier : ajoutez-les pour que nous puissions continuer.',
    final: false,
    timeLimitDays: 30,
    waitsForRequester: true,
  },
  {
    id: defaultStatusIds.examining,
    label: 'En cours d’instruction',
    color: '#6a6af4',
    visibleToRequester: true,
    explanation: 'Votre dossier est complet. Un agent examine votre demande.',
    final: false,
    timeLimitDays: 20,
    waitsForRequester: false,
  },
  {
    id: defaultStatusIds.accepted,
    label: 'Acceptée',
    color: '#18753c',
    visibleToRequester: true,
    explanation: 'Votre demande est acceptée.',
    final: true,
    timeLimitDays: null,
    waitsForRequester: false,
  },
  {
    id: defaultStatusIds.refused,
    label: 'Refusée',
    color: '#ce0500',
    visibleToRequester: true,
    explanation:
      'Votre demande est refusée. La décision indique les motifs et les voies de recours.',
    final: true,
    timeLimitDays: null,
    waitsForRequester: false,
  },
  {
    id: defaultStatusIds.closed,
    label: 'Classée sans suite',
    color: '#666666',
    visibleToRequester: true,
    explanation: 'Votre demande a été close sans décision, faute d’éléments.',
    final: true,
    timeLimitDays: null,
    waitsForRequester: false,
  },
];

/**
 * The default messages give no expected date ({{builtin:expectedDate}}): no response time
 * is set yet, and a date shown then rests on nothing. The team adds it once it commits.
 */
const greeting = 'Bonjour {{builtin:requesterName}},\n\n';
const signature = '\n\nCordialement,\nLe service instructeur';

const defaultMessages: Message[] = [
  {
    id: 'message-submitted',
    statusId: defaultStatusIds.submitted,
    channel: 'email',
    subject: 'Votre demande {{builtin:trackingCode}} a bien été reçue',
    body:
      greeting +
      'Votre demande a bien été déposée le {{builtin:submissionDate}}. Son code de suivi est {{builtin:trackingCode}} : gardez-le pour suivre votre demande en ligne.\n\nVous pouvez suivre son avancement à tout moment sur votre page de suivi.' +
      signature,
    reasons: [],
  },
  {
    id: 'message-waiting-documents',
    statusId: defaultStatusIds.waitingDocuments,
    channel: 'email',
    subject: 'Des pièces manquent à votre demande {{builtin:trackingCode}}',
    body:
      greeting +
      'Nous ne pouvons pas poursuivre l’examen de votre demande : {{builtin:reason}}.\n\nAjoutez les pièces demandées depuis votre page de suivi, avec le code {{builtin:trackingCode}}.' +
      signature,
    reasons: [
      'une pièce manque (dossier incomplet)',
      'une pièce est incorrecte ou illisible',
      'une pièce est périmée',
    ],
  },
  {
    id: 'message-examining',
    statusId: defaultStatusIds.examining,
    channel: 'email',
    subject: 'Votre demande {{builtin:trackingCode}} est en cours d’instruction',
    body:
      greeting +
      'Votre dossier est complet : un agent examine maintenant votre demande. Vous recevrez un message dès qu’une décision sera prise.' +
      signature,
    reasons: [],
  },
  {
    id: 'message-accepted',
    statusId: defaultStatusIds.accepted,
    channel: 'email',
    subject: 'Votre demande {{builtin:trackingCode}} est acceptée',
    body:
      greeting +
      'Bonne nouvelle : votre demande est acceptée. Vous trouverez la décision sur votre page de suivi.' +
      signature,
    reasons: [],
  },
  {
    id: 'message-refused',
    statusId: defaultStatusIds.refused,
    channel: 'email',
    subject: 'Réponse à votre demande {{builtin:trackingCode}}',
    body:
      greeting +
      'Votre demande n’a pas pu être acceptée. La décision, sur votre page de suivi, en indique les motifs et les voies de recours.' +
      signature,
    reasons: [],
  },
  {
    id: 'message-closed',
    statusId: defaultStatusIds.closed,
    channel: 'email',
    subject: 'Votre demande {{builtin:trackingCode}} est classée sans suite',
    body:
      greeting +
      'Sans les pièces demandées, votre demande a été classée sans suite. Vous pouvez déposer une nouvelle demande à tout moment.' +
      signature,
    reasons: [],
  },
];

export function defaultTracking(): Tracking {
  return {
    code: { length: DEFAULT_CODE_LENGTH, alphabet: DEFAULT_CODE_ALPHABET, confirmFieldId: null },
    statuses: defaultStatuses.map((status) => ({ ...status })),
    messages: defaultMessages.map((message) => ({ ...message, reasons: [...message.reasons] })),
    commitment: {
      kind: 'commitment',
      days: null,
      silence: 'none',
      silenceAfterDays: null,
      documentsRequest: 'suspends',
    },
  };
}
