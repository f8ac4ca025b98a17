import type { MessageChannel } from '../../tracking/schema';

/** Languages the drafted adoption documents are written in (the interface's languages). */
export type DocumentLanguage = 'fr' | 'en';

/**
 * The words of the drafted adoption documents. They are content (printed, exported, edited
 * by the team), so they live with their generators rather than in a screen's strings.
 */
export interface AdoptionWording {
  guideTitle: (role: string) => string;
  guideIntro: (role: string, count: number) => string;
  noSteps: string;
  summaryCaption: string;
  summaryColumns: [string, string, string];
  noDelay: string;
  days: (count: number) => string;
  arrives: string;
  arrivesStart: string;
  check: string;
  nothingToCheck: string;
  delay: string;
  requesterSees: string;
  internalStatus: (label: string) => string;
  unknownStatus: (id: string) => string;
  noStatus: string;
  messages: string;
  channels: Record<MessageChannel, string>;
  decide: string;
  waitFor: string;
  way: (label: string, next: string) => string;
  wayStatuses: (labels: string) => string;
  wayNoStatus: string;
  next: string;
  nextEnd: string;
  quote: (text: string) => string;
  /** "label : text" as each language punctuates it. */
  labelled: (label: string, text: string) => string;
  via: (name: string, via: string) => string;
  quizTitle: string;
  quizStatusQuestion: (step: string) => string;
  quizDelayQuestion: (step: string) => string;
  quizNoWrongStatus: (step: string) => string;
  quizNoStatus: (step: string) => string;
  quizAnswer: (answer: string) => string;
  exercisesTitle: string;
  exercisesIntro: string;
  noExercise: string;
  exerciseTitle: (index: number, name: string) => string;
  exerciseDo: (steps: string) => string;
  exerciseSees: (labels: string) => string;
  exerciseDays: (days: number) => string;
  faqTitle: string;
  faqIntro: string;
  faqForm: string;
  faqStatuses: string;
  faqExceptions: string;
  faqEmpty: string;
  faqFieldQuestion: (label: string) => string;
  faqStatusQuestion: (label: string) => string;
  faqStatusDelay: (days: number) => string;
  faqStatusAct: string;
  faqExceptionQuestion: (title: string) => string;
  faqExceptionAnswers: Record<'later' | 'separate-eservice' | 'out-of-scope' | 'undecided', string>;
}

const quoteFr = (text: string) => `« ${text} »`;
const daysFr = (count: number) =>
  `${count} jour${count > 1 ? 's' : ''} ouvré${count > 1 ? 's' : ''}`;

const fr: AdoptionWording = {
  guideTitle: (role) => `Guide de formation — ${role}`,
  guideIntro: (role, count) =>
    `Ce guide présente les ${count} étape${count > 1 ? 's' : ''} du traitement que fait le rôle ${quoteFr(role)} : ce qui arrive, ce qu’il faut vérifier, ce qu’il faut décider, le délai, et ce que le demandeur voit et reçoit à chaque décision.`,
  noSteps: 'Le processus ne donne encore aucune étape à ce rôle.',
  summaryCaption: 'Étapes du rôle',
  summaryColumns: ['Étape', 'Délai', 'Statut vu par le demandeur'],
  noDelay: 'non fixé',
  days: daysFr,
  arrives: 'Ce qui arrive',
  arrivesStart: 'C’est le début du traitement.',
  check: 'Ce qu’il faut vérifier',
  nothingToCheck:
    'Le processus ne précise rien : ajoutez les points de contrôle dans les notes de l’étape.',
  delay: 'Délai',
  requesterSees: 'Le demandeur voit',
  internalStatus: (label) => `${quoteFr(label)} (statut interne, non montré au demandeur)`,
  unknownStatus: (id) => `un statut qui n’existe plus (${id})`,
  noStatus: 'Cette étape ne change pas le statut de la demande.',
  messages: 'Messages envoyés au demandeur',
  channels: { email: 'Courriel', sms: 'SMS', letter: 'Courrier', space: 'Espace du demandeur' },
  decide: 'Ce qu’il faut décider',
  waitFor: 'Ensuite, selon ce qui arrive en premier',
  way: (label, next) => `${quoteFr(label)} → ${next}`,
  wayStatuses: (labels) => `le demandeur voit ${labels}`,
  wayNoStatus: 'le statut ne change pas',
  next: 'Ensuite',
  nextEnd: 'Le traitement s’arrête là.',
  quote: quoteFr,
  labelled: (label, text) => `${label} : ${text}`,
  via: (name, via) => `${name} (${quoteFr(via)})`,
  quizTitle: 'Quiz',
  quizStatusQuestion: (step) => `Quel statut voit le demandeur après l’étape ${quoteFr(step)} ?`,
  quizDelayQuestion: (step) => `Quel est le délai de l’étape ${quoteFr(step)} ?`,
  quizNoWrongStatus: (step) =>
    `Pas de question sur le statut pour ${quoteFr(step)} : le prototype n’a pas d’autre statut à proposer comme mauvaise réponse.`,
  quizNoStatus: (step) =>
    `Pas de question sur le statut pour ${quoteFr(step)} : cette étape ne change pas le statut.`,
  quizAnswer: (answer) => `Réponse : ${answer}`,
  exercisesTitle: 'Exercices pratiques',
  exercisesIntro:
    'Chaque exercice rejoue un scénario enregistré : ouvrez « Essayer l’e-service », chargez le scénario et faites vos étapes.',
  noExercise: 'Aucun scénario enregistré ne passe par les étapes de ce rôle.',
  exerciseTitle: (index, name) => `Exercice ${index} : ${name}`,
  exerciseDo: (steps) => `Vous faites : ${steps}.`,
  exerciseSees: (labels) => `Le demandeur doit voir : ${labels}.`,
  exerciseDays: (days) => `Durée simulée : ${daysFr(days)}.`,
  faqTitle: 'Foire aux questions (brouillon)',
  faqIntro:
    'Brouillon tiré du formulaire, des statuts et des exceptions mises de côté : relisez chaque réponse avant de la publier.',
  faqForm: 'Remplir le formulaire',
  faqStatuses: 'Suivre sa demande',
  faqExceptions: 'Cas particuliers',
  faqEmpty: 'Rien à en tirer pour l’instant.',
  faqFieldQuestion: (label) => `Que faut-il indiquer dans ${quoteFr(label)} ?`,
  faqStatusQuestion: (label) => `Que signifie le statut ${quoteFr(label)} ?`,
  faqStatusDelay: (days) => `Ce statut dure au plus ${daysFr(days)}.`,
  faqStatusAct: 'Une action de votre part est attendue.',
  faqExceptionQuestion: (title) => `Mon cas : ${title}. Puis-je faire ma demande en ligne ?`,
  faqExceptionAnswers: {
    later:
      'Ce cas n’est pas encore pris en charge en ligne ; il le sera plus tard. En attendant, contactez le service.',
    'separate-eservice':
      'Ce cas relève d’une autre démarche : contactez le service pour savoir laquelle.',
    'out-of-scope': 'Ce cas n’est pas couvert par cette démarche : contactez le service.',
    undecided: 'Ce cas est à l’étude : contactez le service.',
  },
};

