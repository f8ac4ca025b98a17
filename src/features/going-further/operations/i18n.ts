import { registerTranslations } from '../../../ui/i18n/i18n';
import type { Translation } from '../../../ui/i18n/types';

const fr = {
  label: 'Opérations et RACI',
  title: 'Opérations de déploiement et RACI',
  intro:
    'Le cycle des opérations qui mènent à la mise en service, et pour chacune qui la réalise (R), qui en répond (A), qui est consulté (C) et qui est informé (I).',
  empty: 'Aucune opération n’est prévue.',
  propose: 'Proposer le cycle par défaut',
  proposeHelp:
    'Installation, paramétrage, reprise des données, comptes, formation, processus de travail, communication, mise en service et accompagnement, avec un premier RACI et un calendrier à ajuster.',
  operation: 'Opération {{number}}',
  defaults: {
    operations: {
      installation: 'Installation',
      configuration: 'Paramétrage',
      'data-migration': 'Reprise des données du processus actuel',
      'user-accounts': 'Création des comptes utilisateurs',
      training: 'Formation des agents',
      'working-processes': 'Nouveaux processus de travail',
      communication: 'Communication',
      'go-live': 'Mise en service',
      support: 'Accompagnement après la mise en service',
    },
    actors: {
      'production-team': 'Équipe de production',
      dsi: 'DSI',
      integrator: 'Intégrateur',
      'steering-committee': 'Comité de pilotage',
    },
    review: 'Comité de pilotage : décision de mise en service',
  },
  legend:
    'R : réalise l’opération · A : en répond et la valide (un seul) · C : est consulté · I : est informé',
  matrix: {
    caption: 'Matrice RACI',
    operation: 'Opération',
    actions: 'Actions',
    name: 'Nom de l’opération {{number}}',
    letter: '{{actor}} pour « {{operation}} »',
    none: '—',
    moveUp: 'Monter « {{operation}} »',
    moveDown: 'Descendre « {{operation}} »',
    remove: 'Supprimer « {{operation}} »',
    add: 'Ajouter une opération',
    newName: 'Nouvelle opération',
    kinds: {
      member: 'équipe',
      role: 'rôle',
      added: 'acteur',
    },
  },
  actors: {
    title: 'Acteurs',
    intro:
      'Les membres de l’équipe et les rôles du processus (couloirs et rôles du schéma) sont repris d’eux-mêmes ; ajoutez les autres acteurs du déploiement.',
    team: 'Équipe',
    roles: 'Rôles du processus',
    added: 'Autres acteurs',
    noTeam: 'Aucun membre dans l’équipe.',
    noRoles: 'Aucun rôle dans le schéma du processus.',
    noAdded: 'Aucun autre acteur.',
    name: 'Nom de l’acteur',
    remove: 'Retirer « {{actor}} »',
    add: 'Ajouter un acteur',
    suggest: 'Ajouter « {{actor}} »',
    unnamed: {
      member: 'Membre sans nom',
      role: 'Rôle sans nom',
      added: 'Acteur sans nom',
    },
  },
  checks: {
    title: 'Contrôles du RACI',
    none: 'Le RACI est complet : chaque opération a un seul A et au moins un R, chaque acteur a un rôle.',
    errors_one: '{{count}} erreur à corriger :',
    errors_other: '{{count}} erreurs à corriger :',
    warnings_one: '{{count}} point à vérifier :',
    warnings_other: '{{count}} points à vérifier :',
    forget: 'Effacer les lettres de « {{actor}} »',
  },
  problems: {
    'no-accountable': '« {{operation}} » : personne n’en répond (A).',
    'several-accountable':
      '« {{operation}} » : un seul acteur doit en répondre (A), pas {{actors}}.',
    'no-responsible': '« {{operation}} » : personne ne la réalise (R).',
    'unknown-actor':
      '« {{operation}} » : « {{actor}} » n’est plus dans l’équipe, le processus ni les acteurs.',
    'idle-actor': '« {{actor}} » n’a de rôle dans aucune opération.',
    'unused-role': 'Le rôle « {{actor}} » du processus n’apparaît dans aucune opération.',
  },
  errors: {
    tooMany: 'Un déploiement compte au plus {{max}} opérations.',
    tooManyActors: 'Le RACI compte au plus {{max}} autres acteurs.',
    alreadyPlanned: 'Des opérations sont déjà prévues : le cycle par défaut ne les remplace pas.',
  },
  document: {
    title: 'RACI du déploiement — {{name}}',
    show: 'Document RACI',
    fileName: 'raci',
    legend:
      'R : réalise l’opération. A : en répond et la valide (un seul par opération). C : est consulté. I : est informé.',
    noOperation: 'Aucune opération n’est prévue.',
    matrix: 'Matrice RACI',
    operation: 'Opération',
    checks: 'Contrôles',
  },
};

