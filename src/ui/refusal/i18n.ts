import { registerTranslations } from '../i18n/i18n';
import { refusalEn } from './en';
import { refusalFr } from './fr';

// Why a file is refused: wanted only once a file is read, so not in the first page's strings.
registerTranslations('refusal', { fr: refusalFr, en: refusalEn });
