import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

const fr = {
  title: 'Finalité de la démarche',
  intro:
    'Commencez par là : rien ne se conçoit bien tant que la finalité n’est pas écrite. Répondez en quelques phrases simples, comme vous l’expliqueriez à un usager au guichet.',
  progress: 'Rubriques remplies : {{done}} sur {{total}}',
  name: {
    label: 'Nom de la démarche',
    help: 'Le nom que verra le demandeur en haut du formulaire.',
  },
  items: {
    statement: {
      label: 'Pourquoi cette démarche existe-t-elle ?',
      help: 'La finalité en une ou deux phrases : ce que la démarche permet d’obtenir, et pourquoi l’administration en a besoin.',
    },
    audience: {
      label: 'Pour qui ?',
      help: 'Les demandeurs : particuliers, entreprises, associations, agents… Précisez les conditions (âge, résidence, statut).',
    },
    value: {
      label: 'Qu’y gagne le demandeur ?',
      help: 'Ce qui change pour lui par rapport à aujourd’hui : moins de déplacements, moins de pièces, une réponse plus rapide…',
    },
    outOfScope: {
      label: 'Ce que la démarche ne couvrira pas',
      help: 'Les cas et les demandes laissés de côté, pour que l’atelier ne s’y perde pas. Les cas particuliers iront dans la liste des exceptions.',
    },
    legalBasis: {
      label: 'Base légale ou réglementaire',
      help: 'Le texte qui fonde la démarche : loi, décret, arrêté, délibération (avec sa référence).',
    },
    owningService: {
      label: 'Service responsable',
      help: 'Le service qui traite les demandes et répond aux demandeurs.',
    },
  },
  readiness: {
    statement: 'La finalité de la démarche n’est pas écrite.',
    audience: 'Le public de la démarche n’est pas décrit.',
    value: 'Ce qu’y gagne le demandeur n’est pas décrit.',
    outOfScope: 'Ce que la démarche ne couvrira pas n’est pas écrit.',
    legalBasis: 'La base légale ou réglementaire n’est pas indiquée.',
    owningService: 'Le service responsable n’est pas indiqué.',
  },
};

const en: Translation<typeof fr> = {
  title: 'Purpose of the procedure',
  intro:
    'Start here: nothing can be designed well until the purpose is written. Answer in a few plain sentences, as you would explain it to a member of the public at the counter.',
  progress: '{{done}} of {{total}} items filled in',
  name: {
    label: 'Name of the procedure',
    help: 'The name the requester will see at the top of the form.',
  },
  items: {
    statement: {
      label: 'Why does this procedure exist?',
      help: 'The purpose in one or two sentences: what the procedure lets people obtain, and why the administration needs it.',
    },
    audience: {
      label: 'Who is it for?',
      help: 'The requesters: individuals, companies, associations, staff… State the conditions (age, residence, status).',
    },
    value: {
      label: 'What does the requester gain?',
      help: 'What changes for them compared with today: fewer trips, fewer documents, a faster answer…',
    },
    outOfScope: {
      label: 'What the procedure will not cover',
      help: 'The cases and requests left aside, so that the workshop does not get lost in them. Special cases go to the exceptions list.',
    },
    legalBasis: {
      label: 'Legal or regulatory basis',
      help: 'The text the procedure rests on: law, decree, order, council decision (with its reference).',
    },
    owningService: {
      label: 'Owning service',
      help: 'The service that processes requests and answers requesters.',
    },
  },
  readiness: {
    statement: 'The purpose of the procedure is not written.',
    audience: 'Who the procedure is for is not described.',
    value: 'What the requester gains is not described.',
    outOfScope: 'What the procedure will not cover is not written.',
    legalBasis: 'The legal or regulatory basis is not given.',
    owningService: 'The owning service is not given.',
  },
};

registerTranslations('purpose', { fr, en });
