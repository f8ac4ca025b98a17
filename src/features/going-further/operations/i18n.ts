import { registerTranslations } from '../../../ui/i18n/i18n';
import type { Translation } from '../../../ui/i18n/types';

const fr = {
  label: 'Opérations et RACI',
  title: 'Opérations de déploiement et RACI',
  intro:
    'Le cycle des opérations qui mènent à la mise en service, et pour chacune qui la réalise (R), qui en répond (A), qui est consulté (C) et qui est informé (I).',
};

const en: Translation<typeof fr> = {
  label: 'Operations and RACI',
  title: 'Deployment operations and RACI',
  intro:
    'The cycle of operations that leads to going live, and for each who does it (R), who answers for it (A), who is consulted (C) and who is informed (I).',
};

registerTranslations('goingFurther-operations', { fr, en });
