import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

const fr = {
  title: 'Vos prototypes de démarches',
  intro:
    'Chaque prototype décrit une démarche en ligne : sa finalité, son formulaire, son traitement, le suivi proposé au demandeur et les exceptions mises de côté.',
  empty: {
    title: 'Aucun prototype pour l’instant',
    what: 'Fabrik sert à concevoir une démarche en ligne en atelier : une équipe de six personnes au plus, trois ateliers de deux heures, et un référent qui ajuste le prototype à l’écran pendant que chacun parle.',
    how: 'Pour commencer, donnez un nom à la démarche ci-dessus (par exemple « Demande de carte de stationnement résident »), puis écrivez sa finalité : pourquoi elle existe, pour qui, et ce qu’elle ne couvrira pas.',
    import: 'Vous avez reçu un fichier .fabrik.json ? Importez-le, ou déposez-le sur cette page.',
  },
  create: {
    title: 'Nouveau prototype',
    label: 'Nom de la démarche',
    help: 'Le nom que verra le demandeur, par exemple « Inscription à la cantine scolaire ».',
    submit: 'Créer le prototype',
  },
  import: {
    button: 'Importer un fichier',
    label: 'Importer un prototype (fichier .fabrik.json)',
    drop: 'Déposez le fichier pour l’importer',
    reading: 'Lecture du fichier…',
    cancelReading: 'Arrêter la lecture',
    failedTitle: 'Import impossible : « {{file}} »',
    doneAs: {
      export:
        '« {{name}} » a été importé. C’est un export du prototype, jamais soumis : vous pouvez le consulter et le modifier.',
      version:
        '« {{name}} » a été importé. C’est la version n° {{version}} : vous pouvez la consulter, la comparer et la modifier.',
      submission:
        '« {{name}} » a été importé. C’est la soumission de la version n° {{version}}, à vérifier : ouvrez l’étape « Vérification » pour donner votre décision.',
      verified:
        '« {{name}} » a été importé. La version n° {{version}} est vérifiée, à approuver : ouvrez l’étape « Vérification ».',
      'changes-requested':
        '« {{name}} » a été importé. La vérification de la version n° {{version}} demande des modifications : lisez ses commentaires dans l’étape « Vérification ».',
      approved: '« {{name}} » a été importé. La version n° {{version}} est approuvée.',
      rejected:
        '« {{name}} » a été importé. La version n° {{version}} a été refusée : lisez la décision dans l’étape « Vérification ».',
    },
    conflictTitle: 'Ce prototype existe déjà',
    conflictBody:
      'Le fichier contient « {{name}} », qui existe déjà dans ce navigateur (même identifiant). Voulez-vous remplacer la version enregistrée ici, ou garder les deux ?',
    replace: 'Remplacer',
    keepBoth: 'Garder les deux',
    importedCopy: '{{name}} (importé)',
  },
  list: {
    label: 'Prototypes',
    open: 'Ouvrir',
    steps: 'Étapes prêtes : {{done}} sur {{total}}',
    stepsLabel: 'Avancement',
    updated: 'Modifié {{when}}',
    actionsFor: 'Actions pour « {{name}} »',
    rename: 'Renommer',
    duplicate: 'Dupliquer',
    export: 'Exporter',
    delete: 'Supprimer',
    copyOf: 'Copie de {{name}}',
  },
  rename: {
    title: 'Renommer le prototype',
    label: 'Nouveau nom',
  },
  remove: {
    title: 'Supprimer « {{name}} » ?',
    body: 'Le prototype, ses étapes et ses notes seront supprimés de ce navigateur. Vous pourrez annuler pendant quelques secondes.',
    confirm: 'Supprimer',
  },
  deleted: '« {{name}} » a été supprimé.',
  undoDelete: 'Annuler',
  renameConflict:
    'Le prototype est en cours de modification ailleurs : renommez-le depuis son écran.',
  storageUnavailable: 'Vos prototypes ne peuvent pas être lus.',
  inMemory:
    'Le stockage du navigateur est indisponible (navigation privée, ou stockage désactivé) : Fabrik garde vos prototypes en mémoire tant que cette page reste ouverte. Exportez-les pour les garder, ils seront perdus à la fermeture de la page.',
  unreadable: {
    title_one: 'Ce prototype ne peut pas être lu',
    title_other: 'Ces prototypes ne peuvent pas être lus',
    body: 'Ce que ce navigateur a enregistré n’a pas la forme attendue par cette version de Fabrik (enregistré par une version plus récente, ou abîmé). Il est gardé tel quel, sans jamais être écrasé : exportez son contenu brut pour le conserver ou le faire réparer.',
    unnamed: 'Prototype sans nom ({{id}})',
    export: 'Exporter son contenu brut',
    exportFor: 'Exporter son contenu brut : {{name}}',
  },
};

