import type { FeedbackPriority, RemarkChangeKind } from './schema';
import type { DocumentLanguage } from './wording';

/** The words of the feedback questionnaire, the evaluation form and their documents. */
export interface QuestionnaireWording {
  questionnaire: {
    page: string;
    satisfaction: string;
    scale: [string, string, string, string, string];
    learned: string;
    missing: string;
    service: string;
    why: string;
  };
  evaluation: {
    page: string;
    used: string;
    satisfaction: string;
    ease: string;
    easeScale: [string, string, string, string];
    timeSaved: string;
    timeScale: [string, string, string, string];
    improve: string;
    why: string;
  };
  yes: string;
  no: string;
  /** A repeatable group's answer: how many blocks were filled. */
  blocks: (count: number) => string;
  feedbackTitle: (session: string) => string;
  responses: (count: number) => string;
  questionsCaption: (session: string) => string;
  questionsColumns: [string, string];
  remarksCaption: (session: string) => string;
  remarksColumns: [string, string, string, string, string];
  priorities: Record<FeedbackPriority, string>;
  changeTo: Record<RemarkChangeKind, string>;
  noChange: string;
  noteTitle: string;
  noteIntro: string;
  noteNone: string;
  noteItem: (remark: string, change: string, where: string) => string;
  evaluationFormTitle: string;
  evaluationFormIntro: string;
}

const fr: QuestionnaireWording = {
  questionnaire: {
    page: 'Votre avis sur la formation',
    satisfaction: 'Dans l’ensemble, êtes-vous satisfait de la formation ?',
    scale: ['1 — Pas du tout', '2 — Peu', '3 — Moyennement', '4 — Plutôt', '5 — Tout à fait'],
    learned: 'Qu’avez-vous appris ?',
    missing: 'Qu’est-ce qui vous a manqué ?',
    service: 'Remarques sur le service',
    why: 'Pour améliorer la formation et l’e-service à partir de l’avis des personnes formées.',
  },
  evaluation: {
    page: 'Votre avis sur le service en ligne',
    used: 'Avez-vous utilisé le service en ligne ?',
    satisfaction: 'Êtes-vous satisfait du service en ligne ?',
    ease: 'Le service a-t-il été facile à utiliser ?',
    easeScale: ['Très facile', 'Plutôt facile', 'Plutôt difficile', 'Très difficile'],
    timeSaved: 'Le service vous a-t-il fait gagner du temps ?',
    timeScale: ['Beaucoup', 'Un peu', 'Pas vraiment', 'Pas du tout'],
    improve: 'Que faudrait-il améliorer ?',
    why: 'Pour mesurer, auprès du public visé, si le service atteint ses objectifs.',
  },
  yes: 'Oui',
  no: 'Non',
  blocks: (count) => `${count} bloc${count > 1 ? 's' : ''}`,
  feedbackTitle: (session) => `Retours de la session « ${session} »`,
  responses: (count) =>
    count === 0
      ? 'Aucune réponse au questionnaire pour l’instant.'
      : `${count} réponse${count > 1 ? 's' : ''} au questionnaire.`,
  questionsCaption: (session) => `Questionnaire de retour — ${session}`,
  questionsColumns: ['Question', 'Obligatoire'],
  remarksCaption: (session) => `Remarques des personnes formées — ${session}`,
  remarksColumns: ['Remarque', 'Analyse', 'Priorité', 'Changement', 'Où'],
  priorities: { high: 'Haute', medium: 'Moyenne', low: 'Basse' },
  changeTo: { prototype: 'Prototype', guide: 'Guide de formation' },
  noChange: 'Aucun changement décidé',
  noteTitle: 'Ce qui a changé grâce à vos remarques',
  noteIntro:
    'Merci pour vos retours après la formation. Voici ce que nous avons changé à partir de vos remarques.',
  noteNone: 'Aucun changement n’a encore été décidé à partir de vos remarques.',
  noteItem: (remark, change, where) => `Vous avez dit : « ${remark} ». ${where} : ${change}`,
  evaluationFormTitle: 'Formulaire d’évaluation auprès du public visé',
  evaluationFormIntro:
    'Les questions posées au public visé après la mise en ligne, construites dans le concepteur de formulaire.',
};

const en: QuestionnaireWording = {
  questionnaire: {
    page: 'Your opinion of the training',
    satisfaction: 'Overall, are you satisfied with the training?',
    scale: ['1 — Not at all', '2 — A little', '3 — Fairly', '4 — Mostly', '5 — Completely'],
    learned: 'What did you learn?',
    missing: 'What was missing?',
    service: 'Remarks about the service',
    why: 'To improve the training and the e-service from the trainees’ opinion.',
  },
  evaluation: {
    page: 'Your opinion of the online service',
    used: 'Did you use the online service?',
    satisfaction: 'Are you satisfied with the online service?',
    ease: 'Was the service easy to use?',
    easeScale: ['Very easy', 'Rather easy', 'Rather hard', 'Very hard'],
    timeSaved: 'Did the service save you time?',
    timeScale: ['A lot', 'A little', 'Not really', 'Not at all'],
    improve: 'What should be improved?',
    why: 'To measure, with the target population, whether the service reaches its objectives.',
  },
  yes: 'Yes',
  no: 'No',
  blocks: (count) => `${count} block${count === 1 ? '' : 's'}`,
  feedbackTitle: (session) => `Feedback of the session “${session}”`,
  responses: (count) =>
    count === 0
      ? 'No answer to the questionnaire yet.'
      : `${count} answer${count === 1 ? '' : 's'} to the questionnaire.`,
  questionsCaption: (session) => `Feedback questionnaire — ${session}`,
  questionsColumns: ['Question', 'Required'],
  remarksCaption: (session) => `Trainees’ remarks — ${session}`,
  remarksColumns: ['Remark', 'Analysis', 'Priority', 'Change', 'Where'],
  priorities: { high: 'High', medium: 'Medium', low: 'Low' },
  changeTo: { prototype: 'Prototype', guide: 'Training guide' },
  noChange: 'No change decided',
  noteTitle: 'What changed thanks to your remarks',
  noteIntro:
    'Thank you for your feedback after the training. Here is what we changed from your remarks.',
  noteNone: 'No change has been decided from your remarks yet.',
  noteItem: (remark, change, where) => `You said: “${remark}”. ${where}: ${change}`,
  evaluationFormTitle: 'Evaluation form for the target population',
  evaluationFormIntro:
    'The questions asked to the target population after launch, built in the form designer.',
};

export const questionnaireWording: Record<DocumentLanguage, QuestionnaireWording> = { fr, en };
