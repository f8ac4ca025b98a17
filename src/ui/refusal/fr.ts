/** Why an imported file is refused, beyond the envelope's messages (`bundle.*`). */
export const refusalFr = {
  notText:
    'Ce fichier n’est pas un fichier texte : un prototype Fabrik est un fichier JSON en UTF-8 (.fabrik.json).',
  utf16:
    'Ce fichier est enregistré en UTF-16 ; Fabrik lit les fichiers en UTF-8. Enregistrez-le en UTF-8, ou demandez le fichier d’origine.',
  syntax: {
    at: 'ligne {{line}}, colonne {{column}} : {{problem}}',
    'unexpected-end': 'le fichier s’arrête avant la fin (il a sans doute été coupé)',
    'unterminated-string': 'un texte n’est pas fermé par un guillemet',
    'unexpected-character': 'caractère inattendu',
    'unexpected-character-found': 'caractère inattendu « {{found}} »',
    'expected-comma': 'une virgule manque',
    'expected-colon': 'le signe « : » manque après un nom de champ',
    'expected-property-name': 'un nom de champ entre guillemets est attendu',
    'expected-value': 'une valeur est attendue',
    'unclosed-object': 'une accolade « } » manque',
    'unclosed-list': 'un crochet « ] » manque',
    'text-after-end': 'du texte suit la fin des données',
    comment: 'le JSON ne permet pas de commentaires',
    'bad-number': 'un nombre est mal écrit',
    'bad-escape': 'un texte contient une séquence « \\ » invalide',
  },
  depth:
    'Le fichier imbrique des données sur plus de {{max}} niveaux (ligne {{line}}) : aucun prototype Fabrik n’en a autant. Il n’a pas été lu.',
  stringLength:
    'Le fichier contient un texte de plus de {{max}} caractères (ligne {{line}}) : aucun prototype Fabrik n’en a d’aussi long. Il n’a pas été lu.',
  values:
    'Le fichier contient plus de {{max}} valeurs : aucun prototype Fabrik n’en a autant. Il n’a pas été lu.',
  tooManySignoffs:
    'Le fichier porte {{found}} visas, bien plus que ceux d’une relecture (vérification, puis approbation) : Fabrik en lit au plus {{max}}.',
  reservedKey:
    'Le fichier contient un champ nommé « {{key}} » (dans {{path}}), que Fabrik n’écrit jamais : ce nom sert à détourner les programmes qui lisent le fichier.',
  controlCharacter:
    'Le texte {{path}} contient un caractère de contrôle invisible ({{found}}) : il pourrait faire lire autre chose que ce qui est écrit. Corrigez ce texte là où le fichier a été fait, puis exportez-le de nouveau.',
  brokenText:
    'Le texte {{path}} contient un caractère abîmé (une moitié de caractère Unicode) : ce n’est pas du texte valide.',
  textTooLong:
    'Le texte {{path}} fait {{length}} caractères ; Fabrik en accepte au plus {{max}} par texte.',
  unsafeId:
    'L’identifiant « {{id}} » ({{path}}) n’est pas un identifiant Fabrik : un identifiant ne contient que des lettres sans accent, des chiffres, « - » et « _ », et ne reprend pas un nom réservé comme « constructor ».',
  unreadable:
    'Ce fichier n’a pas pu être vérifié : il ne ressemble pas à un fichier écrit par Fabrik. Il n’a pas été lu.',
  tooSlow:
    'La vérification du fichier a été arrêtée au bout de {{seconds}} secondes : aucun prototype Fabrik ne demande autant de travail. Il n’a pas été lu.',
  root: 'la racine du fichier',
  kind: {
    text: 'un texte',
    number: 'un nombre',
    boolean: 'vrai ou faux',
    list: 'une liste',
    object: 'un objet',
    null: 'vide (null)',
    other: 'une autre sorte de valeur',
  },
  issue: {
    missing: 'manquant',
    'wrong-kind': 'devrait être {{expected}}, c’est {{found}}',
    'too-short-text_one': 'trop court : au moins {{count}} caractère',
    'too-short-text_other': 'trop court : au moins {{count}} caractères',
    'too-short-list_one': 'trop peu d’éléments : au moins {{count}}',
    'too-short-list_other': 'trop peu d’éléments : au moins {{count}}',
    'too-long-text_one': 'trop long : au plus {{count}} caractère',
    'too-long-text_other': 'trop long : au plus {{count}} caractères',
    'too-long-list_one': 'trop d’éléments : au plus {{count}}',
    'too-long-list_other': 'trop d’éléments : au plus {{count}}',
    'too-small': 'trop petit : au moins {{minimum}}',
    'too-large': 'trop grand : au plus {{maximum}}',
    'not-allowed': 'valeur non prévue (valeurs possibles : {{allowed}})',
    'unknown-field': 'champ inconnu « {{field}} »',
    'wrong-format': 'format non reconnu',
    'no-shape-matches': 'ne correspond à aucune des formes acceptées',
    rule: 'contraire aux règles de Fabrik (par exemple un identifiant en double)',
  },
};
