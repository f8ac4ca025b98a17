import type { AudienceDateProblem, CommunicationMoments } from './communicationDates';
import type { Audience, CommunicationChannel } from './schema';
import type { DocumentLanguage } from './wording';

/** The words of the communication plan, a drafted document like the guides. */
export interface CommunicationWording {
  title: string;
  internalNote: string;
  noteDraft: (note: {
    name: string;
    statement: string;
    owningService: string;
    deadline: string;
  }) => string;
  keyMessages: string;
  noTravel: string;
  allHours: string;
  trackingCode: (length: number) => string;
  promise: (days: number) => string;
  usualTime: (days: number) => string;
  audiences: string;
  noAudience: string;
  audiencesCaption: string;
  audiencesColumns: [string, string, string, string, string, string, string, string];
  scopes: Record<Audience['scope'], string>;
  channels: Record<CommunicationChannel, string>;
  sameMessages: string;
  notPlanned: string;
  /** A day `YYYY-MM-DD` as people read it. */
  day: (day: string) => string;
  /** A date the team left to the calendar. */
  proposedDate: (day: string) => string;
  /** A date the team chose that does not hold with the calendar, and why. */
  dateProblem: Record<AudienceDateProblem, (day: string, moments: CommunicationMoments) => string>;
  /** How the plan's dates follow the deployment calendar, or that it has no start day yet. */
  alignment: (moments: CommunicationMoments) => string;
  noCalendar: string;
  suggested: {
    authorities: string;
    authoritiesResults: string;
    authoritiesMessenger: string;
    agents: string;
    agentsContext: (roles: string) => string;
    agentsResults: string;
    agentsMessenger: string;
    requesters: string;
    requestersResults: string;
    requestersMessenger: string;
    partners: string;
    partnersResults: string;
    partnersMessenger: string;
  };
}

