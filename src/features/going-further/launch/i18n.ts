import { registerTranslations } from '../../../ui/i18n/i18n';
import type { Translation } from '../../../ui/i18n/types';

const fr = {
  label: 'Lancement',
  title: 'Lancement',
  intro:
    'Une phase pilote avec quelques usagers et agents, puis l’ouverture à tous : chaque phase a sa liste de vérifications. La démarche est lancée quand la phase d’ouverture est entièrement cochée.',
  phases: {
    pilot: 'Phase pilote',
    open: 'Phase d’ouverture à tous',
  },
  items: {
    pilot: {
      participants: 'Les participants du pilote sont choisis (usagers et agents)',
      support: 'Un support dédié au pilote est en place',
      feedback: 'Les canaux de retour sont ouverts (formulaire, messagerie, réunions)',
      analysis: 'Les retours sont analysés et les corrections décidées',
      report: 'Le bilan du pilote est rédigé',
    },
    open: {
      communication: 'La communication de lancement est diffusée',
      availability: 'La disponibilité du service est vérifiée',
      scalability: 'La montée en charge est vérifiée',
      monitoring: 'La supervision est en place',
      support: 'Le support est renforcé pour les premières semaines',
    },
  },
  note: 'Précisions : {{item}}',
  progress: '{{done}} sur {{total}} fait(s)',
  launched: 'Toutes les vérifications de l’ouverture sont faites : la démarche est lancée.',
  document: {
    title: 'Lancement — {{name}}',
    done: '✓ {{item}}',
    notDone: '☐ {{item}} (à faire)',
    withNote: '{{line}} — {{note}}',
  },
};

const en: Translation<typeof fr> = {
  label: 'Launch',
  title: 'Launch',
  intro:
    'A pilot phase with a few requesters and agents, then the opening to all: each phase has its checklist. The e-service is launched when the open phase is fully ticked.',
  phases: {
    pilot: 'Pilot phase',
    open: 'Open phase',
  },
  items: {
    pilot: {
      participants: 'The pilot’s participants are chosen (requesters and agents)',
      support: 'Dedicated support for the pilot is in place',
      feedback: 'Feedback channels are open (form, mailbox, meetings)',
      analysis: 'Feedback is analysed and corrections decided',
      report: 'The pilot report is written',
    },
    open: {
      communication: 'The launch communication is out',
      availability: 'The service’s availability is checked',
      scalability: 'The service’s scalability is checked',
      monitoring: 'Monitoring is in place',
      support: 'Support is reinforced for the first weeks',
    },
  },
  note: 'Details: {{item}}',
  progress: '{{done}} of {{total}} done',
  launched: 'Every check of the opening is done: the e-service is launched.',
  document: {
    title: 'Launch — {{name}}',
    done: '✓ {{item}}',
    notDone: '☐ {{item}} (to do)',
    withNote: '{{line}} — {{note}}',
  },
};

registerTranslations('goingFurther-launch', { fr, en });