const en: Translation<typeof fr> = {
  title: 'Your procedure prototypes',
  intro:
    'Each prototype describes an online procedure: its purpose, its form, its processing, the tracking offered to the requester and the exceptions set aside.',
  empty: {
    title: 'No prototype yet',
    what: 'Fabrik is for designing an online procedure in workshops: a team of up to six people, three two-hour workshops, and a referent who adjusts the prototype on screen while everyone talks.',
    how: 'To start, name the procedure above (for instance “Resident parking permit application”), then write its purpose: why it exists, for whom, and what it will not cover.',
    import: 'Received a .fabrik.json file? Import it, or drop it on this page.',
  },
  create: {
    title: 'New prototype',
    label: 'Name of the procedure',
    help: 'The name the requester will see, for instance “School canteen registration”.',
    submit: 'Create the prototype',
  },
  import: {
    button: 'Import a file',
    label: 'Import a prototype (.fabrik.json file)',
    drop: 'Drop the file to import it',
    reading: 'Reading the file…',
    cancelReading: 'Stop reading',
    failedTitle: 'Could not import “{{file}}”',
    doneAs: {
      export:
        '“{{name}}” was imported. It is an export of the prototype, never submitted: you can read and change it.',
      version:
        '“{{name}}” was imported. It is version {{version}}: you can read, compare and change it.',
      submission:
        '“{{name}}” was imported. It is the submission of version {{version}}, to be verified: open the “Review” step to give your decision.',
      verified:
        '“{{name}}” was imported. Version {{version}} is verified, to be approved: open the “Review” step.',
      'changes-requested':
        '“{{name}}” was imported. The verification of version {{version}} asks for changes: read its comments in the “Review” step.',
      approved: '“{{name}}” was imported. Version {{version}} is approved.',
      rejected:
        '“{{name}}” was imported. Version {{version}} was rejected: read the decision in the “Review” step.',
    },
    conflictTitle: 'This prototype already exists',
    conflictBody:
      'The file holds “{{name}}”, which already exists in this browser (same identifier). Do you want to replace the version stored here, or keep both?',
    replace: 'Replace',
    keepBoth: 'Keep both',
    importedCopy: '{{name}} (imported)',
  },
  list: {
    label: 'Prototypes',
    open: 'Open',
    steps: 'Steps ready: {{done}} of {{total}}',
    stepsLabel: 'Progress',
    updated: 'Changed {{when}}',
    actionsFor: 'Actions for “{{name}}”',
    rename: 'Rename',
    duplicate: 'Duplicate',
    export: 'Export',
    delete: 'Delete',
    copyOf: 'Copy of {{name}}',
  },
  rename: {
    title: 'Rename the prototype',
    label: 'New name',
  },
  remove: {
    title: 'Delete “{{name}}”?',
    body: 'The prototype, its steps and its notes will be deleted from this browser. You can undo for a few seconds.',
    confirm: 'Delete',
  },
  deleted: '“{{name}}” was deleted.',
  undoDelete: 'Undo',
  renameConflict: 'The prototype is being edited elsewhere: rename it from its own screen.',
  storageUnavailable: 'Your prototypes cannot be read.',
  inMemory:
    'The browser’s storage is unavailable (private browsing, or storage disabled): Fabrik keeps your prototypes in memory while this page stays open. Export them to keep them; they will be lost when the page closes.',
  unreadable: {
    title_one: 'This prototype cannot be read',
    title_other: 'These prototypes cannot be read',
    body: 'What this browser stored is not in the shape this version of Fabrik expects (stored by a newer version, or damaged). It is kept as it is and never overwritten: export its raw content to keep it or have it repaired.',
    unnamed: 'Unnamed prototype ({{id}})',
    export: 'Export its raw content',
    exportFor: 'Export its raw content: {{name}}',
  },
};

registerTranslations('catalogue', { fr, en });
