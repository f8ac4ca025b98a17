import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

const fr = {
  title: 'Exceptions',
  intro:
    'Les cas particuliers qui compliquent tout : notez-les sans bloquer l’atelier, puis complétez-les et décidez de leur sort. Depuis n’importe quelle étape, le bouton « Noter une exception » ou Ctrl+E les note en deux secondes.',
  capture: {
    button: 'Noter une exception',
    buttonTitle: 'Noter une exception, sans quitter l’étape (Ctrl+E)',
    add: 'Ajouter une exception',
    dialogTitle: 'Noter une exception',
    titleLabel: 'De quel cas s’agit-il ?',
    titleHelp:
      'Quelques mots suffisent : vous la compléterez plus tard dans la liste des exceptions.',
    titleRequired: 'Donnez au moins quelques mots pour retrouver ce cas.',
    context: 'Notée depuis :',
    workshop: 'Pendant : {{title}}',
    save: 'Noter',
    captured: 'Exception notée : « {{title}} ».',
    openList: 'Voir la liste',
  },
  where: {
    step: '{{step}}',
    target: '{{step}} · {{kind}} « {{label}} »',
    deleted: '{{step}} · {{kind}} « {{label}} » (supprimé depuis)',
  },
  kinds: {
    field: 'champ',
    'process-element': 'étape du traitement',
    status: 'statut',
  },
  frequency: {
    label: 'Fréquence',
    unknown: 'Fréquence inconnue',
    rare: 'Rare',
    occasional: 'Occasionnelle',
    frequent: 'Fréquente',
    share: 'Une part des demandes',
    shareValue: '{{percent}} % des demandes',
    shareLabel: 'Part des demandes concernées (%)',
  },
  votes: {
    title: 'Avis de l’atelier',
    help: 'Ce que vous décideriez pour ce cas : un choix par personne, que vous pouvez changer ; cliquez à nouveau pour le retirer.',
    choice: '{{choice}} ({{count}})',
  },
  decision: {
    label: 'Décision',
    none: 'Sans décision',
    later: 'À traiter plus tard',
    'separate-eservice': 'Démarche en ligne distincte',
    handled: 'Traitée dans ce prototype',
    'out-of-scope': 'Hors du périmètre',
  },
  status: {
    label: 'Statut',
    open: 'Ouverte',
    'in-progress': 'En cours',
    resolved: 'Résolue',
  },
  fields: {
    title: 'Titre',
    description: 'Description',
    descriptionHelp: 'Ce qui se passe dans ce cas, et pourquoi il complique la démarche.',
    raisedBy: 'Soulevée par',
    workshop: 'Atelier',
    owner: 'Responsable du suivi',
    nobody: '— Personne —',
    noWorkshop: '— Aucun atelier —',
    goneParticipant: 'Personne qui n’est plus dans l’équipe',
    goneWorkshop: 'Atelier qui n’existe plus',
    createdAt: 'Notée le',
    concerns: 'Concerne',
    step: 'Étape',
  },
  list: {
    filters: 'Filtrer et trier',
    all: 'Toutes',
    undecided: 'Sans décision',
    sort: 'Trier par',
    sorts: {
      newest: 'Les plus récentes',
      oldest: 'Les plus anciennes',
      frequency: 'Les plus fréquentes',
      title: 'Titre (A → Z)',
      status: 'Statut',
    },
    count_one: '{{count}} exception affichée sur {{total}}',
    count_other: '{{count}} exceptions affichées sur {{total}}',
    empty:
      'Aucune exception pour l’instant. Notez-en une depuis n’importe quelle étape avec Ctrl+E.',
    noMatch: 'Aucune exception ne correspond à ces filtres.',
    edit: 'Compléter « {{title}} »',
    close: 'Fermer',
    delete: 'Supprimer',
    deleted: 'Exception « {{title}} » supprimée.',
    undo: 'Annuler',
    noDecisionHint: 'Une décision est attendue avant la vérification.',
    concerns: 'Concerne : ',
    workshop: 'Atelier : {{title}}',
    raisedBy: 'Soulevée par : {{name}}',
    quoted: '« {{title}} »',
  },
  csv: {
    export: 'Exporter en CSV',
    exportTitle: 'Télécharger les exceptions affichées, pour un tableur',
    fileName: 'exceptions',
  },
  pageCount_one: '{{count}} page',
  pageCount_other: '{{count}} pages',
  taskCount_one: '{{count}} tâche',
  taskCount_other: '{{count}} tâches',
  weight: {
    title: 'Les exceptions pèsent plus lourd que le parcours principal',
    pages:
      '{{count}} exceptions fréquentes pour un formulaire de $t(exceptions:pageCount, {"count": {{pages}} }) : les cas particuliers sont plus nombreux que les étapes du formulaire.',
    tasks:
      '{{count}} exceptions fréquentes pour $t(exceptions:taskCount, {"count": {{tasks}} }) sur le parcours principal du traitement.',
    share: 'Les exceptions concernent ensemble {{percent}} % des demandes.',
    advice:
      'Envisagez de découper la procédure en plusieurs démarches en ligne, chacune simple pour son public, plutôt qu’une démarche faite surtout d’exceptions.',
  },
  readiness: {
    noDecision: 'L’exception « {{title}} » n’a pas de décision.',
    outweighs_zero:
      'Les exceptions pèsent plus lourd que le parcours principal : envisagez de découper la procédure en plusieurs démarches en ligne.',
    outweighs_one:
      'Les exceptions pèsent plus lourd que le parcours principal ({{count}} exception fréquente) : envisagez de découper la procédure en plusieurs démarches en ligne.',
    outweighs_other:
      'Les exceptions pèsent plus lourd que le parcours principal ({{count}} exceptions fréquentes) : envisagez de découper la procédure en plusieurs démarches en ligne.',
  },
  errors: {
    unknownParticipant: 'Cette personne ne fait pas partie de l’équipe.',
    unknownWorkshop: 'Cet atelier n’existe pas.',
    titleRequired: 'Une exception a besoin d’un titre.',
  },
};

