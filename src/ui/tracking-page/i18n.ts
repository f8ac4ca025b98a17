import { registerTranslations } from '../i18n/i18n';
import type { Translation } from '../i18n/types';

const fr = {
  workingDays_one: '{{count}} jour ouvré',
  workingDays_other: '{{count}} jours ouvrés',
  frameLabel: 'Page de suivi du demandeur',
  service: 'Suivi de votre demande',
  code: 'Demande n° ',
  current: 'Statut actuel',
  expected: 'Ce que vous devez faire : ',
  waitingFor:
    'Vous avez $t(trackingPage:workingDays, {"count": {{days}} }) pour agir, soit jusqu’au {{date}}.',
  nextWithin: 'Prochaine étape au plus tard le {{date}}.',
  nextAround: 'Prochaine étape habituellement vers le {{date}}.',
  answerCommitment: 'Le service s’engage à vous répondre au plus tard le {{date}}.',
  answerIndication_one:
    'Délai de réponse habituel : {{count}} jour ouvré environ. C’est une indication, pas un engagement.',
  answerIndication_other:
    'Délai de réponse habituel : {{count}} jours ouvrés environ. C’est une indication, pas un engagement.',
  clock: {
    suspended: 'Le délai de réponse est suspendu jusqu’à ce que vous ayez fait le nécessaire.',
    restarts: 'Le délai de réponse repartira de zéro quand vous aurez fait le nécessaire.',
  },
  silence: {
    acceptance:
      'Sans réponse de notre part le {{date}}, votre demande sera considérée comme acceptée.',
    refusal: 'Sans réponse de notre part le {{date}}, votre demande sera considérée comme refusée.',
  },
  timeline: 'Historique',
  hidden: 'Étapes internes non affichées au demandeur : {{count}}.',
  messages: 'Messages reçus',
  noMessages: 'Aucun message pour l’instant.',
  noStatus: 'Aucun statut visible par le demandeur pour l’instant.',
  confirmAsked: 'Pour afficher cette page, le demandeur a saisi son code et « {{field}} ».',
  untitledStatus: '(sans nom)',
  channels: {
    email: 'Courriel',
    sms: 'SMS',
    letter: 'Courrier',
    space: 'Message dans l’espace du demandeur',
  },
  missing: '[{{name}} : sans réponse]',
  unknown: '[{{name}} : aucun champ de ce nom]',
};

const en: Translation<typeof fr> = {
  workingDays_one: '{{count}} working day',
  workingDays_other: '{{count}} working days',
  frameLabel: 'Requester’s tracking page',
  service: 'Tracking your request',
  code: 'Request no. ',
  current: 'Current status',
  expected: 'What you need to do: ',
  waitingFor:
    'You have $t(trackingPage:workingDays, {"count": {{days}} }) to act, that is until {{date}}.',
  nextWithin: 'Next step by {{date}} at the latest.',
  nextAround: 'Next step usually around {{date}}.',
  answerCommitment: 'The service commits to answering you by {{date}} at the latest.',
  answerIndication_one:
    'Usual response time: about {{count}} working day. This is an indication, not a commitment.',
  answerIndication_other:
    'Usual response time: about {{count}} working days. This is an indication, not a commitment.',
  clock: {
    suspended: 'The response time is suspended until you have done what is needed.',
    restarts: 'The response time will start again from zero once you have done what is needed.',
  },
  silence: {
    acceptance: 'Without an answer from us by {{date}}, your request will be deemed accepted.',
    refusal: 'Without an answer from us by {{date}}, your request will be deemed refused.',
  },
  timeline: 'History',
  hidden: 'Internal steps not shown to the requester: {{count}}.',
  messages: 'Messages received',
  noMessages: 'No message yet.',
  noStatus: 'No status visible to the requester yet.',
  confirmAsked: 'To open this page, the requester typed their code and “{{field}}”.',
  untitledStatus: '(untitled)',
  channels: {
    email: 'Email',
    sms: 'Text message (SMS)',
    letter: 'Letter',
    space: 'Message in the requester’s space',
  },
  missing: '[{{name}}: no answer]',
  unknown: '[{{name}}: no field by this name]',
};

registerTranslations('trackingPage', { fr, en });
