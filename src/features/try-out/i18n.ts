import '../../ui/requester-form/i18n';
import '../../ui/tracking-page/i18n';
import { registerTranslations } from '../../ui/i18n/i18n';
import { en } from './i18n/en';
import { fr } from './i18n/fr';

registerTranslations('tryOut', { fr, en });
