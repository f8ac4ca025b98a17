import { registerTranslations } from '../../../ui/i18n/i18n';
import { en } from './stringsEn';
import { fr } from './stringsFr';

registerTranslations('goingFurther-adoption', { fr, en });
