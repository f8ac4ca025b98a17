import { registerTranslations } from '../../../ui/i18n/i18n';
import { documentEn, documentFr } from './documentStrings';

// The documents' words join the part's namespace when its screen loads, not with the step.
registerTranslations('goingFurther-production', { fr: documentFr, en: documentEn });
