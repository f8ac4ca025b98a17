import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

/** The words of saving a process as a generic workflow, and of starting from one. */
const fr = {
  label: 'Processus types',
  save: 'Enregistrer comme processus type',
  start: 'Partir d’un processus type',
  loading: 'Chargement…',
  saveDialog: {
    title: 'Enregistrer comme processus type',
    intro:
      'Le diagramme, ses rôles et ses délais deviennent un processus type de l’organisation, dans le catalogue des services. Les statuts, propres au suivi de ce prototype, n’y sont pas repris.',
    name: 'Nom du processus type',
    nameHelp: 'Par exemple « Autorisation avec avis technique ».',
    description: 'Description (facultatif)',
    submit: 'Enregistrer',
  },
  startDialog: {
    title: 'Partir d’un processus type',
    intro:
      'Le diagramme actuel sera remplacé par celui du processus type choisi, et ses rôles ajoutés à ceux du prototype. « Annuler » (Ctrl+Z) remet le diagramme tel qu’il est.',
    legend: 'Processus types de l’organisation',
    empty:
      'L’organisation n’a encore aucun processus type : enregistrez le processus d’un prototype avec « Enregistrer comme processus type ».',
    roles: 'rôles : {{roles}}',
    submit: 'Partir de ce processus',
    chooseOne: 'Choisissez un processus type.',
  },
  problems: {
    nameRequired: 'Donnez un nom au processus type.',
    nameTooLong: 'Le nom est trop long (200 caractères au plus).',
    workflowExists: 'Un processus type porte déjà ce nom : choisissez-en un autre.',
    empty: 'Le processus est vide : dessinez-le avant de l’enregistrer.',
    unreadable: 'Le diagramme n’a pas pu être lu : il n’a pas été enregistré.',
  },
  saved: 'Processus type « {{name}} » enregistré dans le catalogue des services.',
  started: 'Le processus part maintenant de « {{name}} ».',
  startFailed: 'Le processus type « {{name}} » n’a pas pu être lu : le diagramme est inchangé.',
};

const en: Translation<typeof fr> = {
  label: 'Generic workflows',
  save: 'Save as a generic workflow',
  start: 'Start from a generic workflow',
  loading: 'Loading…',
  saveDialog: {
    title: 'Save as a generic workflow',
    intro:
      'The diagram, its roles and its time limits become a generic workflow of the organisation, in the service catalogue. Statuses, which belong to this prototype’s tracking, are left out.',
    name: 'Name of the generic workflow',
    nameHelp: 'For example “Authorisation with technical opinion”.',
    description: 'Description (optional)',
    submit: 'Save',
  },
  startDialog: {
    title: 'Start from a generic workflow',
    intro:
      'The current diagram will be replaced by the chosen workflow’s, and its roles added to the prototype’s. “Undo” (Ctrl+Z) puts the diagram back as it is.',
    legend: 'The organisation’s generic workflows',
    empty:
      'The organisation has no generic workflow yet: save a prototype’s process with “Save as a generic workflow”.',
    roles: 'roles: {{roles}}',
    submit: 'Start from this workflow',
    chooseOne: 'Choose a generic workflow.',
  },
  problems: {
    nameRequired: 'Give the generic workflow a name.',
    nameTooLong: 'The name is too long (200 characters at most).',
    workflowExists: 'A generic workflow already has this name: choose another.',
    empty: 'The process is empty: draw it before saving it.',
    unreadable: 'The diagram could not be read: it was not saved.',
  },
  saved: 'Generic workflow “{{name}}” saved in the service catalogue.',
  started: 'The process now starts from “{{name}}”.',
  startFailed: 'The generic workflow “{{name}}” could not be read: the diagram is unchanged.',
};

registerTranslations('processWorkflows', { fr, en });
