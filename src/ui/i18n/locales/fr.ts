export const fr = {
  app: {
    name: 'Fabrik',
    tagline: 'Prototyper une démarche en ligne, en atelier',
    areas: {
      label: 'Espaces de Fabrik',
      prototypes: 'Vos prototypes',
      services: 'Catalogue des services',
    },
    skipToContent: 'Aller au contenu',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch the interface to English',
    updateReady:
      'Une nouvelle version de Fabrik est prête : elle sera utilisée à la prochaine ouverture.',
    updateNow: 'Mettre à jour maintenant',
  },
  actions: {
    cancel: 'Annuler',
    close: 'Fermer',
    retry: 'Réessayer',
    undo: 'Annuler',
    redo: 'Rétablir',
    undoShortcut: 'Annuler la dernière modification (Ctrl+Z)',
    redoShortcut: 'Rétablir la modification annulée (Ctrl+Maj+Z)',
    export: 'Exporter',
    exportPrototype: 'Exporter le prototype (fichier .fabrik.json)',
    dismiss: 'Fermer le message',
  },
  files: {
    version: 'v{{version}}',
    submission: 'soumission-{{version}}',
    decision: {
      verified: 'v{{version}}-verifie',
      'changes-requested': 'v{{version}}-a-revoir',
      approved: 'v{{version}}-approuve',
      rejected: 'v{{version}}-refuse',
    },
  },
  presence: {
    selectedBy: 'Sélectionné par {{name}}',
    selectedByPrefix: 'Sélectionné par',
  },
  steps: {
    navigation: 'Étapes du prototype',
    presenting: 'Changer d’étape',
    position: 'Étape {{number}} sur {{total}}',
    done: 'faite',
    purpose: 'Finalité',
    frame: 'Cadrage',
    form: 'Formulaire',
    process: 'Traitement',
    tracking: 'Suivi et réponses',
    exceptions: 'Exceptions',
    workshops: 'Ateliers et versions',
    review: 'Vérification',
    'going-further': 'Pour aller plus loin',
    tryOut: 'Essayer l’e-service',
    loading: 'Ouverture du prototype…',
    loadingStep: 'Chargement de l’étape…',
  },
  status: {
    draft: 'Brouillon',
    submitted: 'Soumis à vérification',
    'changes-requested': 'Modifications demandées',
    verified: 'Vérifié',
    approved: 'Approuvé',
    rejected: 'Rejeté',
  },
  autosave: {
    saved: 'Enregistré',
    pending: 'Modifications en attente…',
    saving: 'Enregistrement…',
    error: 'Erreur d’enregistrement',
    conflict: 'Modifié dans un autre onglet',
    missing: 'Supprimé ailleurs',
    recovered:
      'Vos dernières modifications, faites avant la fermeture de la page, ont été récupérées.',
    keptInBrowser:
      'Vos dernières modifications n’ont pas pu être enregistrées. Fabrik les garde dans ce navigateur : elles vous seront proposées à la prochaine ouverture du prototype.',
    unsavedCopyTitle: 'Des modifications n’ont pas pu être reprises',
    unsavedCopyBody:
      'Faites avant une fermeture de la page, elles portent sur une version que le prototype a dépassée depuis (il a été modifié dans un autre onglet). Téléchargez-les pour les comparer ou les réimporter, ou abandonnez-les.',
    downloadUnsavedCopy: 'Télécharger ces modifications',
    dropUnsavedCopy: 'Les abandonner',
    updatedElsewhere:
      'Ce prototype a été mis à jour dans un autre onglet : vous voyez sa dernière version.',
    reloaded: 'Le prototype a été rechargé.',
    conflictTitle: 'Ce prototype a été modifié dans un autre onglet',
    conflictBody:
      'Vos dernières modifications n’ont pas été enregistrées, pour ne pas écraser celles de l’autre onglet. Rechargez pour reprendre sa version, ou exportez d’abord la vôtre pour la garder.',
    missingTitle: 'Ce prototype a été supprimé dans un autre onglet',
    missingBody:
      'Vos modifications ne peuvent plus être enregistrées ici. Exportez-les pour ne pas les perdre ; si la suppression est annulée, l’enregistrement reprend.',
    reload: 'Recharger la dernière version',
    exportMine: 'Exporter ma version',
    errorTitle: 'Vos modifications ne sont pas enregistrées',
  },
  undoAlreadyDone: 'Cette modification est déjà annulée.',
  undoTooLate:
    'D’autres modifications ont suivi : utilisez « Annuler » en haut de l’écran pour revenir en arrière.',
  milestone: {
    notStored:
      'Cette action n’a pas pu être enregistrée dans ce navigateur : elle n’est pas prise en compte, et rien n’a été envoyé ni téléchargé. Réglez le problème d’enregistrement signalé, puis recommencez.',
  },
  storage: {
    quota:
      'L’espace de stockage du navigateur est plein. Vos modifications restent à l’écran : exportez le prototype, puis libérez de la place (supprimez d’anciens prototypes) et réessayez.',
    unavailable:
      'Le stockage du navigateur est indisponible (navigation privée, ou stockage désactivé). Vos modifications restent à l’écran tant que la page est ouverte : exportez le prototype pour les garder.',
    notDownloaded:
      'Une partie de Fabrik n’a pas pu être téléchargée : le réseau est peut-être coupé. Vos modifications restent à l’écran, et sont enregistrées dès le retour du réseau.',
    unknown:
      'Le navigateur a refusé l’enregistrement. Vos modifications restent à l’écran : réessayez, ou exportez le prototype pour les garder.',
    unreadable:
      'Ce qui est enregistré dans ce navigateur ne peut pas être lu par cette version de Fabrik (enregistré par une version plus récente, ou abîmé). Rien n’a été écrasé : exportez son contenu brut depuis la liste des prototypes.',
  },
  errors: {
    nameRequired: 'Le nom est obligatoire.',
    nameTooLong: 'Le nom ne doit pas dépasser {{max}} caractères.',
    boundaryTitle: 'Cette partie de l’écran a rencontré une erreur',
    boundaryBody:
      'Le reste de Fabrik fonctionne et vos données enregistrées ne sont pas touchées. Exportez le prototype par précaution, puis réessayez.',
    boundaryDetail: 'Détail de l’erreur',
    notFoundTitle: 'Page introuvable',
    notFoundBody: 'Cette adresse ne correspond à aucune page de Fabrik.',
    prototypeNotFoundTitle: 'Prototype introuvable',
    loadFailedTitle: 'Prototype impossible à ouvrir',
    prototypeNotFound:
      'Ce prototype n’existe pas dans ce navigateur. Il a peut-être été supprimé, ou créé sur un autre poste : importez son fichier.',
    loadFailed: 'Le prototype n’a pas pu être chargé.',
    /** Why a prototype could not be opened: nothing was being edited, nothing is lost. */
    openingFailed: {
      quota:
        'L’espace de stockage du navigateur est plein. Libérez de la place (supprimez d’anciens prototypes depuis la liste), puis réessayez.',
      unavailable:
        'Le stockage du navigateur est indisponible (navigation privée, ou stockage désactivé) : les prototypes enregistrés ne peuvent pas être lus dans cet onglet.',
      notDownloaded:
        'Une partie de Fabrik n’a pas pu être téléchargée : le réseau est peut-être coupé. Rien n’est perdu : réessayez une fois le réseau revenu, ou rechargez la page.',
      unknown: 'Le navigateur a refusé la lecture. Rien n’a été modifié : réessayez.',
    },
    retryOpening: 'Réessayer',
    backToCatalogue: 'Retour au catalogue',
  },
  bundle: {
    tooLarge:
      'Le fichier est trop volumineux ({{size}}) : un prototype Fabrik fait au plus {{max}}.',
    empty: 'Le fichier est vide.',
    notJson:
      'Ce fichier n’est pas un fichier Fabrik : son contenu n’est pas du JSON valide ({{where}}).',
    wrongFormat:
      'Ce fichier n’est pas un prototype Fabrik (format attendu : « fabrik/prototype-bundle »{{found}}).',
    wrongFormatFound: ', trouvé : « {{format}} »',
    missingVersion:
      'Le fichier ne dit pas dans quelle version du format il est écrit (formatVersion manquant ou invalide).',
    newerVersion:
      'Ce fichier a été écrit par une version plus récente de Fabrik (format {{found}}, cette version lit jusqu’au format {{supported}}). Mettez Fabrik à jour pour l’ouvrir.',
    invalid: 'Le fichier est incomplet ou abîmé : nombre de problèmes trouvés : {{count}}.',
    problem: '{{path}} : {{message}}',
    hashMismatch:
      'Le contenu du fichier a été modifié après son export : son empreinte ne correspond plus. Demandez le fichier d’origine à la personne qui vous l’a envoyé.',
    readFailed: 'Le fichier n’a pas pu être lu.',
    nothingChanged: 'Rien n’a été modifié dans vos prototypes.',
    repaired: 'Le fichier a été importé avec des corrections :',
    repairs: {
      duplicateId: 'identifiant en double « {{id}} » remplacé dans la liste {{list}}',
      unknownParticipant:
        'participant inconnu « {{id}} » retiré de l’exception « {{holder}} » (soulevée par ou responsable du suivi)',
      unknownWorkshop: 'atelier inconnu « {{id}} » retiré de l’exception « {{holder}} »',
      unknownAttendee:
        'participant inconnu « {{id}} » retiré des présents de l’atelier « {{holder}} »',
    },
  },
};
