export const fr = {
  title: 'Essayer l’e-service',
  intro:
    'Jouez une demande de bout en bout : remplissez le formulaire comme un demandeur, puis faites avancer le traitement comme les agents, et voyez ce que le demandeur voit et reçoit. Rien n’est envoyé, et l’essai ne modifie pas le prototype.',
  loading: 'Chargement de l’essai…',
  requester: {
    heading: 'Le demandeur remplit le formulaire',
    formTitle: 'Formulaire du demandeur',
    noProcess:
      'Le traitement n’est pas encore dessiné : après l’envoi, l’essai ne pourra pas aller plus loin que le dépôt.',
    startLegend: 'Par où arrive la demande ?',
    startHelp:
      'Le traitement a plusieurs événements de début : la demande n’arrive que par l’un d’eux.',
    unnamedStart: 'Début sans nom',
    sameNameStart: '{{name}} ({{rank}})',
  },
  run: {
    sentAt: 'Demande envoyée le {{date}}, numéro de suivi {{code}}.',
    undo: 'Annuler la dernière action',
    restart: 'Recommencer l’essai',
    restartTitle: 'Recommencer l’essai ?',
    restartMessage:
      'Les réponses du demandeur et l’avancement du traitement de cet essai seront effacés. Le prototype n’est pas modifié.',
    restartConfirm: 'Recommencer',
    undone: 'Dernière action annulée.',
    changedElsewhere: 'L’essai a avancé dans un autre onglet : il est affiché tel qu’il y est.',
    unreadable:
      'L’essai enregistré dans ce navigateur ne peut pas être lu par cette version de Fabrik. Il est gardé de côté, jamais écrasé : exportez son contenu brut pour le conserver. Une nouvelle demande commence un nouvel essai.',
    exportRaw: 'Exporter son contenu brut',
    loadFailed:
      'L’essai enregistré dans le navigateur n’a pas pu être lu. Rechargez la page ; si vous envoyez une nouvelle demande, elle le remplacera.',
    saveFailed:
      'L’essai n’a pas pu être enregistré dans le navigateur : il continue à l’écran, mais sera perdu à la fermeture de la page.',
  },
  agents: {
    heading: 'Côté agents',
    todo: 'À faire maintenant',
    nothing: 'Plus rien à faire.',
    who: 'Qui : ',
    noRole: 'rôle non précisé',
    delay: 'Délai : ',
    due: '$t(trackingPage:workingDays, {"count": {{days}} }), soit jusqu’au {{date}}',
    noDelay: 'aucun délai fixé',
    sets: 'Statut affiché au demandeur : ',
    complete: 'Terminer « {{name}} »',
    happened: 'C’est arrivé : « {{name}} »',
    waitingEvent: 'En attente',
    boundary: '{{name}} (interrompt « {{step}} »)',
    boundaryAlongside: '{{name}} (sans interrompre « {{step}} »)',
    choose: 'Choisir la suite',
    chooseSeveral:
      'Cochez chaque voie que prend la demande : une ou plusieurs, suivies en même temps.',
    goOnAlong: 'Continuer « {{name}} » par les voies cochées',
    noWayTicked: 'Cochez au moins une voie pour continuer.',
    optionOf: '(« {{name}} »)',
    unnamedStep: 'Étape sans nom',
    unnamedOption: 'Vers une étape sans nom',
    request: 'La demande reçue',
    log: 'Ce qui s’est passé',
    logEmpty: 'Rien encore : la demande vient d’arriver.',
    logEntry: {
      done: '« {{name}} » terminée',
      happened: '« {{name}} » : c’est arrivé',
      chosen: '« {{name}} » : {{option}}',
      triggered: '« {{boundary}} » a interrompu « {{name}} »',
      triggeredAlongside: '« {{boundary}} » : c’est arrivé pendant « {{name}} », qui continue',
      ended: 'Fin : « {{name}} »',
      stuck: 'Arrêt à « {{name}} » : aucun enchaînement n’en part',
    },
    nowShown: 'Le demandeur voit maintenant le statut « {{status}} »',
    logDay: '{{date}} (jour ouvré {{day}})',
    over: 'La demande est arrivée au bout du traitement.',
    stuck:
      'Le traitement s’arrête à {{names}} sans arriver à une fin : aucun enchaînement n’en part. Ajoutez la suite dans l’étape « Traitement ».',
    blocked:
      'La demande attend à {{names}} des branches qui ne viendront jamais : plus rien ne peut la faire avancer. Une passerelle parallèle attend toutes les branches qui y mènent ; quand une seule doit arriver, c’est une passerelle exclusive qu’il faut. À corriger dans l’étape « Traitement ».',
    quoted: '« {{name}} »',
    noStart:
      'Le traitement n’a pas d’événement de début : l’essai ne peut pas le parcourir. Ajoutez-en un dans l’étape « Traitement ».',
    canStartNow:
      'Quand la demande a été envoyée, le traitement n’avait pas de début ou ne pouvait pas être lu ; il en a un maintenant.',
    startNow: 'Faire partir la demande dans le traitement',
    loop: 'Cette action fait tourner le traitement en rond sans étape à faire : elle n’a pas été appliquée. Vérifiez les enchaînements des passerelles dans l’étape « Traitement ».',
    changed:
      'Le traitement a changé depuis le début de l’essai : des étapes où se trouvait la demande n’existent plus. Recommencez l’essai.',
    unreadable:
      'Le traitement enregistré ne peut pas être lu : ouvrez l’étape « Traitement » pour le corriger ou repartir du processus par défaut.',
    noProcess: 'Le traitement n’est pas encore dessiné : la demande reste au dépôt.',
    toProcess: 'Aller à l’étape « Traitement »',
  },
  quickFill: 'Remplir avec des réponses d’exemple',
  quickFillHelp:
    'Des réponses vraisemblables et valides (SIRET, IBAN, dates permises, pièce fictive), à modifier avant l’envoi.',
  scenarios: {
    heading: 'Scénarios',
    intro:
      'Chaque scénario est une demande jouée et enregistrée, rejouée automatiquement sur le prototype tel qu’il est : s’il ne se déroule plus de la même façon, vous voyez où et pourquoi.',
    none: 'Aucun scénario : jouez une demande, puis enregistrez-la comme scénario.',
    replaying: 'Rejeu des scénarios…',
    save: 'Enregistrer comme scénario',
    nameLabel: 'Nom du scénario',
    nameHelp: 'Par exemple « Une entreprise qui déménage ».',
    saveConfirm: 'Enregistrer le scénario',
    cancel: 'Annuler',
    saved: 'Scénario « {{name}} » enregistré.',
    open: 'Ouvrir « {{name}} » dans l’essai',
    openAtDivergence: 'Ouvrir « {{name}} » au point de divergence',
    opened: 'Scénario « {{name}} » ouvert dans l’essai.',
    toException: 'Noter « {{name}} » comme exception',
    exceptionTitle: 'Scénario « {{name}} » : {{reason}}',
    exceptionNoted: 'Exception notée : « {{title}} ».',
    remove: 'Supprimer « {{name}} »',
    removed: 'Scénario « {{name}} » supprimé.',
    rename: 'Renommer « {{name}} »',
    undo: 'Annuler',
    renameConfirm: 'Renommer',
    errors: {
      nameRequired: 'Donnez un nom au scénario.',
      nameTooLong: 'Le nom d’un scénario tient en {{max}} caractères au plus.',
    },
  },
  coverage: {
    heading: 'Couverture des scénarios',
    summary:
      'Chemins du traitement parcourus par au moins un scénario : {{paths}} sur {{count}}. Conditions du formulaire, remplies ou non : {{conditions}} cas sur {{conditionCount}} atteints.',
    diagramAlt:
      'Schéma du traitement : les étapes et les flèches des chemins parcourus par au moins un scénario sont tracées en vert, en trait épais.',
    drawing: 'Dessin du schéma…',
    drawingFailed:
      'Le schéma n’a pas pu être dessiné ; la liste ci-dessous dit ce qui n’est pas atteint.',
    caption: 'En vert et en trait épais : ce que les scénarios parcourent.',
    uncovered: 'Ce qu’aucun scénario n’atteint',
    allReached:
      'Les scénarios parcourent tous les chemins du traitement et atteignent chaque condition du formulaire, remplie et non remplie.',
    path: 'Le chemin {{steps}}',
    deadEnd: 'Le chemin {{steps}}, qui n’arrive à aucune fin',
    way: '{{name}} : {{way}}',
    gateway: 'Choix',
    truncated:
      'Le traitement a trop de chemins pour les énumérer tous : seuls les premiers sont comptés.',
    branch: {
      field: {
        visibleWhen: {
          met: 'Le champ « {{label}} » affiché (sa condition d’affichage remplie)',
          unmet: 'Le champ « {{label}} » masqué (sa condition d’affichage non remplie)',
        },
        requiredWhen: {
          met: 'Le champ « {{label}} » rendu obligatoire par sa condition',
          unmet: 'Le champ « {{label}} » laissé facultatif (sa condition non remplie)',
        },
      },
      page: {
        visibleWhen: {
          met: 'La page « {{label}} » affichée (sa condition remplie)',
          unmet: 'La page « {{label}} » sautée (sa condition non remplie)',
        },
      },
    },
  },
  requesterSide: {
    heading: 'Côté demandeur',
    help: 'Sa page de suivi et les messages reçus, tels qu’il les voit.',
    unknownName: 'Madame, Monsieur',
    undecidedDate: '(délai non décidé)',
  },
};
