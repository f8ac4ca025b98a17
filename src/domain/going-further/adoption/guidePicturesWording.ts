import type { DocumentLanguage } from './wording';

/** The words of the guide's pictures of the form and of the tracking page. */
export interface PictureWording {
  formCaption: string;
  formAlt: (pages: string) => string;
  page: (number: number, title: string) => string;
  required: string;
  conditional: string;
  moreFields: (count: number) => string;
  emptyForm: string;
  /** A page and its fields, in the text alternative. */
  pageFields: (page: string, fields: readonly string[]) => string;
  trackingCaption: (step: string) => string;
  trackingAlt: (step: string, what: string) => string;
  trackingTitle: string;
  code: (code: string) => string;
  status: (label: string) => string;
  promised: (submitted: string, answer: string) => string;
  usual: (days: number) => string;
  messages: string;
  /** A day `YYYY-MM-DD` as people read it. */
  day: (day: string) => string;
}

const fr: PictureWording = {
  formCaption: 'Le formulaire tel que le demandeur le remplit :',
  formAlt: (pages) => `Formulaire en ligne tel que le demandeur le voit. ${pages}`,
  page: (number, title) => `Page ${number}${title ? ` « ${title} »` : ''}`,
  required: 'obligatoire',
  conditional: 'selon les réponses',
  moreFields: (count) => `… et ${count} autre(s) champ(s)`,
  emptyForm: 'Le formulaire n’a pas encore de champ.',
  pageFields: (page, fields) => `${page} : ${fields.join(' ; ')}`,
  trackingCaption: (step) => `La page de suivi du demandeur pendant « ${step} » :`,
  trackingAlt: (step, what) => `Page de suivi du demandeur pendant « ${step} ». ${what}`,
  trackingTitle: 'Suivi de votre demande',
  code: (code) => `Code de suivi : ${code}`,
  status: (label) => `Statut : ${label}`,
  promised: (submitted, answer) => `Déposée le ${submitted} : réponse au plus tard le ${answer}`,
  usual: (days) => `Délai de réponse habituel : ${days} jour(s) ouvré(s)`,
  messages: 'Messages reçus :',
  day: (day) => day.split('-').reverse().join('/'),
};

const en: PictureWording = {
  formCaption: 'The form as the requester fills it:',
  formAlt: (pages) => `Online form as the requester sees it. ${pages}`,
  page: (number, title) => `Page ${number}${title ? ` “${title}”` : ''}`,
  required: 'required',
  conditional: 'depending on the answers',
  moreFields: (count) => `… and ${count} more field(s)`,
  emptyForm: 'The form has no field yet.',
  pageFields: (page, fields) => `${page}: ${fields.join('; ')}`,
  trackingCaption: (step) => `The requester’s tracking page during “${step}”:`,
  trackingAlt: (step, what) => `Requester’s tracking page during “${step}”. ${what}`,
  trackingTitle: 'Tracking your request',
  code: (code) => `Tracking code: ${code}`,
  status: (label) => `Status: ${label}`,
  promised: (submitted, answer) => `Submitted on ${submitted}: answer by ${answer} at the latest`,
  usual: (days) => `Usual response time: ${days} working day(s)`,
  messages: 'Messages received:',
  day: (day) => day,
};

export const pictureWording: Record<DocumentLanguage, PictureWording> = { fr, en };
