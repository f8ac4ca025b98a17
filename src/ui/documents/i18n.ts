import { registerTranslations } from '../i18n/i18n';
import type { Translation } from '../i18n/types';

const fr = {
  actions: 'Exporter « {{title}} »',
  print: 'Imprimer / PDF',
  docx: 'Télécharger (DOCX)',
  docxBusy: 'Préparation du DOCX…',
  csvOf: 'CSV : {{caption}}',
  docxFailed:
    'Le fichier DOCX n’a pas pu être créé ({{message}}). Réessayez ; en attendant, « Imprimer / PDF » donne le même document.',
  csvFailed: 'Le fichier CSV n’a pas pu être créé ({{message}}). Réessayez.',
};

const en: Translation<typeof fr> = {
  actions: 'Export “{{title}}”',
  print: 'Print / PDF',
  docx: 'Download (DOCX)',
  docxBusy: 'Preparing the DOCX…',
  csvOf: 'CSV: {{caption}}',
  docxFailed:
    'The DOCX file could not be made ({{message}}). Try again; meanwhile, “Print / PDF” gives the same document.',
  csvFailed: 'The CSV file could not be made ({{message}}). Try again.',
};

registerTranslations('documents', { fr, en });
