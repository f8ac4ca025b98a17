import { registerTranslations } from '../i18n/i18n';
import type { Translation } from '../i18n/types';

const fr = {
  notice:
    'Les visas sont signés avec une clé propre à chaque relecteur, créée dans son navigateur : toute modification du fichier après un visa se voit. Ce n’est pas une signature électronique au sens juridique.',
  role: { verifier: 'vérification', approver: 'approbation' },
  roleTitle: { verifier: 'Vérificateur', approver: 'Approbateur' },
  decision: {
    verified: 'Vérifié',
    'changes-requested': 'Modifications demandées',
    approved: 'Approuvé',
    rejected: 'Rejeté',
  },
  list: {
    label: 'Visas',
    empty: 'Aucun visa pour l’instant.',
    item: 'Visa {{number}} — {{role}}',
    by: '{{decision}} par {{name}}',
    at: 'le {{date}}',
    fingerprint: 'Empreinte de la clé',
    valid: 'Signature vérifiée',
    invalid: 'Visa invalide',
    comment: 'Commentaire',
  },
  tampered: {
    title: 'Attention : ce fichier a été modifié après sa signature',
    body: 'Ce qui suit ne correspond pas. Le fichier peut être lu, en lecture seule, mais il ne peut être ni vérifié ni approuvé. Demandez le fichier d’origine à la personne qui vous l’a envoyé.',
    problems: 'Ce qui ne correspond pas',
  },
  who: 'visa {{number}} ({{role}}, {{name}})',
  problem: {
    'content-changed':
      'Le contenu du prototype a été modifié après l’export : son empreinte ne correspond plus (attendue {{expected}}…, trouvée {{actual}}…).',
    'signed-other-content':
      'Le {{who}} porte sur un autre contenu que celui du fichier (signé : {{signed}}…, fichier : {{actual}}…) : le prototype a été modifié après ce visa, ou le visa vient d’un autre fichier.',
    'bad-signature':
      'La signature du {{who}} ne correspond pas : le visa, la soumission du référent (nom, date, déclarations) ou la version du fichier ont été modifiés après ce visa, ou sa signature vient d’un autre fichier.',
    'malformed-key':
      'La clé publique du {{who}} est invalide : sa signature ne peut pas être vérifiée.',
    duplicate: 'Le {{who}} est un doublon du visa {{of}}.',
    extra:
      'Le {{who}} est en trop : un fichier porte au plus le visa du vérificateur, puis celui de l’approbateur.',
    'wrong-position':
      'Le {{who}} est à la place du visa de {{expected}} : les visas ont été réordonnés.',
    'chain-broken':
      'Le {{who}} ne couvre pas le visa qui le précède : la chaîne des visas a été réordonnée, remplacée ou tronquée.',
    'decision-not-allowed':
      'Le {{who}} porte une décision (« {{decision}} ») que ce rôle ne peut pas prendre.',
    'not-verified-first': 'Le {{who}} porte sur un prototype que le vérificateur n’a pas vérifié.',
    'same-signer':
      'Les visas {{of}} et {{number}} sont signés avec la même clé : l’approbation doit venir d’une autre personne que la vérification.',
  },
  import: {
    tamperedFile:
      'Le fichier « {{file}} » n’a pas été importé. Vous pouvez le lire en lecture seule pour voir ce qu’il contient.',
    openReadOnly: 'Ouvrir en lecture seule',
    recordReview: 'Enregistrer la relecture sur mon prototype',
    recordReviewHelp:
      'Ce fichier porte une relecture (soumission, décisions, commentaires). « Enregistrer la relecture » l’ajoute à votre prototype sans toucher à son contenu ; « Remplacer » reprend aussi le contenu du fichier.',
  },
  shape: {
    title_one: 'Les visas de ce fichier ne sont pas ceux qu’écrit Fabrik : {{count}} problème.',
    title_other: 'Les visas de ce fichier ne sont pas ceux qu’écrit Fabrik : {{count}} problèmes.',
    'not-a-list': 'La liste des visas (« signoffs ») n’est pas une liste.',
    'not-an-object': 'Le visa {{number}} n’est pas un objet.',
    'missing-field': 'Le visa {{number}} n’a pas de champ « {{field}} ».',
    'extra-field':
      'Le visa {{number}} a un champ inconnu « {{field}} » : un visa ne contient que ce qui a été signé.',
    'unknown-role':
      'Le visa {{number}} a un rôle inconnu « {{found}} » (attendu : « verifier » ou « approver »).',
    'unknown-decision': 'Le visa {{number}} a une décision inconnue « {{found}} ».',
    'invalid-field': 'Le visa {{number}}, champ « {{field}} » : {{message}}.',
  },
};

