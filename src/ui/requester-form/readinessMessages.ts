import { registerTranslations } from '../i18n/i18n';
import type { Translation } from '../i18n/types';

/**
 * Messages of the form's readiness items (src/domain/form/readiness.ts), in their own
 * namespace so that the review checklist can show them without loading the designer:
 * import this module where they are shown.
 */
const fr = {
  noQuestions: 'Le formulaire ne pose encore aucune question.',
  untitledPage: 'La page {{number}} du formulaire n’a pas de titre.',
  unjustified: '« {{label}} » (page {{page}}) ne dit pas pourquoi la réponse est nécessaire.',
  field: {
    emptyLabel: 'Un champ de la page {{page}} n’a pas de libellé ({{label}}).',
    emptyText: 'Un texte explicatif de la page {{page}} est vide.',
    noOptions: '« {{label}} » ne propose aucune option.',
    emptyOptionValue: '« {{label}} » a une option sans valeur.',
    duplicateOptionValue: '« {{label}} » a deux options de même valeur « {{value}} ».',
    lengthRange:
      '« {{label}} » demande au moins {{min}} caractères et au plus {{max}} : c’est impossible.',
    numberRange:
      '« {{label}} » demande un nombre d’au moins {{min}} et d’au plus {{max}} : c’est impossible.',
    dateRange: '« {{label}} » demande une date entre le {{min}} et le {{max}} : c’est impossible.',
    itemsRange:
      '« {{label}} » demande au moins {{min}} éléments et au plus {{max}} : c’est impossible.',
    invalidPattern: 'Le format attendu de « {{label}} » n’est pas une expression régulière valide.',
    maxSize: 'La taille maximale des fichiers de « {{label}} » doit être positive.',
    emptyGroup: 'Le bloc répétable « {{label}} » ne contient aucun champ.',
  },
  condition: {
    deletedField: 'Une condition de « {{label}} » porte sur un champ supprimé.',
    laterField:
      'Une condition de « {{label}} » porte sur un champ placé après lui : le demandeur n’y aura pas encore répondu.',
    itself: 'Une condition de « {{label}} » porte sur ce champ lui-même.',
    insideGroup:
      'Une condition de « {{label}} » porte sur un champ d’un bloc répétable, qui peut avoir plusieurs réponses.',
    notAnswerable:
      'Une condition de « {{label}} » porte sur un élément qui n’attend pas de réponse.',
    operator:
      'Une condition de « {{label}} » utilise une comparaison impossible pour ce type de champ.',
    missingValue: 'Une condition de « {{label}} » n’indique pas la valeur à comparer.',
    unknownValue:
      'Une condition de « {{label}} » attend la valeur « {{value}} », qui n’est plus une option.',
  },
};

const en: Translation<typeof fr> = {
  noQuestions: 'The form does not ask anything yet.',
  untitledPage: 'Page {{number}} of the form has no title.',
  unjustified: '“{{label}}” (page {{page}}) does not say why the answer is needed.',
  field: {
    emptyLabel: 'A field on page {{page}} has no label ({{label}}).',
    emptyText: 'An explanatory text on page {{page}} is empty.',
    noOptions: '“{{label}}” offers no options.',
    emptyOptionValue: '“{{label}}” has an option without a value.',
    duplicateOptionValue: '“{{label}}” has two options with the same value “{{value}}”.',
    lengthRange:
      '“{{label}}” asks for at least {{min}} and at most {{max}} characters: that is impossible.',
    numberRange:
      '“{{label}}” asks for a number of at least {{min}} and at most {{max}}: that is impossible.',
    dateRange: '“{{label}}” asks for a date between {{min}} and {{max}}: that is impossible.',
    itemsRange:
      '“{{label}}” asks for at least {{min}} and at most {{max}} items: that is impossible.',
    invalidPattern: 'The expected format of “{{label}}” is not a valid regular expression.',
    maxSize: 'The maximum file size of “{{label}}” must be positive.',
    emptyGroup: 'The repeatable block “{{label}}” holds no fields.',
  },
  condition: {
    deletedField: 'A condition of “{{label}}” refers to a deleted field.',
    laterField:
      'A condition of “{{label}}” refers to a field placed after it: the requester will not have answered it yet.',
    itself: 'A condition of “{{label}}” refers to the field itself.',
    insideGroup:
      'A condition of “{{label}}” refers to a field of a repeatable block, which may have several answers.',
    notAnswerable: 'A condition of “{{label}}” refers to an element that takes no answer.',
    operator: 'A condition of “{{label}}” uses a comparison that this type of field cannot make.',
    missingValue: 'A condition of “{{label}}” does not say what value to compare with.',
    unknownValue:
      'A condition of “{{label}}” expects the value “{{value}}”, which is no longer an option.',
  },
};

registerTranslations('formReadiness', { fr, en });
