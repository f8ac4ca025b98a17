import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

const fr = {
  title: 'Pour aller plus loin',
  intro:
    'Après l’approbation : déployer l’e-service, le tester en production, le lancer puis le faire adopter. Chaque document se rédige à partir de ce que le prototype sait déjà.',
  parts: 'Parties de l’étape',
  loading: 'Chargement…',
};

const en: Translation<typeof fr> = {
  title: 'Going further',
  intro:
    'After approval: deploy the e-service, test it in production, launch it, then get it adopted. Each document is drafted from what the prototype already knows.',
  parts: 'Parts of the step',
  loading: 'Loading…',
};

registerTranslations('goingFurther', { fr, en });
