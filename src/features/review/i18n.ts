import { registerTranslations } from '../../ui/i18n/i18n';
import { en } from './i18n/en';
import { fr } from './i18n/fr';
import '../../ui/signoffs/i18n';

registerTranslations('review', { fr, en });