const en: Translation<typeof fr> = {
  title: 'Exceptions',
  intro:
    'The special cases that complicate everything: note them without holding up the workshop, then complete them and decide what to do with them. From any step, the “Note an exception” button or Ctrl+E notes one in two seconds.',
  capture: {
    button: 'Note an exception',
    buttonTitle: 'Note an exception without leaving the step (Ctrl+E)',
    add: 'Add an exception',
    dialogTitle: 'Note an exception',
    titleLabel: 'What is the case?',
    titleHelp: 'A few words are enough: you will complete it later in the exceptions list.',
    titleRequired: 'Give at least a few words to find this case again.',
    context: 'Noted from:',
    workshop: 'During: {{title}}',
    save: 'Note it',
    captured: 'Exception noted: “{{title}}”.',
    openList: 'See the list',
  },
  where: {
    step: '{{step}}',
    target: '{{step}} · {{kind}} “{{label}}”',
    deleted: '{{step}} · {{kind}} “{{label}}” (since deleted)',
  },
  kinds: {
    field: 'field',
    'process-element': 'processing step',
    status: 'status',
  },
  frequency: {
    label: 'Frequency',
    unknown: 'Unknown frequency',
    rare: 'Rare',
    occasional: 'Occasional',
    frequent: 'Frequent',
    share: 'A share of requests',
    shareValue: '{{percent}} % of requests',
    shareLabel: 'Share of requests concerned (%)',
  },
  votes: {
    title: 'The workshop’s say',
    help: 'What you would decide for this case: one choice per person, which you can change; click it again to withdraw it.',
    choice: '{{choice}} ({{count}})',
  },
  decision: {
    label: 'Decision',
    none: 'No decision',
    later: 'Handle later',
    'separate-eservice': 'Separate e-service',
    handled: 'Handled in this prototype',
    'out-of-scope': 'Out of scope',
  },
  status: {
    label: 'Status',
    open: 'Open',
    'in-progress': 'In progress',
    resolved: 'Resolved',
  },
  fields: {
    title: 'Title',
    description: 'Description',
    descriptionHelp: 'What happens in this case, and why it complicates the procedure.',
    raisedBy: 'Raised by',
    workshop: 'Workshop',
    owner: 'Follow-up owner',
    nobody: '— Nobody —',
    noWorkshop: '— No workshop —',
    goneParticipant: 'Someone no longer in the team',
    goneWorkshop: 'A workshop that no longer exists',
    createdAt: 'Noted on',
    concerns: 'Concerns',
    step: 'Step',
  },
  list: {
    filters: 'Filter and sort',
    all: 'All',
    undecided: 'No decision',
    sort: 'Sort by',
    sorts: {
      newest: 'Newest first',
      oldest: 'Oldest first',
      frequency: 'Most frequent first',
      title: 'Title (A → Z)',
      status: 'Status',
    },
    count_one: '{{count}} of {{total}} exceptions shown',
    count_other: '{{count}} of {{total}} exceptions shown',
    empty: 'No exceptions yet. Note one from any step with Ctrl+E.',
    noMatch: 'No exception matches these filters.',
    edit: 'Complete “{{title}}”',
    close: 'Close',
    delete: 'Delete',
    deleted: 'Exception “{{title}}” deleted.',
    undo: 'Undo',
    noDecisionHint: 'A decision is expected before the review.',
    concerns: 'Concerns: ',
    workshop: 'Workshop: {{title}}',
    raisedBy: 'Raised by: {{name}}',
    quoted: '“{{title}}”',
  },
  csv: {
    export: 'Export as CSV',
    exportTitle: 'Download the exceptions shown, for a spreadsheet',
    fileName: 'exceptions',
  },
  pageCount_one: '{{count}} page',
  pageCount_other: '{{count}} pages',
  taskCount_one: '{{count}} task',
  taskCount_other: '{{count}} tasks',
  weight: {
    title: 'The exceptions outweigh the main path',
    pages:
      '{{count}} frequent exceptions for a form of $t(exceptions:pageCount, {"count": {{pages}} }): special cases outnumber the steps of the form.',
    tasks:
      '{{count}} frequent exceptions for $t(exceptions:taskCount, {"count": {{tasks}} }) on the main processing path.',
    share: 'Together, the exceptions concern {{percent}} % of requests.',
    advice:
      'Consider splitting the procedure into several e-services, each simple for its audience, rather than one made mostly of exceptions.',
  },
  readiness: {
    noDecision: 'The exception “{{title}}” has no decision.',
    outweighs_zero:
      'The exceptions outweigh the main path: consider splitting the procedure into several e-services.',
    outweighs_one:
      'The exceptions outweigh the main path ({{count}} frequent exception): consider splitting the procedure into several e-services.',
    outweighs_other:
      'The exceptions outweigh the main path ({{count}} frequent exceptions): consider splitting the procedure into several e-services.',
  },
  errors: {
    unknownParticipant: 'This person is not in the team.',
    unknownWorkshop: 'This workshop does not exist.',
    titleRequired: 'An exception needs a title.',
  },
};

registerTranslations('exceptions', { fr, en });