const fr: CommunicationWording = {
  title: 'Plan de communication',
  internalNote: 'Note aux autorités',
  noteDraft: ({ name, statement, owningService, deadline }) =>
    [
      `Objet : dématérialisation de la démarche « ${name} ».`,
      `${owningService ? `Le service ${owningService}` : 'Le service'} met la démarche « ${name} » en ligne${statement ? ` : ${statement}` : '.'}`,
      'Les usagers pourront faire leur demande en ligne, à toute heure, et la suivre avec un code de suivi. Les agents concernés seront formés avant l’ouverture, et un accompagnement sera proposé à ceux qui ne peuvent pas faire la démarche en ligne.',
      deadline ? `Ouverture visée : ${deadline}.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  keyMessages: 'Messages clés',
  noTravel: 'Plus besoin de se déplacer : la demande se fait en ligne.',
  allHours: 'Le service est disponible à toute heure, tous les jours.',
  trackingCode: (length) =>
    `Un code de suivi de ${length} caractères permet de suivre sa demande en ligne.`,
  promise: (days) => `Le service s’engage à répondre sous ${days} jours ouvrés.`,
  usualTime: (days) => `Délai habituel de réponse : ${days} jours ouvrés.`,
  audiences: 'Cibles',
  noAudience: 'Aucune cible pour l’instant.',
  audiencesCaption: 'Cibles de la communication',
  audiencesColumns: [
    'Cible',
    'Interne ou externe',
    'Résultats attendus',
    'Contexte',
    'Messages clés',
    'Canaux',
    'Messager',
    'Date',
  ],
  scopes: { internal: 'Interne', external: 'Externe' },
  channels: {
    website: 'Site internet',
    intranet: 'Intranet',
    social: 'Réseaux sociaux',
    press: 'Presse',
    posters: 'Affiches au guichet',
    emailing: 'Courriel',
    meeting: 'Réunion',
  },
  sameMessages: 'Les messages clés du plan',
  notPlanned: 'à fixer',
  day: (day) => day.split('-').reverse().join('/'),
  proposedDate: (day) => `${fr.day(day)} (proposée d’après le calendrier)`,
  dateProblem: {
    'internal-after-pilot': (day, moments) =>
      `${fr.day(day)} — incohérente avec le calendrier : après le début du pilote (${fr.day(moments.pilotStart)}), alors que la communication interne le précède.`,
    'external-before-open': (day, moments) =>
      `${fr.day(day)} — incohérente avec le calendrier : avant l’ouverture à tous (${fr.day(moments.open)}), le public apprendrait l’existence d’un service qui ne lui est pas encore ouvert.`,
  },
  alignment: (moments) =>
    `Dates alignées sur le calendrier de déploiement : communication interne le ${fr.day(moments.internal)}, avant le pilote (${fr.day(moments.pilotStart)}) ; communication de lancement le ${fr.day(moments.open)}, à l’ouverture à tous.`,
  noCalendar:
    'Le calendrier de déploiement n’a pas encore de date de début : les dates ne peuvent pas en être tirées.',
  suggested: {
    authorities: 'Autorités (conseil, direction)',
    authoritiesResults: 'Valider et porter la mise en ligne de la démarche.',
    authoritiesMessenger: 'Direction générale des services',
    agents: 'Agents',
    agentsContext: (roles) => `Rôles du processus : ${roles}.`,
    agentsResults: 'Connaître la nouvelle façon de traiter les demandes et suivre la formation.',
    agentsMessenger: 'Chef de service',
    requesters: 'Demandeurs',
    requestersResults: 'Faire leur demande en ligne plutôt qu’au guichet.',
    requestersMessenger: 'Agents d’accueil',
    partners: 'France Services et partenaires',
    partnersResults: 'Accompagner les usagers qui ne peuvent pas faire la démarche seuls.',
    partnersMessenger: 'Référent numérique',
  },
};

const en: CommunicationWording = {
  title: 'Communication plan',
  internalNote: 'Note to the authorities',
  noteDraft: ({ name, statement, owningService, deadline }) =>
    [
      `Subject: the procedure “${name}” goes online.`,
      `${owningService ? `The service ${owningService}` : 'The service'} is putting the procedure “${name}” online${statement ? `: ${statement}` : '.'}`,
      'Requesters will be able to apply online at any hour and follow their request with a tracking code. The agents concerned will be trained before the opening, and help will be offered to those who cannot apply online.',
      deadline ? `Planned opening: ${deadline}.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  keyMessages: 'Key messages',
  noTravel: 'No more travelling: apply online.',
  allHours: 'The service is available at any hour, every day.',
  trackingCode: (length) =>
    `A tracking code of ${length} characters lets you follow your request online.`,
  promise: (days) => `The service commits to answering within ${days} working days.`,
  usualTime: (days) => `Usual response time: ${days} working days.`,
  audiences: 'Audiences',
  noAudience: 'No audience yet.',
  audiencesCaption: 'Communication audiences',
  audiencesColumns: [
    'Audience',
    'Internal or external',
    'Expected results',
    'Context',
    'Key messages',
    'Channels',
    'Messenger',
    'Date',
  ],
  scopes: { internal: 'Internal', external: 'External' },
  channels: {
    website: 'Website',
    intranet: 'Intranet',
    social: 'Social networks',
    press: 'Press',
    posters: 'Counter posters',
    emailing: 'E-mailing',
    meeting: 'Meeting',
  },
  sameMessages: 'The plan’s key messages',
  notPlanned: 'to be set',
  day: (day) => day,
  proposedDate: (day) => `${day} (proposed from the calendar)`,
  dateProblem: {
    'internal-after-pilot': (day, moments) =>
      `${day} — inconsistent with the calendar: after the pilot starts (${moments.pilotStart}), while internal communication comes before it.`,
    'external-before-open': (day, moments) =>
      `${day} — inconsistent with the calendar: before the opening to all (${moments.open}), the public would hear of a service not yet open to them.`,
  },
  alignment: (moments) =>
    `Dates aligned on the deployment calendar: internal communication on ${moments.internal}, before the pilot (${moments.pilotStart}); launch communication on ${moments.open}, at the opening to all.`,
  noCalendar: 'The deployment calendar has no start day yet: the dates cannot be drawn from it.',
  suggested: {
    authorities: 'Authorities (council, management)',
    authoritiesResults: 'Approve and support putting the procedure online.',
    authoritiesMessenger: 'General management',
    agents: 'Agents',
    agentsContext: (roles) => `Process roles: ${roles}.`,
    agentsResults: 'Know the new way of handling requests and attend the training.',
    agentsMessenger: 'Head of service',
    requesters: 'Requesters',
    requestersResults: 'Apply online rather than at the counter.',
    requestersMessenger: 'Reception agents',
    partners: 'France Services and partners',
    partnersResults: 'Help the people who cannot apply on their own.',
    partnersMessenger: 'Digital referent',
  },
};

export const communicationWording: Record<DocumentLanguage, CommunicationWording> = { fr, en };