const quoteEn = (text: string) => `“${text}”`;
const daysEn = (count: number) => `${count} working day${count === 1 ? '' : 's'}`;

const en: AdoptionWording = {
  guideTitle: (role) => `Training guide — ${role}`,
  guideIntro: (role, count) =>
    `This guide covers the ${count} processing step${count === 1 ? '' : 's'} done by the role ${quoteEn(role)}: what arrives, what to check, what to decide, the time limit, and what the requester sees and receives after each decision.`,
  noSteps: 'The process gives this role no step yet.',
  summaryCaption: 'Steps of the role',
  summaryColumns: ['Step', 'Time limit', 'Status the requester sees'],
  noDelay: 'not set',
  days: daysEn,
  arrives: 'What arrives',
  arrivesStart: 'This is where processing starts.',
  check: 'What to check',
  nothingToCheck: 'The process says nothing: add the checks to the step’s notes.',
  delay: 'Time limit',
  requesterSees: 'The requester sees',
  internalStatus: (label) => `${quoteEn(label)} (internal status, not shown to the requester)`,
  unknownStatus: (id) => `a status that no longer exists (${id})`,
  noStatus: 'This step does not change the request’s status.',
  messages: 'Messages sent to the requester',
  channels: { email: 'E-mail', sms: 'SMS', letter: 'Letter', space: 'Requester’s space' },
  decide: 'What to decide',
  waitFor: 'Then, depending on what happens first',
  way: (label, next) => `${quoteEn(label)} → ${next}`,
  wayStatuses: (labels) => `the requester sees ${labels}`,
  wayNoStatus: 'the status does not change',
  next: 'Then',
  nextEnd: 'Processing stops here.',
  quote: quoteEn,
  labelled: (label, text) => `${label}: ${text}`,
  via: (name, via) => `${name} (${quoteEn(via)})`,
  quizTitle: 'Quiz',
  quizStatusQuestion: (step) =>
    `Which status does the requester see after the step ${quoteEn(step)}?`,
  quizDelayQuestion: (step) => `What is the time limit of the step ${quoteEn(step)}?`,
  quizNoWrongStatus: (step) =>
    `No status question for ${quoteEn(step)}: the prototype has no other status to offer as a wrong answer.`,
  quizNoStatus: (step) =>
    `No status question for ${quoteEn(step)}: this step does not change the status.`,
  quizAnswer: (answer) => `Answer: ${answer}`,
  exercisesTitle: 'Practical exercises',
  exercisesIntro:
    'Each exercise replays a saved scenario: open “Try the e-service”, load the scenario and do your steps.',
  noExercise: 'No saved scenario goes through this role’s steps.',
  exerciseTitle: (index, name) => `Exercise ${index}: ${name}`,
  exerciseDo: (steps) => `You do: ${steps}.`,
  exerciseSees: (labels) => `The requester must see: ${labels}.`,
  exerciseDays: (days) => `Simulated time: ${daysEn(days)}.`,
  faqTitle: 'Frequently asked questions (draft)',
  faqIntro:
    'Drafted from the form, the statuses and the exceptions set aside: read every answer again before publishing it.',
  faqForm: 'Filling in the form',
  faqStatuses: 'Following your request',
  faqExceptions: 'Special cases',
  faqEmpty: 'Nothing to draw from yet.',
  faqFieldQuestion: (label) => `What should I enter in ${quoteEn(label)}?`,
  faqStatusQuestion: (label) => `What does the status ${quoteEn(label)} mean?`,
  faqStatusDelay: (days) => `This status lasts at most ${daysEn(days)}.`,
  faqStatusAct: 'Something is expected from you.',
  faqExceptionQuestion: (title) => `My case: ${title}. Can I apply online?`,
  faqExceptionAnswers: {
    later: 'This case is not handled online yet; it will be later. Meanwhile, contact the service.',
    'separate-eservice':
      'This case belongs to another procedure: contact the service to know which.',
    'out-of-scope': 'This case is not covered by this procedure: contact the service.',
    undecided: 'This case is being studied: contact the service.',
  },
};

export const adoptionWording: Record<DocumentLanguage, AdoptionWording> = { fr, en };
