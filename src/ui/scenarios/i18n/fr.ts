export const fr = {
  passes: 'Réussit',
  fails: 'Échoue',
  summary: '{{passing}} sur {{count}} réussissent',
  atForm: 'Dans le formulaire, avant l’envoi : ',
  atAction_one: 'Après {{count}} action dans le traitement : ',
  atAction_other: 'Après {{count}} actions dans le traitement : ',
  atStart: 'Dès l’arrivée de la demande : ',
  table: {
    scenario: 'Scénario',
    result: 'Résultat',
    why: 'Où et pourquoi il échoue',
  },
  reason: {
    'field-removed':
      'le champ « {{label}} », auquel le demandeur avait répondu, a été supprimé du formulaire.',
    'field-type-changed':
      'le champ « {{label}} » a changé de type : la réponse donnée ne lui correspond plus.',
    'answer-invalid': 'la réponse au champ « {{label}} » n’est plus acceptée : {{problem}}',
    'answer-missing':
      'le champ « {{label}} » est maintenant demandé et le scénario n’y répondait pas.',
    'no-start': 'le traitement n’a plus d’événement de début.',
    'step-not-reached': 'l’étape « {{name}} » n’est plus atteinte à ce moment du traitement.',
    'choice-removed': 'à « {{name}} », le choix fait dans le scénario n’existe plus.',
    'event-removed': 'l’événement arrivé pendant « {{name}} » n’existe plus.',
    statusInstead: 'le demandeur voit le statut « {{actual}} » au lieu de « {{expected}} ».',
    statusMissing: 'le demandeur ne voit plus le statut « {{expected}} ».',
    statusExtra: 'le demandeur voit en plus le statut « {{actual}} ».',
    'placeholder-empty': 'un message du statut « {{status}} » aurait un champ vide : « {{name}} ».',
    'deadline-exceeded':
      'la demande prend maintenant {{days}} jours ouvrés : le délai promis de {{promised}} jours est dépassé.',
  },
};
