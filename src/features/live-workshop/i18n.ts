import { registerTranslations } from '../../ui/i18n/i18n';
import type { Translation } from '../../ui/i18n/types';

const fr = {
  bar: 'Atelier en direct',
  share: 'Partager en direct',
  status: {
    connecting: 'Connexion au serveur d’atelier…',
    online: 'En direct',
    offline: 'Hors ligne : vos changements sont gardés et seront envoyés au retour du réseau',
  },
  roles: {
    owner: 'référent',
    editor: 'éditeur',
    commenter: 'commentateur',
    viewer: 'spectateur',
  },
  participants: 'Participants',
  you: '{{name}} (vous)',
  where: '{{step}}',
  whereSelected: '{{step}} · « {{label}} »',
  editsDiagram: 'modifie le diagramme',
  follow: 'Suivre le référent',
  problems: {
    'invalid-token':
      'Ce lien de partage n’est pas ou plus valable. Le prototype reste disponible dans ce navigateur.',
    'room-ended':
      'Le référent a arrêté le partage. Le prototype reste disponible dans ce navigateur.',
    ended: 'Le référent a arrêté le partage. Le prototype reste disponible dans ce navigateur.',
    revoked:
      'Le référent a révoqué votre lien. Le prototype reste disponible dans ce navigateur, sans les changements des autres.',
    'room-full':
      'L’atelier est complet : le serveur refuse de nouvelles connexions. Réessayez plus tard.',
    'read-only':
      'Le serveur a refusé votre modification : votre lien permet de suivre (ou de commenter), pas de modifier. Le prototype partagé est rechargé.',
    'too-large':
      'Le serveur a refusé une modification trop volumineuse. Le prototype partagé est rechargé.',
    'document-full':
      'Le prototype partagé a atteint la taille maximale du serveur : la modification est refusée.',
    flood:
      'Trop de modifications en peu de temps : le serveur a coupé la connexion. Rechargez la page.',
    malformed: 'Le serveur a refusé une modification illisible. Le prototype partagé est rechargé.',
    unreachable: 'Le serveur d’atelier est injoignable.',
    'diagram-locked':
      'Quelqu’un d’autre modifie le diagramme : votre modification du diagramme n’est pas partagée.',
    'invalid-content':
      'Le prototype partagé reçu est incomplet ou invalide : il n’a pas été appliqué.',
  },
  dismiss: 'Fermer le message',
  dialog: {
    title: 'Partager le prototype en direct',
    intro:
      'Les participants suivent, commentent ou modifient le prototype depuis leur appareil. Chaque lien donne un rôle ; le serveur d’atelier le fait respecter.',
    server: 'Adresse du serveur d’atelier',
    serverHelp: 'Par exemple ws://localhost:1234 (npm run server) ou wss://atelier.exemple.fr',
    serverInvalid: 'Donnez une adresse qui commence par ws:// ou wss://',
    start: 'Partager',
    linkFor: {
      viewer: 'Lien spectateur (suit en direct)',
      commenter: 'Lien commentateur (commente, vote, propose des exceptions)',
      editor: 'Lien éditeur (modifie le prototype)',
    },
    copy: 'Copier',
    copied: 'Lien copié.',
    showQr: 'QR code',
    qrFor: 'QR code du lien {{role}}',
    revoke: 'Révoquer',
    revokeTitle: 'Remplacer ce lien : qui a l’ancien est déconnecté',
    end: 'Arrêter le partage',
    notOwner:
      'Vous participez avec le rôle {{role}}. Seul le référent partage et révoque les liens.',
  },
  revoked: 'Lien révoqué : un nouveau lien le remplace.',
  comments: {
    open: 'Commentaires ({{count}})',
    title: 'Commentaires de l’atelier',
    about: 'Sur : {{label}}',
    aboutStep: 'l’étape {{step}}',
    text: 'Votre commentaire',
    proposal: 'Proposer comme exception',
    send: 'Commenter',
    reply: 'Répondre',
    replyLabel: 'Votre réponse',
    resolve: 'Marquer comme réglé',
    reopen: 'Rouvrir',
    resolved: 'réglé',
    voteFor: 'Pour ({{count}})',
    voteAgainst: 'Contre ({{count}})',
    proposalBadge: 'Exception proposée',
    toException: 'Noter l’exception',
    none: 'Aucun commentaire pour l’instant.',
    readOnly: 'Votre lien permet de suivre l’atelier, pas de commenter.',
    nameNeeded: 'Donnez votre nom pour commenter.',
  },
  join: {
    title: 'Rejoindre un atelier',
    name: 'Votre nom',
    nameHelp: 'Il s’affiche à côté de ce que vous regardez et de vos commentaires.',
    nameRequired: 'Donnez votre nom.',
    submit: 'Rejoindre',
    joining: 'Connexion à l’atelier…',
    invalidLink: 'Ce lien de partage est incomplet. Demandez-en un nouveau au référent.',
    refused: 'Le serveur refuse ce lien : {{reason}}',
    unreachable: 'Le serveur d’atelier ne répond pas. Vérifiez le réseau et réessayez.',
    invalidContent: 'Le prototype partagé est invalide : il n’a pas été ouvert.',
  },
};

