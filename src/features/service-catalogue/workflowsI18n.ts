import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

/** The words of the catalogue's generic workflows. */
const fr = {
  nav: 'Processus types',
  title: 'Processus types',
  intro:
    'Les processus de traitement que l’organisation réutilise, comme « Autorisation avec avis technique ». On en enregistre un depuis l’étape « Processus de traitement » d’un prototype, et un nouveau prototype peut partir de lui.',
  empty:
    'Aucun processus type pour l’instant : ouvrez un prototype, étape « Processus de traitement », puis « Enregistrer comme processus type ».',
  name: 'Nom',
  description: 'Description',
  roles: 'Rôles : {{roles}}.',
  noRoles: 'Aucun rôle nommé.',
  prototypes: 'Utilisé par {{count}} prototype(s).',
  sharedBy: 'Services qui partagent ce processus',
  sharedByNone: 'Aucun service du catalogue n’est encore lié à un prototype qui l’utilise.',
  delete: 'Supprimer',
  deleteLabel: 'Supprimer le processus type « {{name}} »',
  problems: {
    nameRequired: 'Donnez un nom au processus type.',
    nameTooLong: 'Le nom est trop long (200 caractères au plus).',
    workflowExists: 'Un processus type porte déjà ce nom.',
  },
  entryTitle: 'Processus types partagés',
  entryNone: 'Ce service ne partage aucun processus type avec un autre service.',
  entryShared: '« {{workflow}} », partagé avec :',
  entryAlone: '« {{workflow}} », utilisé par ce seul service pour l’instant.',
};

const en: Translation<typeof fr> = {
  nav: 'Generic workflows',
  title: 'Generic workflows',
  intro:
    'The processing flows the organisation reuses, such as “Authorisation with technical opinion”. One is saved from a prototype’s “Processing” step, and a new prototype can start from it.',
  empty:
    'No generic workflow yet: open a prototype, step “Processing”, then “Save as a generic workflow”.',
  name: 'Name',
  description: 'Description',
  roles: 'Roles: {{roles}}.',
  noRoles: 'No role named.',
  prototypes: 'Used by {{count}} prototype(s).',
  sharedBy: 'Services sharing this workflow',
  sharedByNone: 'No service of the catalogue is linked to a prototype using it yet.',
  delete: 'Delete',
  deleteLabel: 'Delete the generic workflow “{{name}}”',
  problems: {
    nameRequired: 'Give the generic workflow a name.',
    nameTooLong: 'The name is too long (200 characters at most).',
    workflowExists: 'A generic workflow already has this name.',
  },
  entryTitle: 'Shared generic workflows',
  entryNone: 'This service shares no generic workflow with another service.',
  entryShared: '“{{workflow}}”, shared with:',
  entryAlone: '“{{workflow}}”, used by this service only so far.',
};

registerTranslations('workflows', { fr, en });
