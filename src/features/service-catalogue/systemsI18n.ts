import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

/** The words of the catalogue of systems. */
const fr = {
  nav: 'Systèmes',
  title: 'Catalogue des systèmes',
  intro:
    'Les composants logiciels fiables dont l’organisation dispose ou qu’elle prépare, et les briques qu’ils fournissent. Les services y renvoient depuis leur fiche.',
  inProductionBlocks: 'Briques fournies par un système en production : {{blocks}}.',
  noBlockInProduction: 'Aucune brique n’est encore fournie par un système en production.',
  empty: 'Aucun système pour l’instant.',
  addLabel: 'Nom du système',
  addHelp: 'Par exemple « FranceConnect », « PayFiP », « Parapheur électronique ».',
  add: 'Ajouter le système',
  name: 'Nom',
  version: 'Version',
  owner: 'Responsable',
  inProduction: 'En production',
  blocks: 'Briques fournies',
  usedBy: 'Utilisé par {{count}} service(s).',
  delete: 'Supprimer',
  deleteLabel: 'Supprimer le système « {{name}} »',
  problems: {
    nameRequired: 'Donnez un nom au système.',
    nameTooLong: 'Le nom est trop long (200 caractères au plus).',
    systemExists: 'Un système porte déjà ce nom.',
  },
  entryLegend: 'Systèmes utilisés',
  entryHelp: 'Les systèmes du catalogue sur lesquels repose ce service.',
};

const en: Translation<typeof fr> = {
  nav: 'Systems',
  title: 'Catalogue of systems',
  intro:
    'The reliable software components the organisation has or is preparing, and the building blocks they provide. Services refer to them from their entry.',
  inProductionBlocks: 'Building blocks provided by a system in production: {{blocks}}.',
  noBlockInProduction: 'No building block is provided by a system in production yet.',
  empty: 'No system yet.',
  addLabel: 'Name of the system',
  addHelp: 'For example “FranceConnect”, “PayFiP”, “E-signature platform”.',
  add: 'Add the system',
  name: 'Name',
  version: 'Version',
  owner: 'Owner',
  inProduction: 'In production',
  blocks: 'Building blocks provided',
  usedBy: 'Used by {{count}} service(s).',
  delete: 'Delete',
  deleteLabel: 'Delete the system “{{name}}”',
  problems: {
    nameRequired: 'Give the system a name.',
    nameTooLong: 'The name is too long (200 characters at most).',
    systemExists: 'A system already has this name.',
  },
  entryLegend: 'Systems used',
  entryHelp: 'The systems of the catalogue this service rests on.',
};

registerTranslations('systems', { fr, en });
