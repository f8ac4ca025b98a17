import { registerTranslations } from '../i18n/i18n';
import type { Translation } from '../i18n/types';

/** What this browser knows of reviewers' keys and of sign-offs seen before (namespace `trust`). */
const fr = {
  key: {
    organisation: 'Clé de la liste de l’organisation « {{organisation}} ».',
    firstUse:
      'Clé connue de ce navigateur depuis le {{date}}, où il l’a vue pour la première fois : si ce n’est pas fait, comparez l’empreinte avec {{name}}.',
    confirmed: 'Clé reconnue dans ce navigateur le {{date}}.',
    new: 'Nouvelle clé, jamais vue par ce navigateur : comparez l’empreinte avec {{name}} (par téléphone, par exemple) avant de vous y fier.',
    outsideList: '{{name}} n’est pas dans la liste de l’organisation.',
    different:
      'Attention : ce visa est signé au nom de {{name}} avec une autre clé que celle connue pour ce nom (empreinte connue : {{known}}). Ce peut être un faux, ou un nouveau navigateur de {{name}} : vérifiez l’empreinte avec cette personne avant de vous y fier.',
    'other-name':
      'Attention : cette clé est connue sous le nom de {{names}}, pas sous celui de {{name}}.',
    confirm: 'J’ai vérifié l’empreinte avec {{name}} : reconnaître cette clé',
  },
  doubts: {
    title: 'Attention : ce que ce navigateur sait de cette relecture ne correspond pas',
    missingIntro:
      'Ce navigateur a déjà vu, pour ce même contenu, des visas qui ne sont plus là. Ils ont été retirés : la chaîne des visas a été coupée.',
    missingItem: '« {{decision}} » par {{name}} ({{role}}), le {{date}}',
    missingComment: 'Commentaire : « {{comment}} »',
    closingDropped:
      'Une demande de modifications ou un rejet a été retiré : ce prototype ne doit être ni vérifié ni approuvé sans savoir pourquoi. Demandez-le à la personne qui vous a envoyé le fichier.',
    keysIntro: 'Des visas ne sont pas signés avec la clé connue de leur signataire :',
    keyItem: 'Visa {{number}} ({{role}}, {{name}}) : {{problem}}',
    different: 'signé avec une autre clé que celle connue pour ce nom (empreinte {{fingerprint}})',
    'other-name': 'signé avec une clé connue sous le nom de {{names}}',
  },
  import: {
    doubtful:
      'Le fichier « {{file}} » n’a pas encore été importé. Ses signatures sont intactes, mais ce qui précède ne correspond pas à ce que ce navigateur sait.',
    importAnyway: 'Importer quand même',
    doNotImport: 'Ne pas importer',
  },
  decide: {
    acknowledge:
      'J’ai lu l’avertissement ci-dessus sur les visas, et je signe en connaissance de cause',
  },
  steps: {
    changed: 'Étapes modifiées depuis ce visa : {{steps}}.',
    none: 'Aucune étape n’a changé : ce qui diffère est hors des étapes (l’identifiant du prototype).',
    unknown:
      'Ce visa ne permet pas de dire quelle étape a changé (il a été fait par une version antérieure de Fabrik, ou sa signature ne correspond pas).',
  },
  keys: {
    title: 'Clés des relecteurs',
    intro:
      'Fabrik reconnaît la clé de chaque relecteur : la première fois qu’il la voit dans un fichier (comparez alors l’empreinte avec la personne), ou par la liste de l’organisation. Un visa signé au nom d’un relecteur connu avec une autre clé est signalé.',
    count_one: '{{count}} clé connue',
    count_other: '{{count}} clés connues',
    none: 'Aucune clé connue pour l’instant.',
    label: 'Clés connues',
    name: 'Nom',
    fingerprint: 'Empreinte',
    source: 'Origine',
    sourceOrganisation: 'liste « {{organisation}} »',
    sourceFirstUse: 'vue pour la première fois le {{date}}',
    sourceConfirmed: 'reconnue ici le {{date}}',
    importLabel: 'Importer la liste de l’organisation (fichier .json)',
    importButton: 'Importer la liste de l’organisation',
    imported_one: 'Liste de « {{organisation}} » importée : {{count}} clé.',
    imported_other: 'Liste de « {{organisation}} » importée : {{count}} clés.',
    refusedTitle: 'La liste « {{file}} » n’a pas été importée',
    unchanged: 'Les clés connues n’ont pas changé.',
    mine: 'Votre clé',
    mineNone: 'Ce navigateur n’a pas encore de clé : elle est créée à votre première décision.',
    mineFingerprint: 'Empreinte de votre clé : {{fingerprint}}',
    mineEntry:
      'Pour figurer dans la liste de l’organisation, donnez cette entrée à la personne qui la tient :',
    yourName: 'Votre nom',
  },
  listError: {
    'too-large': 'Le fichier est trop gros pour une liste de clés (au plus {{size}}).',
    'not-json': 'Le fichier n’est pas un fichier JSON lisible.',
    'wrong-format':
      'Ce fichier n’est pas une liste de clés de relecteurs Fabrik (« format » doit valoir « fabrik/reviewer-keys »).',
    'newer-version':
      'Cette liste a été écrite par une version plus récente de Fabrik (format {{found}}) : mettez Fabrik à jour.',
    'no-keys': 'La liste ne contient aucune clé.',
    'invalid-field': 'Le champ « {{field}} » de la liste est absent ou invalide.',
    'invalid-entry': 'Entrée {{number}} : le champ « {{field}} » est absent, inconnu ou invalide.',
    'bad-key':
      'Entrée {{number}} ({{name}}) : la clé publique n’est pas une clé ECDSA P-256 valide.',
    'fingerprint-mismatch':
      'Entrée {{number}} ({{name}}) : l’empreinte donnée ({{expected}}) n’est pas celle de la clé ({{actual}}).',
    'shared-key':
      'Entrée {{number}} : la même clé est donnée pour {{name}} et pour {{other}} ; une clé appartient à une seule personne.',
    unreadable: 'Le fichier n’a pas pu être lu.',
  },
};

