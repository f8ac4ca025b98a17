import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

const fr = {
  title: 'Processus de traitement',
  intro:
    'Dessinez ce qui se passe après le dépôt de la demande : qui vérifie, qui décide, en combien de jours, et ce que voit le demandeur à chaque étape.',
  keyboardHelp:
    'Au clavier : placez-vous dans le diagramme (clic ou Tab), puis N pour créer un élément, Ctrl+F pour en trouver un par son nom, A pour en ajouter un après l’élément sélectionné, E pour renommer, Suppr pour supprimer, Ctrl+Z pour annuler.',
  loading: 'Chargement de l’éditeur de diagramme…',
  loadFailed: 'L’éditeur de diagramme n’a pas pu se charger. Rechargez la page pour réessayer.',
  canvasLabel: 'Diagramme du processus',
  toolbar: {
    label: 'Outils du diagramme',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fit: 'Ajuster à l’écran',
    largeText: 'Grand affichage',
    import: 'Importer un fichier .bpmn',
    exportBpmn: 'Exporter en .bpmn',
    exportSvg: 'Exporter en SVG',
    exportPng: 'Exporter en PNG',
    revert: 'Repartir du processus par défaut',
  },
  confirmImport: {
    title: 'Remplacer le diagramme ?',
    message:
      'Le diagramme actuel sera remplacé par celui du fichier « {{file}} ». « Annuler » le remettra tel qu’il est.',
    confirm: 'Remplacer',
  },
  confirmRevert: {
    title: 'Repartir du processus par défaut ?',
    message:
      'Le diagramme actuel sera remplacé par le processus par défaut. « Annuler » le remettra tel qu’il est.',
    confirm: 'Repartir du défaut',
  },
  imported: 'Diagramme importé depuis « {{file}} ».',
  reverted: 'Le processus par défaut est rétabli.',
  exportFailed: 'L’export n’a pas pu être produit. Réessayez.',
  importProblem: {
    title: 'Ce fichier n’a pas été importé',
    unchanged: 'Le diagramme actuel n’a pas changé.',
    warningsTitle: 'Ce que l’éditeur a signalé :',
    importAnyway: 'Importer quand même',
    dismiss: 'Fermer',
    reasons: {
      empty: 'Le fichier est vide.',
      'too-large': 'Le fichier est trop volumineux (plus de {{max}}).',
      doctype:
        'Le fichier contient une déclaration DOCTYPE ou ENTITY, que Fabrik refuse par sécurité : un fichier BPMN n’en a pas besoin.',
      unreadable: 'Ce n’est pas un fichier BPMN 2.0 lisible : {{error}}',
      partial:
        'L’éditeur ne peut lire qu’une partie de ce diagramme. Corrigez le fichier dans l’outil qui l’a produit, ou importez-le quand même en sachant que des éléments peuvent manquer.',
    },
  },
  openProblem: {
    title: 'Le diagramme enregistré n’a pu être lu qu’en partie',
    body: 'Vérifiez le diagramme ci-dessous : des éléments peuvent manquer. Vous pouvez aussi importer un fichier ou repartir du processus par défaut.',
  },
  panel: {
    title: 'Élément sélectionné',
    empty:
      'Sélectionnez une tâche, un événement ou une passerelle dans le diagramme pour lui donner un nom, un rôle, un délai et un statut.',
    type: 'Type : {{type}}',
    name: 'Nom',
    nameHelp: 'Un verbe et un complément : « Vérifier les pièces ».',
    role: 'Qui le fait ?',
    roleNone: '— Aucun rôle —',
    roleNew: 'Nouveau rôle…',
    newRole: 'Nom du nouveau rôle',
    addRole: 'Ajouter ce rôle',
    cancel: 'Annuler',
    delay: 'Délai (jours ouvrés)',
    delayHelp: 'Le temps maximal pour cette étape ; laissez vide s’il n’y en a pas.',
    delayInvalid: 'Indiquez un nombre de jours entre 0 et {{max}}.',
    status: 'Statut affiché au demandeur',
    statusHelp: 'Ce que le demandeur voit sur son suivi quand la demande arrive ici.',
    statusNone: '— Pas de changement de statut —',
    statusUnknown: 'Statut inconnu ({{id}})',
    connect: 'Relier à…',
    connectHelp: 'Ajoute un flux de cet élément vers un autre, sans la souris.',
    connectNone: '— Choisir l’élément suivant —',
    connected: 'Flux ajouté vers « {{name}} ».',
    connectPending: 'Appuyez sur Entrée pour relier à « {{name}} ».',
    notes: 'Notes',
  },
  checks: {
    title: 'Vérifications',
    running: 'Vérification en cours…',
    none: 'Aucun problème détecté.',
    count_one: '{{count}} point à revoir',
    count_other: '{{count}} points à revoir',
    error: 'Erreur',
    warning: 'Conseil',
    unnamed: 'élément sans nom',
    unreadable: 'Le diagramme ne peut pas être lu : les vérifications sont impossibles.',
    rules: {
      fabrik: {
        'rule-failed':
          'La vérification « {{rule}} » n’a pas pu s’exécuter : ce diagramme n’est pas entièrement vérifié.',
        'task-role': '« {{name}} » : personne n’est désigné pour faire cette tâche (rôle).',
        'gateway-flow-names':
          'Un chemin qui part d’une passerelle n’a pas de nom : dites dans quel cas on le prend (« Oui », « Dossier complet »…).',
        'reaches-end': '« {{name}} » : depuis cet élément, la demande n’arrive jamais à une fin.',
        'task-time-limit': '« {{name}} » : cette tâche n’a pas de délai.',
      },
      'ad-hoc-sub-process': '« {{name}} » : sous-processus ad hoc mal construit.',
      'conditional-flows': '« {{name}} » : un flux conditionnel n’a pas de condition.',
      'end-event-required': 'Le processus n’a pas d’événement de fin.',
      'event-based-gateway': '« {{name}} » : la passerelle sur événement est mal reliée.',
      'event-sub-process-typed-start-event':
        '« {{name}} » : le début d’un sous-processus événementiel doit avoir un type.',
      'fake-join':
        '« {{name}} » : plusieurs flux arrivent directement ici ; ajoutez une passerelle de jonction.',
      global: '« {{name}} » : élément global en double ou inutilisé.',
      'label-required': 'Un élément n’a pas de nom.',
      'link-event': '« {{name}} » : événement de lien sans correspondant.',
      'no-bpmndi': '« {{name}} » : cet élément n’est pas dessiné dans le diagramme.',
      'no-complex-gateway': '« {{name}} » : évitez les passerelles complexes.',
      'no-disconnected': '« {{name}} » : cet élément n’est relié à rien.',
      'no-duplicate-sequence-flows': '« {{name}} » : deux flux relient les mêmes éléments.',
      'no-gateway-join-fork':
        '« {{name}} » : une passerelle ne doit pas à la fois réunir et séparer des chemins.',
      'no-implicit-split':
        '« {{name}} » : plusieurs chemins partent d’ici sans passerelle ; ajoutez une passerelle.',
      'no-implicit-end': '« {{name}} » : le chemin s’arrête ici sans événement de fin.',
      'no-implicit-start':
        '« {{name}} » : rien ne mène à cet élément ; ajoutez un début ou un flux.',
      'no-inclusive-gateway': '« {{name}} » : évitez les passerelles inclusives.',
      'no-overlapping-elements': '« {{name}} » : cet élément en chevauche un autre.',
      'single-blank-start-event': 'Le processus a plusieurs événements de début simples.',
      'single-event-definition': '« {{name}} » : un événement ne doit avoir qu’un type.',
      'start-event-required': 'Le processus n’a pas d’événement de début.',
      'sub-process-blank-start-event':
        '« {{name}} » : le début d’un sous-processus doit être simple.',
      'superfluous-gateway': '« {{name}} » : cette passerelle n’a qu’une entrée et une sortie.',
      'superfluous-label': '« {{name}} » : ce nom ne sert à rien ici.',
      'superfluous-termination': '« {{name}} » : une fin terminale n’est pas nécessaire ici.',
    },
  },
  errors: {
    roleRequired: 'Donnez un nom au rôle.',
    roleTooLong: 'Un nom de rôle tient en {{max}} caractères au plus.',
  },
};

