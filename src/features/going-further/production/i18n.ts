import { registerTranslations } from '../../../ui/i18n/i18n';
import type { Translation } from '../../../ui/i18n/types';

const fr = {
  label: 'Mise en production',
  title: 'Mise en production',
  intro:
    'À partir de la version approuvée : la demande de mise en production pour l’équipe de production, puis le plan de tests de production, ses anomalies et sa validation finale.',
  loading: 'Lecture de la version approuvée…',
  basedOn: 'Version approuvée {{number}} « {{name}} » — empreinte {{hash}}',
  basedOnNoVersion: 'Version approuvée — empreinte {{hash}}',
  missing: {
    title: 'Pas de version approuvée à déployer',
    'not-approved':
      'La demande de mise en production et le plan de tests se rédigent à partir de la version approuvée. Faites vérifier puis approuver le prototype à l’étape « Vérification », puis revenez ici.',
    'not-intact':
      'Les signatures de la version approuvée ne correspondent plus à son contenu : rien n’est rédigé à partir d’un contenu que personne n’a approuvé. Importez à nouveau le fichier approuvé.',
    'unreadable-process':
      'Le processus de la version approuvée ne peut pas être lu ({{error}}) : corrigez-le, puis faites approuver la nouvelle version.',
    'content-lost':
      'Le contenu de la version approuvée n’est plus dans ce navigateur : importez à nouveau le fichier approuvé (.fabrik.json).',
  },
  errors: {
    secret:
      'Cette valeur ressemble à un mot de passe ou à un jeton : indiquez où il est conservé (par exemple « coffre DSI / clé xyz »), jamais le secret lui-même.',
    validatorRequired: 'Indiquez qui valide les tests.',
    cannotValidate:
      'La validation finale demande que tous les cas aient réussi et que toutes les anomalies soient clôturées.',
  },
  request: {
    title: 'Demande de mise en production',
    downloadSchema: 'Télécharger le formulaire (JSON Schema)',
    downloadBpmn: 'Télécharger le processus (BPMN 2.0)',
    versionsTitle: 'Versions testées et approuvées des composants',
    versionsHelp:
      'La version de chaque composant sur laquelle la démarche a été testée et approuvée.',
    version: 'Version de « {{component}} »',
    returnedTitle: 'Ce que l’équipe de production a transmis',
    returnedHelp:
      'Adresses, identifiants et emplacement des secrets (« coffre DSI / clé xyz ») : jamais un mot de passe ni un jeton en clair.',
    returnedLabel: 'Quoi',
    returnedValue: 'URL, identifiant ou référence',
    add: 'Ajouter',
    remove: 'Retirer « {{label}} »',
    labelRequired: 'Dites ce que c’est.',
    valueRequired: 'Indiquez l’URL, l’identifiant ou la référence.',
    configurationTitle: 'Configuration réalisée par l’équipe de production',
    configurationCount: '{{done}} sur {{total}} faite(s)',
    wordingTitle: 'Textes de la demande',
    wordingHelp:
      'Ces textes sont rédigés à partir de la version approuvée ; vous pouvez les reformuler. Votre texte est gardé : si une nouvelle version approuvée rédige autre chose, les deux s’affichent et vous choisissez.',
    introLabel: 'Introduction de la demande',
    securityLabel: 'Réglage de sécurité « {{setting}} »',
    conflicts_one:
      '{{count}} texte reformulé ne correspond plus à la version approuvée : choisissez ci-dessous entre votre texte et le nouveau.',
    conflicts_other:
      '{{count}} textes reformulés ne correspondent plus à la version approuvée : choisissez ci-dessous entre votre texte et le nouveau.',
  },
  plan: {
    title: 'Plan de tests de production',
    establish: 'Établir le plan de tests',
    establishHelp:
      'Le plan liste un cas par parcours du processus, par scénario d’essai enregistré, par échange avec un autre système et par rôle.',
    outdated:
      'La version approuvée a changé depuis que le plan a été établi : {{added}} nouveau(x) cas, {{gone}} cas disparu(s). Les résultats des cas qui existent toujours sont gardés.',
    update: 'Mettre à jour le plan',
    truncated:
      'Le processus a plus de parcours que le plan n’en liste : les parcours listés en sont un échantillon.',
    summary:
      '{{total}} cas : {{passed}} réussi(s), {{failed}} en échec, {{untested}} à tester ; {{open}} anomalie(s) non clôturée(s).',
    show: 'Afficher',
    filters: { all: 'Tous les cas', untested: 'À tester', failed: 'En échec', passed: 'Réussis' },
    noneShown: 'Aucun cas ne correspond.',
    newCase: 'Nouveau',
    stepsEditable: 'Étapes du cas (une par ligne, modifiables)',
    conflicts_one:
      'Les étapes reformulées de {{count}} cas ne correspondent plus à la version approuvée : ouvrez le cas pour choisir entre votre texte et le nouveau.',
    conflicts_other:
      'Les étapes reformulées de {{count}} cas ne correspondent plus à la version approuvée : ouvrez chaque cas pour choisir entre votre texte et le nouveau.',
    data: 'Données',
    statuses: 'Statuts attendus',
    messages: 'Messages attendus',
    timeLimits: 'Délais',
    nothing: '—',
    note: 'Note de test',
    passed: 'Réussi',
    failed: 'En échec',
    retest: 'Remettre à tester',
    resultOf: 'Résultat : {{state}}',
    read: 'Lire le plan de tests complet',
  },
  anomalies: {
    title: 'Anomalies',
    none: 'Aucune anomalie : un cas en échec en ouvre une.',
    anomaly: 'Anomalie',
    case: 'Cas : {{title}}',
    severity: 'Gravité',
    owner: 'Responsable',
    status: 'État',
  },
  validation: {
    title: 'Validation finale',
    why: 'La validation finale sera possible quand tous les cas auront réussi et toutes les anomalies seront clôturées.',
    remaining:
      'Il reste {{untested}} cas à tester, {{failed}} en échec et {{open}} anomalie(s) non clôturée(s).',
    ready: 'Tous les cas ont réussi et toutes les anomalies sont clôturées.',
    by: 'Qui valide (nom)',
    validate: 'Valider les tests de production',
    done: 'Tests de production validés par {{by}} le {{at}}.',
  },
  files: { request: 'demande-de-mise-en-production', plan: 'plan-de-tests-de-production' },
};