const en: Translation<typeof fr> = {
  key: {
    organisation: 'Key from the organisation’s list “{{organisation}}”.',
    firstUse:
      'Key known to this browser since {{date}}, when it first saw it: if not done yet, compare the fingerprint with {{name}}.',
    confirmed: 'Key recognised in this browser on {{date}}.',
    new: 'New key, never seen by this browser: compare the fingerprint with {{name}} (by phone, for instance) before relying on it.',
    outsideList: '{{name}} is not in the organisation’s list.',
    different:
      'Warning: this sign-off is signed in the name of {{name}} with another key than the one known for that name (known fingerprint: {{known}}). It may be a forgery, or a new browser of {{name}}: check the fingerprint with that person before relying on it.',
    'other-name': 'Warning: this key is known under the name {{names}}, not {{name}}.',
    confirm: 'I checked the fingerprint with {{name}}: recognise this key',
  },
  doubts: {
    title: 'Warning: what this browser knows of this review does not match',
    missingIntro:
      'This browser has already seen sign-offs on this same content that are no longer here. They were removed: the chain of sign-offs was cut.',
    missingItem: '“{{decision}}” by {{name}} ({{role}}), on {{date}}',
    missingComment: 'Comment: “{{comment}}”',
    closingDropped:
      'A request for changes or a rejection was removed: this prototype must be neither verified nor approved without knowing why. Ask the person who sent you the file.',
    keysIntro: 'Some sign-offs are not signed with their signer’s known key:',
    keyItem: 'Sign-off {{number}} ({{role}}, {{name}}): {{problem}}',
    different:
      'signed with another key than the one known for that name (fingerprint {{fingerprint}})',
    'other-name': 'signed with a key known under the name {{names}}',
  },
  import: {
    doubtful:
      'The file “{{file}}” has not been imported yet. Its signatures are intact, but the above does not match what this browser knows.',
    importAnyway: 'Import anyway',
    doNotImport: 'Do not import',
  },
  decide: {
    acknowledge: 'I read the warning above about the sign-offs, and I sign knowingly',
  },
  steps: {
    changed: 'Steps changed since this sign-off: {{steps}}.',
    none: 'No step changed: what differs is outside the steps (the prototype’s identifier).',
    unknown:
      'This sign-off cannot tell which step changed (it was made by an earlier version of Fabrik, or its signature does not match).',
  },
  keys: {
    title: 'Reviewers’ keys',
    intro:
      'Fabrik recognises each reviewer’s key: the first time it sees it in a file (then compare the fingerprint with the person), or through the organisation’s list. A sign-off in a known reviewer’s name with another key is flagged.',
    count_one: '{{count}} known key',
    count_other: '{{count}} known keys',
    none: 'No known key yet.',
    label: 'Known keys',
    name: 'Name',
    fingerprint: 'Fingerprint',
    source: 'Source',
    sourceOrganisation: 'list “{{organisation}}”',
    sourceFirstUse: 'first seen on {{date}}',
    sourceConfirmed: 'recognised here on {{date}}',
    importLabel: 'Import the organisation’s list (.json file)',
    importButton: 'Import the organisation’s list',
    imported_one: 'List of “{{organisation}}” imported: {{count}} key.',
    imported_other: 'List of “{{organisation}}” imported: {{count}} keys.',
    refusedTitle: 'The list “{{file}}” was not imported',
    unchanged: 'The known keys did not change.',
    mine: 'Your key',
    mineNone: 'This browser has no key yet: it is made at your first decision.',
    mineFingerprint: 'Your key’s fingerprint: {{fingerprint}}',
    mineEntry: 'To be in the organisation’s list, give this entry to the person who keeps it:',
    yourName: 'Your name',
  },
  listError: {
    'too-large': 'The file is too large for a list of keys (at most {{size}}).',
    'not-json': 'The file is not readable JSON.',
    'wrong-format':
      'This file is not a list of Fabrik reviewer keys (“format” must be “fabrik/reviewer-keys”).',
    'newer-version':
      'This list was written by a newer version of Fabrik (format {{found}}): update Fabrik.',
    'no-keys': 'The list holds no key.',
    'invalid-field': 'The list’s “{{field}}” field is missing or invalid.',
    'invalid-entry': 'Entry {{number}}: the “{{field}}” field is missing, unknown or invalid.',
    'bad-key': 'Entry {{number}} ({{name}}): the public key is not a valid ECDSA P-256 key.',
    'fingerprint-mismatch':
      'Entry {{number}} ({{name}}): the given fingerprint ({{expected}}) is not the key’s ({{actual}}).',
    'shared-key':
      'Entry {{number}}: the same key is given for {{name}} and for {{other}}; a key belongs to one person.',
    unreadable: 'The file could not be read.',
  },
};

registerTranslations('trust', { fr, en });
