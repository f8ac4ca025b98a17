/** The tracking step's strings, in French (the original). Braces for placeholders are passed as parameters, never written here, since i18next reads {{…}} itself. */
export const fr = {
  title: 'Suivi et réponses',
  intro:
    'Comme le suivi d’une commande : ce que voit le demandeur à chaque étape, les messages qu’il reçoit, et le délai de réponse sur lequel le service s’engage.',
  workingDays_one: '{{count}} jour ouvré',
  workingDays_other: '{{count}} jours ouvrés',
  dayCount_one: '{{count}} jour',
  dayCount_other: '{{count}} jours',
  daysInvalid: 'Un nombre entier de jours, de {{min}} à {{max}}, ou rien.',
  tabs: {
    label: 'Parties du suivi',
    statuses: 'Statuts',
    mapping: 'Correspondance avec le traitement',
    messages: 'Messages',
    commitment: 'Délais',
    code: 'Code de suivi',
    problems_one: '{{count}} point à revoir',
    problems_other: '{{count}} points à revoir',
  },
  process: {
    loading: 'Lecture du processus de traitement…',
    empty:
      'Le processus de traitement n’est pas encore dessiné : dessinez-le à l’étape Traitement pour relier les statuts aux étapes.',
    unreadable:
      'Le processus de traitement ne peut pas être lu ({{error}}). Corrigez-le à l’étape Traitement.',
  },
  consistency: {
    title: 'À remettre en accord avec les statuts et le traitement',
    wording_one:
      'Le statut s’appelle maintenant « {{label}} », mais son message dit encore « {{former}} ».',
    wording_other:
      'Le statut s’appelle maintenant « {{label}} », mais ses {{count}} messages disent encore « {{former}} ».',
    reword: 'Remplacer « {{former}} » par « {{label}} » dans les messages',
    keepWording: 'Garder le texte',
    noStep:
      'Le statut « {{label}} » garde un délai de $t(tracking:workingDays, {"count": {{days}} }) alors qu’aucune étape du traitement ne le fixe plus.',
    noTime:
      'Le statut « {{label}} » annonce $t(tracking:workingDays, {"count": {{days}} }), mais les étapes du traitement qui le fixent n’ont pas de délai.',
    noTimeWait:
      'Le statut « {{label}} » laisse $t(tracking:workingDays, {"count": {{days}} }) au demandeur pour agir, mais le traitement n’attend plus pendant un temps limité : rien ne se passe au bout de ce délai.',
    differs:
      'Le statut « {{label}} » annonce $t(tracking:workingDays, {"count": {{days}} }), mais les étapes du traitement y prennent jusqu’à $t(tracking:workingDays, {"count": {{processDays}} }).',
    differsWait:
      'Le statut « {{label}} » laisse $t(tracking:workingDays, {"count": {{days}} }) au demandeur pour agir, mais le traitement l’attend $t(tracking:workingDays, {"count": {{processDays}} }).',
    removeLimit: 'Retirer le délai',
    useProcess: 'Mettre $t(tracking:workingDays, {"count": {{days}} })',
    open: 'Ouvrir le statut',
  },
  fieldWarnings: {
    title: 'Des messages utilisent des champs supprimés du formulaire',
    item: 'Le message « {{message}} » (statut « {{status}} ») utilise {{placeholder}} : ce champ n’existe plus dans le formulaire.',
    confirmField:
      'Le code de suivi demande de confirmer une réponse à un champ qui n’existe plus dans le formulaire.',
    open: 'Voir le message',
    openCode: 'Voir le code de suivi',
  },
  statuses: {
    heading: 'Statuts de la demande',
    help: 'Dans l’ordre où le demandeur les rencontre. Chaque statut dit au demandeur où en est sa demande et ce qu’on attend de lui.',
    listLabel: 'Statuts',
    add: 'Ajouter un statut',
    newLabel: 'Nouveau statut',
    untitled: '(sans nom)',
    select: 'Modifier le statut « {{label}} »',
    moveUp: 'Monter « {{label}} »',
    moveDown: 'Descendre « {{label}} »',
    internal: 'interne',
    final: 'final',
    waits: 'attend le demandeur',
    setBy_one: 'fixé par {{count}} étape',
    setBy_other: 'fixé par {{count}} étapes',
    setByNone: 'aucune étape ne le fixe',
    editor: {
      heading: 'Statut « {{label}} »',
      label: 'Libellé vu par le demandeur',
      labelHelp: 'Court et compréhensible sans connaître le service : « En cours d’instruction ».',
      color: 'Couleur du badge',
      colorFaint:
        'Cette couleur se voit mal sur le fond blanc de la page du demandeur (contraste de {{ratio}} pour 1, il faut au moins 3 pour 1) : choisissez une couleur plus foncée.',
      visible: 'Visible par le demandeur',
      visibleHelp: 'Décochez pour un statut interne au service, que le demandeur ne voit pas.',
      final: 'Statut final : la demande s’arrête là',
      waits: 'Le demandeur doit agir (par exemple envoyer des pièces)',
      waitsHelp:
        'Pendant ce statut, le délai de réponse peut être suspendu ou repartir de zéro (onglet Délais).',
      timeLimit: 'Délai de ce statut (jours ouvrés)',
      timeLimitHelp:
        'Combien de temps une demande peut rester dans ce statut. Laissez vide s’il n’y en a pas.',
      explanation: 'Explication pour le demandeur',
      explanationHelp:
        'Ce qui se passe maintenant, et ce qu’on attend de lui, en une ou deux phrases simples.',
      setByHeading: 'Étapes du traitement qui fixent ce statut',
      setByNone:
        'Aucune étape du traitement ne fixe ce statut : le demandeur ne le verra jamais. Choisissez-le pour une étape dans l’onglet Correspondance.',
      delete: 'Supprimer ce statut',
    },
    deleteDialog: {
      title: 'Supprimer le statut « {{label}} » ?',
      body_zero: 'Le statut sera supprimé. Vous pourrez annuler.',
      body_one: 'Le statut et son message seront supprimés. Vous pourrez annuler.',
      body_other: 'Le statut et ses {{count}} messages seront supprimés. Vous pourrez annuler.',
      inUse_one:
        'Ce statut est fixé par une étape du traitement : {{steps}}. Donnez d’abord un autre statut à cette étape (onglet Correspondance).',
      inUse_other:
        'Ce statut est fixé par {{count}} étapes du traitement : {{steps}}. Donnez d’abord un autre statut à ces étapes (onglet Correspondance).',
      confirm: 'Supprimer le statut',
    },
  },
  mapping: {
    heading: 'Quelle étape fixe quel statut ?',
    help: 'Chaque tâche ou événement du traitement peut faire passer la demande à un statut. C’est le même réglage que dans le panneau de l’étape Traitement.',
    tableCaption: 'Étapes du traitement et statut qu’elles fixent',
    step: 'Étape',
    kind: 'Type',
    lane: 'Couloir',
    status: 'Statut fixé',
    statusFor: 'Statut fixé par « {{step}} »',
    none: '— Aucun (le statut ne change pas) —',
    unknown: 'Statut inconnu ({{id}})',
    kinds: {
      task: 'Tâche',
      start: 'Début',
      end: 'Fin',
      event: 'Événement',
    },
    saving: 'Enregistrement dans le diagramme…',
    saveFailed: 'Le diagramme n’a pas pu être modifié : {{error}}',
    noSteps: 'Le processus n’a encore ni tâche ni événement.',
    problemsHeading: 'À revoir',
    allGood: 'Chaque statut est fixé par une étape, et chaque tâche fixe un statut.',
    problems: {
      unsetStatus: 'Aucune étape ne fixe « {{status}} » : le demandeur ne le verra jamais.',
      unreachableFinal:
        'Le statut final « {{status}} » n’est fixé que par des étapes qu’aucune demande n’atteint.',
      stepWithoutStatus:
        'La tâche « {{step}} » ne fixe aucun statut : pendant qu’elle est faite, le demandeur voit encore le statut précédent.',
      stepWithUnknownStatus:
        'L’étape « {{step}} » fixe un statut qui n’existe plus : choisissez-en un autre.',
    },
  },
  messages: {
    heading: 'Messages envoyés au demandeur',
    help: 'Chaque message part quand la demande atteint son statut. Tapez les données entre doubles accolades, par exemple {{example}} : la liste est à côté du texte.',
    forStatus: 'Au statut « {{status}} »',
    noMessage: 'Aucun message à ce statut.',
    add: 'Ajouter un message',
    addForHidden: 'au statut « {{status}} »',
    select: 'Modifier le message « {{subject}} » ({{channel}})',
    noSubject: '(sans objet)',
    problemCount_one: '{{count}} problème',
    problemCount_other: '{{count}} problèmes',
    warningCount_one: '{{count}} avertissement',
    warningCount_other: '{{count}} avertissements',
    newSubject: 'Votre demande {{code}}',
    newBody: 'Bonjour {{name}},',
    editor: {
      heading: 'Message au statut « {{status}} »',
      channel: 'Canal',
      subject: 'Objet',
      body: 'Texte du message',
      bodyHelp:
        'Du texte simple, jamais de HTML. Les données entre doubles accolades sont remplacées à l’envoi.',
      reasons: 'Motifs possibles',
      reasonsHelp:
        'L’agent choisit l’un de ces motifs en envoyant le message ; il remplace {{placeholder}}.',
      reason: 'Motif {{index}}',
      addReason: 'Ajouter un motif',
      addReasons: 'Proposer des motifs (par exemple pour une demande de pièces)',
      removeReason: 'Retirer le motif {{index}}',
      delete: 'Supprimer ce message',
      deleted: 'Message supprimé.',
      back: 'Retour aux messages',
    },
    placeholders: {
      heading: 'Données à insérer',
      help: 'Cliquez pour insérer à l’endroit du curseur, dans l’objet ou le texte.',
      tracking: 'Suivi de la demande',
      fields: 'Réponses du formulaire',
      noFields: 'Le formulaire n’a pas encore de champ.',
      insert: 'Insérer {{placeholder}} : {{label}}',
      builtins: {
        trackingCode: 'code de suivi',
        requesterName: 'nom du demandeur',
        submissionDate: 'date de dépôt',
        expectedDate: 'date de réponse prévue',
        reason: 'motif choisi par l’agent',
      },
    },
    problems: {
      heading: 'Ce message ne peut pas partir ainsi',
      html: 'Le texte contient « {{tag}} » : un message est du texte simple, jamais du HTML. Il est affiché tel quel ci-dessous.',
      unclosed:
        '« {{excerpt}} » : les accolades {{open}} ne sont pas refermées par {{close}}. Le texte est affiché tel quel.',
      empty: 'Des accolades {{braces}} ne contiennent aucun nom de donnée.',
      unknownName:
        '{{placeholder}} ne correspond à aucun champ du formulaire ni à aucune donnée du suivi.',
      deletedField: '{{placeholder}} renvoie à un champ qui n’existe plus dans le formulaire.',
      reasonWithoutReasons:
        '{{placeholder}} n’a aucun motif à afficher : ajoutez les motifs possibles.',
    },
    advice: {
      heading: 'Ce message peut induire le demandeur en erreur',
      dateUnderIndication:
        'Ce message annonce une date ({{placeholder}}) alors que le délai n’est qu’indicatif : le demandeur la lira comme une promesse. Retirez la date et donnez plutôt le délai habituel (« en général sous … jours ouvrés »), ou faites de ce délai un engagement dans l’onglet Délais.',
      dateWithoutTime:
        'Ce message annonce une date ({{placeholder}}) alors qu’aucun délai de réponse n’est fixé : cette date ne repose sur rien. Fixez le délai dans l’onglet Délais, ou retirez la date du message.',
    },
    preview: {
      heading: 'Aperçu',
      samples:
        'Rempli avec les réponses saisies dans l’aperçu du formulaire, ou avec des exemples quand il n’y en a pas.',
      reason: 'Motif choisi pour l’aperçu',
      subject: 'Objet : ',
      smsCount_one: '{{count}} caractère : {{parts}} SMS ({{perPart}} caractères par SMS).',
      smsCount_other: '{{count}} caractères : {{parts}} SMS ({{perPart}} caractères par SMS).',
      smsCulprits_one:
        'Ce caractère du texte est hors de l’alphabet des SMS et réduit la place à {{perPart}} caractères par SMS :',
      smsCulprits_other:
        'Ces caractères du texte sont hors de l’alphabet des SMS et réduisent la place à {{perPart}} caractères par SMS :',
      smsSamples:
        'Les exemples de réponses et de dates sont écrits ici avec l’alphabet des SMS : seul votre texte compte pour le calcul.',
      characterNames: {
        '2019': '(apostrophe typographique)',
        '2018': '(apostrophe ouvrante)',
        '00AB': '(guillemet ouvrant)',
        '00BB': '(guillemet fermant)',
        '201C': '(guillemet anglais ouvrant)',
        '201D': '(guillemet anglais fermant)',
        '00A0': '(espace insécable)',
        '202F': '(espace fine insécable)',
        '2009': '(espace fine)',
        '2026': '(points de suspension)',
        '2013': '(tiret moyen)',
        '2014': '(tiret long)',
        '0153': '(e dans l’o)',
      },
    },
  },
  commitment: {
    heading: 'Délai de réponse',
    help: 'Le demandeur lit tout délai affiché comme une promesse : dites s’il s’agit d’un engagement du service ou d’une simple indication.',
    kind: 'Ce délai est',
    kinds: {
      commitment: 'un engagement : le service promet de répondre dans ce délai',
      indication: 'une indication : le délai habituel, sans promesse',
    },
    days: 'Délai annoncé au demandeur (jours ouvrés)',
    daysHelp: 'Laissez vide tant que l’atelier n’a pas décidé.',
    computedHeading: 'Ce que permet le traitement',
    computed:
      'Le parcours le plus long prend $t(tracking:workingDays, {"count": {{days}} }), d’après les délais des étapes du traitement.',
    useComputed: 'Annoncer $t(tracking:workingDays, {"count": {{days}} })',
    noPath: 'Aucun parcours du traitement n’arrive à une fin : le délai ne peut pas être calculé.',
    truncated: 'Le traitement a trop de parcours : seuls les {{count}} premiers sont comptés.',
    pathsCaption: 'Parcours du traitement et leur durée',
    path: 'Parcours',
    pathEnd: 'Aboutit à',
    pathDays: 'Durée (jours ouvrés)',
    pathWaiting: 'dont attente du demandeur',
    pathVerdict: 'Respecte le délai ?',
    pathOk: 'oui',
    pathBreaks: 'non, dépasse de {{days}} j',
    pathNoLimit: 'pas de délai annoncé',
    noEnd: 'sans statut final',
    minimum: 'au moins {{days}}',
    withoutDelay: 'Ces tâches n’ont pas de délai, la durée est donc un minimum : {{steps}}.',
    breaking_one:
      '{{count}} parcours dépasse le délai annoncé de $t(tracking:workingDays, {"count": {{days}} }) : raccourcissez les étapes ou annoncez un délai plus long.',
    breaking_other:
      '{{count}} parcours dépassent le délai annoncé de $t(tracking:workingDays, {"count": {{days}} }) : raccourcissez les étapes ou annoncez un délai plus long.',
    breakingIndication_one:
      '{{count}} parcours dépasse le délai indiqué de $t(tracking:workingDays, {"count": {{days}} }).',
    breakingIndication_other:
      '{{count}} parcours dépassent le délai indiqué de $t(tracking:workingDays, {"count": {{days}} }).',
    documents: 'Quand le service demande des pièces, le délai',
    documentsOptions: {
      suspends: 'est suspendu jusqu’à leur réception',
      restarts: 'repart de zéro à leur réception',
      runs: 'continue de courir',
    },
    silence: 'Si le service ne répond pas à temps, son silence vaut',
    silenceOptions: {
      none: 'rien de particulier',
      acceptance: 'acceptation (silence vaut accord)',
      refusal: 'refus (silence vaut rejet)',
    },
    silenceAfter: 'Au bout de (jours calendaires)',
    silenceAfterHelp: 'Souvent deux mois, soit 60 jours.',
    outlastsSilence:
      'Attention : le parcours le plus long ({{days}} jours ouvrés, jusqu’à {{calendar}} jours calendaires avec les week-ends et les jours fériés) dépasse le délai au bout duquel le silence décide ({{after}} jours).',
  },
  code: {
    heading: 'Code de suivi',
    help: 'Le code que le demandeur reçoit au dépôt de sa demande, pour la suivre sans compte.',
    example: 'Exemple : ',
    another: 'Autre exemple',
    count: 'Ce format permet {{total}} codes différents.',
    guessable:
      'C’est peu : un code pourrait être trouvé en essayant. Allongez le code ou ajoutez des caractères.',
    length: 'Nombre de caractères',
    lengthInvalid: 'Un nombre entier de {{min}} à {{max}}.',
    alphabet: 'Caractères utilisés',
    alphabetHelp:
      'Des majuscules et des chiffres, chacun une fois. Par défaut, les 20 consonnes : pas de voyelle, donc pas de mot gênant.',
    alphabetInvalid:
      'Utilisez seulement des majuscules sans accent et des chiffres, chacun une seule fois, au moins 2.',
    resetAlphabet: 'Revenir aux 20 consonnes',
    confusable: 'Ces caractères se confondent à la lecture : {{groups}}.',
    secure:
      'Les codes sont tirés avec le générateur cryptographique du navigateur, chaque caractère ayant exactement la même probabilité.',
    confirm: 'Pour voir sa demande, le demandeur confirme aussi',
    confirmNone: 'Rien : le code suffit',
    confirmHelp:
      'Une réponse qu’il a donnée (par exemple son adresse électronique), pour qu’un code trouvé ou perdu ne suffise pas.',
    confirmMissing: 'Champ supprimé du formulaire',
  },
  preview: {
    heading: 'Page de suivi du demandeur',
    help: 'Telle que le demandeur la verrait.',
    path: 'Parcours de la demande',
    pathOption: 'Vers « {{status}} » ({{days}} j)',
    pathOptionLoop: 'Vers « {{status}} », avec demande de pièces ({{days}} j)',
    final: 'Issue de la demande',
    stage: 'Où en est la demande',
    stageOption: '{{index}}. {{status}}',
    stageHidden: '{{index}}. {{status}} (interne)',
    frameLabel: 'Aperçu de la page de suivi',
  },
  samples: {
    requesterName: 'Camille Martin',
    firstName: 'Camille',
    lastName: 'Martin',
    yes: 'Oui',
    no: 'Non',
    text: 'Exemple de réponse à « {{label}} »',
  },
  readiness: {
    staleWording:
      'Le statut « {{status}} » s’appelait « {{former}} » : ses messages le nomment encore ainsi.',
    timeLimitUnbacked:
      'Le délai de $t(tracking:workingDays, {"count": {{days}} }) du statut « {{status}} » ne correspond plus au traitement.',
    confirmFieldMissing:
      'Le code de suivi demande de confirmer une réponse à un champ supprimé du formulaire.',
    codeGuessable:
      'Le format du code de suivi permet trop peu de codes : un code pourrait être deviné.',
    statusWithoutLabel: 'Le statut n° {{position}} n’a pas de libellé.',
    noFinalStatus: 'Aucun statut n’est final : une demande ne se termine jamais.',
    invalidMessage:
      'Un message du statut « {{status}} » contient du HTML ou des accolades non refermées.',
    danglingPlaceholder:
      'Un message du statut « {{status}} » utilise « {{name}} », qui ne correspond à aucun champ du formulaire.',
    reasonWithoutReasons:
      'Un message du statut « {{status}} » affiche un motif mais n’en propose aucun.',
    dateUnderIndication:
      'Un message du statut « {{status}} » annonce une date de réponse alors que le délai n’est qu’indicatif : le demandeur la lira comme une promesse.',
    dateWithoutTime:
      'Un message du statut « {{status}} » annonce une date de réponse alors qu’aucun délai n’est fixé.',
    noCommitment: 'Le délai de réponse annoncé au demandeur n’est pas décidé.',
    silenceWithoutPeriod:
      'La règle du silence de l’administration est choisie, mais pas le délai au bout duquel elle s’applique.',
    noProcess:
      'Le processus de traitement n’est pas dessiné : les statuts ne sont reliés à aucune étape.',
    unsetStatus: 'Aucune étape du traitement ne fixe le statut « {{status}} ».',
    unreachableFinal: 'Aucun parcours du traitement n’atteint le statut final « {{status}} ».',
    stepWithoutStatus: 'La tâche « {{step}} » ne fixe aucun statut.',
    stepWithUnknownStatus: 'L’étape « {{step}} » fixe un statut qui n’existe plus.',
    pathsBreakCommitment_one:
      '{{count}} parcours du traitement dépasse le délai de $t(tracking:dayCount, {"count": {{days}} }) sur lequel le service s’engage (le plus long : {{longest}} jours).',
    pathsBreakCommitment_other:
      '{{count}} parcours du traitement dépassent le délai de $t(tracking:dayCount, {"count": {{days}} }) sur lequel le service s’engage (le plus long : {{longest}} jours).',
    pathsExceedIndication_one:
      '{{count}} parcours du traitement dépasse le délai indiqué de $t(tracking:dayCount, {"count": {{days}} }) (le plus long : {{longest}} jours).',
    pathsExceedIndication_other:
      '{{count}} parcours du traitement dépassent le délai indiqué de $t(tracking:dayCount, {"count": {{days}} }) (le plus long : {{longest}} jours).',
    outlastsSilenceAcceptance:
      'Le parcours le plus long ({{longest}} jours ouvrés) dépasse les {{days}} jours au bout desquels le silence vaut accord.',
    outlastsSilenceRefusal:
      'Le parcours le plus long ({{longest}} jours ouvrés) dépasse les {{days}} jours au bout desquels le silence vaut rejet.',
  },
  errors: {
    statusNotFound: 'Ce statut n’existe plus.',
    duplicateStatus: 'Un statut a déjà cet identifiant.',
    invalidStatus: 'Cette valeur n’est pas valable pour un statut.',
    statusInUse_one:
      'Le statut « {{status}} » est fixé par une étape du traitement : {{steps}}. Donnez-lui d’abord un autre statut.',
    statusInUse_other:
      'Le statut « {{status}} » est fixé par {{count}} étapes du traitement : {{steps}}. Donnez-leur d’abord un autre statut.',
    statusMaybeInUse:
      'Le statut « {{status}} » est peut-être utilisé par le traitement, qui ne peut pas être lu : corrigez d’abord le traitement.',
    lastStatus: 'Une demande a toujours au moins un statut.',
    processChanged: 'Le traitement vient de changer : réessayez.',
    messageNotFound: 'Ce message n’existe plus.',
    duplicateMessage: 'Un message a déjà cet identifiant.',
    invalidChannel: 'Ce canal n’existe pas.',
    invalidCodeFormat: 'Ce format de code n’est pas valable.',
    invalidCommitment: 'Ce délai n’est pas valable.',
  },
};