const en: Translation<typeof fr> = {
  label: 'Going live',
  title: 'Going live',
  intro:
    'From the approved version: the deployment request for the production team, then the production test plan, its anomalies and its final validation.',
  loading: 'Reading the approved version…',
  basedOn: 'Approved version {{number}} “{{name}}” — fingerprint {{hash}}',
  basedOnNoVersion: 'Approved version — fingerprint {{hash}}',
  missing: {
    title: 'No approved version to deploy',
    'not-approved':
      'The deployment request and the test plan are drafted from the approved version. Have the prototype verified then approved in the “Review” step, then come back here.',
    'not-intact':
      'The approved version’s sign-offs no longer match its content: nothing is drafted from content nobody approved. Import the approved file again.',
    'unreadable-process':
      'The approved version’s process cannot be read ({{error}}): correct it, then have the new version approved.',
    'content-lost':
      'The approved version’s content is no longer in this browser: import the approved file (.fabrik.json) again.',
  },
  errors: {
    secret:
      'This value looks like a password or a token: say where it is kept (for instance “IT vault / key xyz”), never the secret itself.',
    validatorRequired: 'Say who validates the tests.',
    cannotValidate: 'The final validation needs every case passed and every anomaly closed.',
  },
  request: {
    title: 'Deployment request',
    downloadSchema: 'Download the form (JSON Schema)',
    downloadBpmn: 'Download the process (BPMN 2.0)',
    versionsTitle: 'Component versions tested and approved',
    versionsHelp: 'The version of each component the e-service was tested and approved on.',
    version: 'Version of “{{component}}”',
    returnedTitle: 'What the production team returned',
    returnedHelp:
      'Addresses, identifiers and where secrets are kept (“IT vault / key xyz”): never a password or a token in clear.',
    returnedLabel: 'What',
    returnedValue: 'URL, identifier or reference',
    add: 'Add',
    remove: 'Remove “{{label}}”',
    labelRequired: 'Say what it is.',
    valueRequired: 'Give the URL, identifier or reference.',
    configurationTitle: 'Configuration done by the production team',
    configurationCount: '{{done}} of {{total}} done',
    wordingTitle: 'Texts of the request',
    wordingHelp:
      'These texts are drafted from the approved version; you may reword them. Your text is kept: if a new approved version drafts something else, both show and you choose.',
    introLabel: 'Introduction of the request',
    securityLabel: 'Security setting “{{setting}}”',
    conflicts_one:
      '{{count}} reworded text no longer matches the approved version: choose below between your text and the new one.',
    conflicts_other:
      '{{count}} reworded texts no longer match the approved version: choose below between your text and the new one.',
  },
  plan: {
    title: 'Production test plan',
    establish: 'Draw up the test plan',
    establishHelp:
      'The plan lists one case per process path, per saved try-out scenario, per exchange with another system and per role.',
    outdated:
      'The approved version changed since the plan was drawn up: {{added}} new case(s), {{gone}} case(s) gone. The results of the cases that still exist are kept.',
    update: 'Update the plan',
    truncated: 'The process has more paths than the plan lists: the listed paths are a sample.',
    summary:
      '{{total}} cases: {{passed}} passed, {{failed}} failed, {{untested}} to test; {{open}} anomaly(ies) not closed.',
    show: 'Show',
    filters: { all: 'All cases', untested: 'To test', failed: 'Failed', passed: 'Passed' },
    noneShown: 'No case matches.',
    newCase: 'New',
    stepsEditable: 'Steps of the case (one per line, editable)',
    conflicts_one:
      'The reworded steps of {{count}} case no longer match the approved version: open the case to choose between your text and the new one.',
    conflicts_other:
      'The reworded steps of {{count}} cases no longer match the approved version: open each case to choose between your text and the new one.',
    data: 'Data',
    statuses: 'Expected statuses',
    messages: 'Expected messages',
    timeLimits: 'Time limits',
    nothing: '—',
    note: 'Test note',
    passed: 'Passed',
    failed: 'Failed',
    retest: 'Back to testing',
    resultOf: 'Result: {{state}}',
    read: 'Read the full test plan',
  },
  anomalies: {
    title: 'Anomalies',
    none: 'No anomaly: a failed case opens one.',
    anomaly: 'Anomaly',
    case: 'Case: {{title}}',
    severity: 'Severity',
    owner: 'Owner',
    status: 'Status',
  },
  validation: {
    title: 'Final validation',
    why: 'The final validation will be possible once every case has passed and every anomaly is closed.',
    remaining:
      '{{untested}} case(s) still to test, {{failed}} failed and {{open}} anomaly(ies) not closed.',
    ready: 'Every case has passed and every anomaly is closed.',
    by: 'Who validates (name)',
    validate: 'Validate the production tests',
    done: 'Production tests validated by {{by}} on {{at}}.',
  },
  files: { request: 'deployment-request', plan: 'production-test-plan' },
};

registerTranslations('goingFurther-production', { fr, en });
