import '../../../ui/tracking-page/i18n';
import { registerTranslations } from '../../../ui/i18n/i18n';
import { en } from './en';
import { fr } from './fr';

registerTranslations('workshops', { fr, en });
