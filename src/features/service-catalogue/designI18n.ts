import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

/** The words of an entry's design: what its prototypes fill, and the differences to settle. */
const fr = {
  title: 'Conception du service',
  intro:
    'Ce que le service demande, comment il est traité et ce que le demandeur reçoit. Les prototypes liés remplissent ces informations et les tiennent à jour ; une valeur que vous saisissez n’est jamais remplacée sans vous le demander.',
  fromPrototypes: 'Rempli depuis les prototypes liés.',
  typed: 'Saisi par l’équipe.',
  fields: {
    fieldsAsked: 'Champs demandés au demandeur',
    fieldsPrefilled: 'Dont préremplis depuis une source vérifiée',
    processSteps: 'Étapes du traitement',
    roles: 'Rôles qui traitent les demandes',
    responseDays: 'Délai de réponse promis (jours ouvrés)',
    messageChannels: 'Canaux des messages au demandeur',
    exceptions: 'Exceptions mises de côté',
    reviewState: 'État de la vérification',
    launchDate: 'Date d’ouverture à tous',
  },
  rolesHelp: 'Un rôle par ligne.',
  unknown: '— Inconnu —',
  messageChannels: {
    email: 'Courriel',
    sms: 'SMS',
    letter: 'Courrier',
    space: 'Espace du demandeur',
  },
  reviewStates: {
    draft: 'Brouillon',
    submitted: 'Soumis à vérification',
    'changes-requested': 'Modifications demandées',
    verified: 'Vérifié',
    approved: 'Approuvé',
    rejected: 'Rejeté',
  },
  none: 'aucun',
  dateInvalid: 'Écrivez une date valable.',
  differencesTitle: 'Les prototypes disent autre chose',
  differencesIntro:
    'Vous avez saisi ces valeurs vous-même ; les prototypes liés en donnent d’autres. Choisissez pour chacune.',
  difference: '{{field}} : votre valeur « {{typed}} », les prototypes « {{fromPrototypes}} »',
  keep: 'Garder ma valeur',
  keepLabel: 'Garder ma valeur pour « {{field}} »',
  take: 'Prendre celle des prototypes',
  takeLabel: 'Prendre celle des prototypes pour « {{field}} »',
};

const en: Translation<typeof fr> = {
  title: 'Design of the service',
  intro:
    'What the service asks, how it is processed and what the requester receives. Linked prototypes fill this in and keep it up to date; a value you type is never replaced without asking you.',
  fromPrototypes: 'Filled from the linked prototypes.',
  typed: 'Typed by the team.',
  fields: {
    fieldsAsked: 'Fields asked of the requester',
    fieldsPrefilled: 'Of which prefilled from a verified source',
    processSteps: 'Processing steps',
    roles: 'Roles that process requests',
    responseDays: 'Promised response time (working days)',
    messageChannels: 'Channels of the messages to the requester',
    exceptions: 'Exceptions set aside',
    reviewState: 'Review state',
    launchDate: 'Opening to all',
  },
  rolesHelp: 'One role per line.',
  unknown: '— Unknown —',
  messageChannels: {
    email: 'E-mail',
    sms: 'Text message',
    letter: 'Letter',
    space: 'Requester’s space',
  },
  reviewStates: {
    draft: 'Draft',
    submitted: 'Submitted for verification',
    'changes-requested': 'Changes requested',
    verified: 'Verified',
    approved: 'Approved',
    rejected: 'Rejected',
  },
  none: 'none',
  dateInvalid: 'Type a valid date.',
  differencesTitle: 'The prototypes say otherwise',
  differencesIntro:
    'You typed these values yourselves; the linked prototypes give others. Choose for each one.',
  difference: '{{field}}: your value “{{typed}}”, the prototypes “{{fromPrototypes}}”',
  keep: 'Keep my value',
  keepLabel: 'Keep my value for “{{field}}”',
  take: 'Take the prototypes’ value',
  takeLabel: 'Take the prototypes’ value for “{{field}}”',
};

registerTranslations('serviceDesign', { fr, en });