const en: Translation<typeof fr> = {
  notice:
    'Sign-offs are signed with each reviewer’s own key, made in their browser: any change to the file after a sign-off shows. This is tamper evidence, not a legal electronic signature.',
  role: { verifier: 'verification', approver: 'approval' },
  roleTitle: { verifier: 'Verifier', approver: 'Approver' },
  decision: {
    verified: 'Verified',
    'changes-requested': 'Changes requested',
    approved: 'Approved',
    rejected: 'Rejected',
  },
  list: {
    label: 'Sign-offs',
    empty: 'No sign-off yet.',
    item: 'Sign-off {{number}} — {{role}}',
    by: '{{decision}} by {{name}}',
    at: 'on {{date}}',
    fingerprint: 'Key fingerprint',
    valid: 'Signature verified',
    invalid: 'Invalid sign-off',
    comment: 'Comment',
  },
  tampered: {
    title: 'Warning: this file was changed after it was signed',
    body: 'What follows does not match. The file can be read, read-only, but it can be neither verified nor approved. Ask the person who sent it for the original file.',
    problems: 'What does not match',
  },
  who: 'sign-off {{number}} ({{role}}, {{name}})',
  problem: {
    'content-changed':
      'The prototype’s content was changed after export: its hash no longer matches (expected {{expected}}…, found {{actual}}…).',
    'signed-other-content':
      'The {{who}} covers other content than the file’s (signed: {{signed}}…, file: {{actual}}…): the prototype was changed after this sign-off, or the sign-off comes from another file.',
    'bad-signature':
      'The signature of the {{who}} does not match: the sign-off, the referent’s submission (name, date, declarations) or the file’s version details were changed after this sign-off, or its signature comes from another file.',
    'malformed-key': 'The public key of the {{who}} is invalid: its signature cannot be checked.',
    duplicate: 'The {{who}} duplicates sign-off {{of}}.',
    extra:
      'The {{who}} is one too many: a file carries at most the verifier’s sign-off, then the approver’s.',
    'wrong-position':
      'The {{who}} stands where the {{expected}} sign-off should be: the sign-offs were reordered.',
    'chain-broken':
      'The {{who}} does not cover the sign-off before it: the chain of sign-offs was reordered, replaced or cut.',
    'decision-not-allowed': 'The {{who}} carries a decision (“{{decision}}”) its role cannot take.',
    'not-verified-first': 'The {{who}} is on a prototype the verifier did not verify.',
    'same-signer':
      'Sign-offs {{of}} and {{number}} are signed with the same key: approval must come from someone other than the verifier.',
  },
  import: {
    tamperedFile:
      'The file “{{file}}” was not imported. You can open it read-only to see what it holds.',
    openReadOnly: 'Open read-only',
    recordReview: 'Record the review on my prototype',
    recordReviewHelp:
      'This file carries a review (submission, decisions, comments). “Record the review” adds it to your prototype without touching its content; “Replace” also takes the file’s content.',
  },
  shape: {
    title_one: 'The sign-offs in this file are not as Fabrik writes them: {{count}} problem.',
    title_other: 'The sign-offs in this file are not as Fabrik writes them: {{count}} problems.',
    'not-a-list': 'The list of sign-offs (“signoffs”) is not a list.',
    'not-an-object': 'Sign-off {{number}} is not an object.',
    'missing-field': 'Sign-off {{number}} has no “{{field}}” field.',
    'extra-field':
      'Sign-off {{number}} has an unknown field “{{field}}”: a sign-off holds only what was signed.',
    'unknown-role':
      'Sign-off {{number}} has an unknown role “{{found}}” (expected “verifier” or “approver”).',
    'unknown-decision': 'Sign-off {{number}} has an unknown decision “{{found}}”.',
    'invalid-field': 'Sign-off {{number}}, field “{{field}}”: {{message}}.',
  },
};

registerTranslations('signoffs', { fr, en });