const en: Translation<typeof fr> = {
  bar: 'Live workshop',
  share: 'Share live',
  status: {
    connecting: 'Connecting to the workshop server…',
    online: 'Live',
    offline: 'Offline: your changes are kept and will be sent when the network is back',
  },
  roles: { owner: 'referent', editor: 'editor', commenter: 'commenter', viewer: 'viewer' },
  participants: 'Participants',
  you: '{{name}} (you)',
  where: '{{step}}',
  whereSelected: '{{step}} · “{{label}}”',
  editsDiagram: 'is editing the diagram',
  follow: 'Follow the referent',
  problems: {
    'invalid-token':
      'This share link is not or no longer valid. The prototype stays in this browser.',
    'room-ended': 'The referent ended the sharing. The prototype stays in this browser.',
    ended: 'The referent ended the sharing. The prototype stays in this browser.',
    revoked:
      'The referent revoked your link. The prototype stays in this browser, without the others’ changes.',
    'room-full': 'The workshop is full: the server refuses new connections. Try again later.',
    'read-only':
      'The server refused your change: your link lets you follow (or comment), not edit. The shared prototype is reloaded.',
    'too-large': 'The server refused a change that is too large. The shared prototype is reloaded.',
    'document-full': 'The shared prototype reached the server’s size limit: the change is refused.',
    flood: 'Too many changes in a short time: the server closed the connection. Reload the page.',
    malformed: 'The server refused an unreadable change. The shared prototype is reloaded.',
    unreachable: 'The workshop server cannot be reached.',
    'diagram-locked': 'Someone else is editing the diagram: your change to it is not shared.',
    'invalid-content':
      'The shared prototype received is incomplete or invalid: it was not applied.',
  },
  dismiss: 'Dismiss the message',
  dialog: {
    title: 'Share the prototype live',
    intro:
      'Participants follow, comment on or edit the prototype from their own device. Each link gives a role, which the workshop server enforces.',
    server: 'Workshop server address',
    serverHelp: 'For instance ws://localhost:1234 (npm run server) or wss://workshop.example.org',
    serverInvalid: 'Give an address starting with ws:// or wss://',
    start: 'Share',
    linkFor: {
      viewer: 'Viewer link (follows live)',
      commenter: 'Commenter link (comments, votes, proposes exceptions)',
      editor: 'Editor link (edits the prototype)',
    },
    copy: 'Copy',
    copied: 'Link copied.',
    showQr: 'QR code',
    qrFor: 'QR code of the {{role}} link',
    revoke: 'Revoke',
    revokeTitle: 'Replace this link: whoever has the old one is disconnected',
    end: 'End sharing',
    notOwner: 'You take part as {{role}}. Only the referent shares and revokes links.',
  },
  revoked: 'Link revoked: a new link replaces it.',
  comments: {
    open: 'Comments ({{count}})',
    title: 'Workshop comments',
    about: 'About: {{label}}',
    aboutStep: 'the {{step}} step',
    text: 'Your comment',
    proposal: 'Propose as an exception',
    send: 'Comment',
    reply: 'Reply',
    replyLabel: 'Your reply',
    resolve: 'Mark as settled',
    reopen: 'Reopen',
    resolved: 'settled',
    voteFor: 'For ({{count}})',
    voteAgainst: 'Against ({{count}})',
    proposalBadge: 'Proposed exception',
    toException: 'Note the exception',
    none: 'No comments yet.',
    readOnly: 'Your link lets you follow the workshop, not comment.',
    nameNeeded: 'Give your name to comment.',
  },
  join: {
    title: 'Join a workshop',
    name: 'Your name',
    nameHelp: 'It shows next to what you look at and to your comments.',
    nameRequired: 'Give your name.',
    submit: 'Join',
    joining: 'Connecting to the workshop…',
    invalidLink: 'This share link is incomplete. Ask the referent for a new one.',
    refused: 'The server refuses this link: {{reason}}',
    unreachable: 'The workshop server does not answer. Check the network and try again.',
    invalidContent: 'The shared prototype is invalid: it was not opened.',
  },
};

registerTranslations('live', { fr, en });
