import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

/** The words of the catalogue's own file and of its JSON-LD export. */
const fr = {
  save: 'Enregistrer le fichier du catalogue',
  exportJsonLd: 'Exporter le catalogue en JSON-LD (CPSV-AP)',
  open: 'Ouvrir un fichier de catalogue',
  openLabel: 'Fichier de catalogue (.fabrik-catalogue.json)',
  refused: 'Le fichier « {{file}} » n’a pas été ouvert : {{why}} Rien n’a changé.',
  errors: {
    tooLarge: 'il est trop gros pour un catalogue.',
    notJson: 'ce n’est pas un fichier JSON lisible.',
    notCatalogue: 'ce n’est pas un fichier de catalogue de Fabrik.',
    newerVersion:
      'il a été écrit par une version plus récente de Fabrik (format {{version}}) : mettez Fabrik à jour.',
    hashMismatch:
      'son contenu a été modifié après son enregistrement (l’empreinte ne correspond plus).',
    noServices: 'il ne contient pas de liste de services.',
  },
  confirmTitle: 'Remplacer le catalogue par « {{file}} » ?',
  confirmMessage:
    'Le fichier contient {{count}} service(s) et {{events}} événement(s) de vie ordonné(s). Les {{current}} service(s) actuels, les poids et la carte des événements seront remplacés.',
  setAside: '{{count}} ligne(s) illisible(s) ou en double seront laissées de côté.',
  confirm: 'Remplacer le catalogue',
  replaced: 'Catalogue remplacé : {{count}} service(s).',
};

const en: Translation<typeof fr> = {
  save: 'Save the catalogue file',
  exportJsonLd: 'Export the catalogue as JSON-LD (CPSV-AP)',
  open: 'Open a catalogue file',
  openLabel: 'Catalogue file (.fabrik-catalogue.json)',
  refused: 'The file “{{file}}” was not opened: {{why}} Nothing changed.',
  errors: {
    tooLarge: 'it is too large for a catalogue.',
    notJson: 'it is not a readable JSON file.',
    notCatalogue: 'it is not a Fabrik catalogue file.',
    newerVersion: 'it was written by a newer Fabrik (format {{version}}): update Fabrik.',
    hashMismatch: 'its content was changed after it was saved (the hash no longer matches).',
    noServices: 'it holds no list of services.',
  },
  confirmTitle: 'Replace the catalogue with “{{file}}”?',
  confirmMessage:
    'The file holds {{count}} service(s) and {{events}} ordered life event(s). The {{current}} current service(s), the weights and the life-event map will be replaced.',
  setAside: '{{count}} unreadable or duplicate row(s) will be left out.',
  confirm: 'Replace the catalogue',
  replaced: 'Catalogue replaced: {{count}} service(s).',
};

registerTranslations('catalogueFile', { fr, en });
