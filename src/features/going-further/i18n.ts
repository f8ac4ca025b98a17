import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

const fr = {
  title: 'Pour aller plus loin',
  intro:
    'Après l’approbation : déployer l’e-service, le tester en production, le lancer puis le faire adopter. Chaque document se rédige à partir de ce que le prototype sait déjà.',
  parts: 'Parties de l’étape',
  loading: 'Chargement…',
  part: {
    edited: 'Modifié par l’équipe',
    conflictTitle: {
      prototype: 'Le prototype a changé depuis votre modification. Il dirait maintenant :',
      approved:
        'La version approuvée a changé depuis votre modification. Le texte tiré d’elle serait maintenant :',
    },
    keepMine: 'Garder mon texte',
    takeNew: 'Prendre le nouveau texte',
    reset: 'Revenir au texte généré',
    tooLong:
      'Ce texte fait {{length}} caractères, au-delà des {{max}} acceptés : raccourcissez-le. Il n’est pas enregistré tant qu’il dépasse, et rien de ce qui l’était n’est perdu.',
  },
};

const en: Translation<typeof fr> = {
  title: 'Going further',
  intro:
    'After approval: deploy the e-service, test it in production, launch it, then get it adopted. Each document is drafted from what the prototype already knows.',
  parts: 'Parts of the step',
  loading: 'Loading…',
  part: {
    edited: 'Changed by the team',
    conflictTitle: {
      prototype: 'The prototype changed since your edit. It would now say:',
      approved:
        'The approved version changed since your edit. The text drawn from it would now be:',
    },
    keepMine: 'Keep my text',
    takeNew: 'Take the new text',
    reset: 'Back to the generated text',
    tooLong:
      'This text has {{length}} characters, beyond the {{max}} accepted: shorten it. It is not saved while it is too long, and nothing saved before is lost.',
  },
};

registerTranslations('goingFurther', { fr, en });
