import '../requester-form/i18n';
import { registerTranslations } from '../i18n/i18n';
import { en } from './i18n/en';
import { fr } from './i18n/fr';

// How a replayed scenario's result reads: shared by the try-out and the review.
registerTranslations('scenarioResults', { fr, en });