const en: Translation<typeof fr> = {
  title: 'Processing flow',
  intro:
    'Draw what happens after the request is submitted: who checks, who decides, within how many days, and what the requester sees at each step.',
  keyboardHelp:
    'With the keyboard: go into the diagram (click or Tab), then N to create an element, Ctrl+F to find one by its name, A to append one after the selected element, E to rename, Delete to remove, Ctrl+Z to undo.',
  loading: 'Loading the diagram editor…',
  loadFailed: 'The diagram editor could not load. Reload the page to try again.',
  canvasLabel: 'Process diagram',
  toolbar: {
    label: 'Diagram tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to screen',
    largeText: 'Large display',
    import: 'Import a .bpmn file',
    exportBpmn: 'Export as .bpmn',
    exportSvg: 'Export as SVG',
    exportPng: 'Export as PNG',
    revert: 'Start again from the default process',
  },
  confirmImport: {
    title: 'Replace the diagram?',
    message:
      'The current diagram will be replaced by the one in “{{file}}”. “Undo” brings it back as it is.',
    confirm: 'Replace',
  },
  confirmRevert: {
    title: 'Start again from the default process?',
    message:
      'The current diagram will be replaced by the default process. “Undo” brings it back as it is.',
    confirm: 'Use the default',
  },
  imported: 'Diagram imported from “{{file}}”.',
  reverted: 'The default process is back.',
  exportFailed: 'The export could not be produced. Try again.',
  importProblem: {
    title: 'This file was not imported',
    unchanged: 'The current diagram has not changed.',
    warningsTitle: 'What the editor reported:',
    importAnyway: 'Import anyway',
    dismiss: 'Close',
    reasons: {
      empty: 'The file is empty.',
      'too-large': 'The file is too large (over {{max}}).',
      doctype:
        'The file contains a DOCTYPE or ENTITY declaration, which Fabrik refuses for safety: a BPMN file never needs one.',
      unreadable: 'This is not a readable BPMN 2.0 file: {{error}}',
      partial:
        'The editor can read only part of this diagram. Fix the file in the tool that produced it, or import it anyway knowing that elements may be missing.',
    },
  },
  openProblem: {
    title: 'The stored diagram could only partly be read',
    body: 'Check the diagram below: elements may be missing. You can also import a file or start again from the default process.',
  },
  panel: {
    title: 'Selected element',
    empty:
      'Select a task, an event or a gateway in the diagram to give it a name, a role, a time limit and a status.',
    type: 'Type: {{type}}',
    name: 'Name',
    nameHelp: 'A verb and an object: “Check the documents”.',
    role: 'Who does it?',
    roleNone: '— No role —',
    roleNew: 'New role…',
    newRole: 'Name of the new role',
    addRole: 'Add this role',
    cancel: 'Cancel',
    delay: 'Time limit (working days)',
    delayHelp: 'The longest this step may take; leave empty if there is none.',
    delayInvalid: 'Enter a number of days between 0 and {{max}}.',
    status: 'Status shown to the requester',
    statusHelp: 'What the requester sees on their tracking page when the request gets here.',
    statusNone: '— No change of status —',
    statusUnknown: 'Unknown status ({{id}})',
    connect: 'Connect to…',
    connectHelp: 'Adds a flow from this element to another, without the mouse.',
    connectNone: '— Choose the next element —',
    connected: 'Flow added to “{{name}}”.',
    connectPending: 'Press Enter to link to “{{name}}”.',
    notes: 'Notes',
  },
  checks: {
    title: 'Checks',
    running: 'Checking…',
    none: 'No problem found.',
    count_one: '{{count}} point to review',
    count_other: '{{count}} points to review',
    error: 'Error',
    warning: 'Advice',
    unnamed: 'unnamed element',
    unreadable: 'The diagram cannot be read: the checks cannot run.',
    rules: {
      fabrik: {
        'rule-failed': 'The check “{{rule}}” could not run: this diagram is not fully checked.',
        'task-role': '“{{name}}”: nobody is named to do this task (role).',
        'gateway-flow-names':
          'A path leaving a gateway has no name: say when it is taken (“Yes”, “Complete file”…).',
        'reaches-end': '“{{name}}”: from this element, the request never reaches an end.',
        'task-time-limit': '“{{name}}”: this task has no time limit.',
      },
      'ad-hoc-sub-process': '“{{name}}”: ad-hoc sub-process badly built.',
      'conditional-flows': '“{{name}}”: a conditional flow has no condition.',
      'end-event-required': 'The process has no end event.',
      'event-based-gateway': '“{{name}}”: the event-based gateway is badly connected.',
      'event-sub-process-typed-start-event':
        '“{{name}}”: the start of an event sub-process needs a type.',
      'fake-join': '“{{name}}”: several flows arrive here directly; add a joining gateway.',
      global: '“{{name}}”: global element duplicated or unused.',
      'label-required': 'An element has no name.',
      'link-event': '“{{name}}”: link event without a counterpart.',
      'no-bpmndi': '“{{name}}”: this element is not drawn in the diagram.',
      'no-complex-gateway': '“{{name}}”: avoid complex gateways.',
      'no-disconnected': '“{{name}}”: this element is connected to nothing.',
      'no-duplicate-sequence-flows': '“{{name}}”: two flows connect the same elements.',
      'no-gateway-join-fork': '“{{name}}”: a gateway should not both join and split paths.',
      'no-implicit-split': '“{{name}}”: several paths leave here without a gateway; add one.',
      'no-implicit-end': '“{{name}}”: the path stops here without an end event.',
      'no-implicit-start': '“{{name}}”: nothing leads to this element; add a start or a flow.',
      'no-inclusive-gateway': '“{{name}}”: avoid inclusive gateways.',
      'no-overlapping-elements': '“{{name}}”: this element overlaps another.',
      'single-blank-start-event': 'The process has several plain start events.',
      'single-event-definition': '“{{name}}”: an event should have only one type.',
      'start-event-required': 'The process has no start event.',
      'sub-process-blank-start-event': '“{{name}}”: a sub-process must start with a plain start.',
      'superfluous-gateway': '“{{name}}”: this gateway has only one way in and one way out.',
      'superfluous-label': '“{{name}}”: this name serves no purpose here.',
      'superfluous-termination': '“{{name}}”: a terminate end is not needed here.',
    },
  },
  errors: {
    roleRequired: 'Give the role a name.',
    roleTooLong: 'A role name is at most {{max}} characters long.',
  },
};

registerTranslations('process', { fr, en });
