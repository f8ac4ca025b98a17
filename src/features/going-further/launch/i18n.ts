import { registerTranslations } from '../../../ui/i18n/i18n';
import type { Translation } from '../../../ui/i18n/types';

const fr = {
  label: 'Lancement',
  title: 'Lancement',
  intro:
    'Une phase pilote avec quelques usagers et agents, puis l’ouverture à tous : chaque phase a sa liste de vérifications.',
};

const en: Translation<typeof fr> = {
  label: 'Launch',
  title: 'Launch',
  intro:
    'A pilot phase with a few requesters and agents, then the opening to all: each phase has its checklist.',
};

registerTranslations('goingFurther-launch', { fr, en });
