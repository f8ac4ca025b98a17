import { registerTranslations } from '../../../ui/i18n/i18n';
import type { Translation } from '../../../ui/i18n/types';

const fr = {
  label: 'Calendrier',
  title: 'Calendrier du déploiement',
  intro:
    'Les opérations sur une frise en jours ouvrés (hors week-ends et jours fériés), avec leurs durées, leurs livrables, leurs dépendances et les revues du comité de pilotage.',
};

const en: Translation<typeof fr> = {
  label: 'Calendar',
  title: 'Deployment calendar',
  intro:
    'The operations on a timeline in working days (weekends and public holidays aside), with their durations, deliverables, dependencies and the steering committee’s reviews.',
};

registerTranslations('goingFurther-calendar', { fr, en });