const en: Translation<typeof fr> = {
  label: 'Operations and RACI',
  title: 'Deployment operations and RACI',
  intro:
    'The cycle of operations that leads to going live, and for each who does it (R), who answers for it (A), who is consulted (C) and who is informed (I).',
  empty: 'No operation is planned.',
  propose: 'Propose the default cycle',
  proposeHelp:
    'Installation, configuration, data migration, accounts, training, working processes, communication, go-live and support, with a first RACI and a calendar to adjust.',
  operation: 'Operation {{number}}',
  defaults: {
    operations: {
      installation: 'Installation',
      configuration: 'Configuration',
      'data-migration': 'Data migration from the current process',
      'user-accounts': 'User account creation',
      training: 'Staff training',
      'working-processes': 'New working processes',
      communication: 'Communication',
      'go-live': 'Go-live',
      support: 'Support after go-live',
    },
    actors: {
      'production-team': 'Production team',
      dsi: 'IT department',
      integrator: 'Integrator',
      'steering-committee': 'Steering committee',
    },
    review: 'Steering committee: go-live decision',
  },
  legend:
    'R: does the operation · A: answers for it and signs it off (only one) · C: is consulted · I: is informed',
  matrix: {
    caption: 'RACI matrix',
    operation: 'Operation',
    actions: 'Actions',
    name: 'Name of operation {{number}}',
    letter: '{{actor}} for “{{operation}}”',
    none: '—',
    moveUp: 'Move “{{operation}}” up',
    moveDown: 'Move “{{operation}}” down',
    remove: 'Remove “{{operation}}”',
    add: 'Add an operation',
    newName: 'New operation',
    kinds: {
      member: 'team',
      role: 'role',
      added: 'actor',
    },
  },
  actors: {
    title: 'Actors',
    intro:
      'The team members and the process roles (the diagram’s lanes and roles) are taken in by themselves; add the deployment’s other actors.',
    team: 'Team',
    roles: 'Process roles',
    added: 'Other actors',
    noTeam: 'No member in the team.',
    noRoles: 'No role in the process diagram.',
    noAdded: 'No other actor.',
    name: 'Actor’s name',
    remove: 'Remove “{{actor}}”',
    add: 'Add an actor',
    suggest: 'Add “{{actor}}”',
    unnamed: {
      member: 'Unnamed member',
      role: 'Unnamed role',
      added: 'Unnamed actor',
    },
  },
  checks: {
    title: 'RACI checks',
    none: 'The RACI is complete: every operation has one A and at least one R, every actor has a part.',
    errors_one: '{{count}} error to correct:',
    errors_other: '{{count}} errors to correct:',
    warnings_one: '{{count}} point to check:',
    warnings_other: '{{count}} points to check:',
    forget: 'Clear the letters of “{{actor}}”',
  },
  problems: {
    'no-accountable': '“{{operation}}”: nobody answers for it (A).',
    'several-accountable': '“{{operation}}”: only one actor may answer for it (A), not {{actors}}.',
    'no-responsible': '“{{operation}}”: nobody does it (R).',
    'unknown-actor':
      '“{{operation}}”: “{{actor}}” is no longer in the team, the process or the actors.',
    'idle-actor': '“{{actor}}” has no part in any operation.',
    'unused-role': 'The process role “{{actor}}” appears in no operation.',
  },
  errors: {
    tooMany: 'A deployment has at most {{max}} operations.',
    tooManyActors: 'The RACI has at most {{max}} other actors.',
    alreadyPlanned: 'Operations are already planned: the default cycle does not replace them.',
  },
  document: {
    title: 'Deployment RACI — {{name}}',
    show: 'RACI document',
    fileName: 'raci',
    legend:
      'R: does the operation. A: answers for it and signs it off (one per operation). C: is consulted. I: is informed.',
    noOperation: 'No operation is planned.',
    matrix: 'RACI matrix',
    operation: 'Operation',
    checks: 'Checks',
  },
};

registerTranslations('goingFurther-operations', { fr, en });
