import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { HelpKind, Impacts, RequestChannel } from '../../frame/schema';
import type { RequesterSupportKind, Support } from './schema';
import type { DocumentLanguage } from './wording';

export interface SupportWording {
  title: string;
  requesters: string;
  noRequesterSupport: string;
  faqCount: (count: number) => string;
  agents: string;
  noAgentSupport: string;
  inclusion: string;
  struggling: (text: string) => string;
  noInclusion: string;
  inclusionCaption: string;
  inclusionColumns: [string, string, string];
  noShare: string;
  share: (percent: number) => string;
  requesterKinds: Record<RequesterSupportKind, string>;
  helpKinds: Record<HelpKind, string>;
  missingHelp: (help: string) => string;
  missingChannel: (help: string, percent: number) => string;
}

const fr: SupportWording = {
  title: 'Support et inclusion numérique',
  requesters: 'Support aux demandeurs',
  noRequesterSupport: 'Aucun support en ligne choisi pour l’instant.',
  faqCount: (count) => `La FAQ compte ${count} question${count > 1 ? 's' : ''}.`,
  agents: 'Support aux agents',
  noAgentSupport: 'À préciser : qui répond aux questions des agents, et comment.',
  inclusion: 'Inclusion numérique',
  struggling: (text) => `Qui peut avoir du mal en ligne : ${text}`,
  noInclusion: 'Aucune aide prévue pour ceux qui ne peuvent pas faire la démarche en ligne.',
  inclusionCaption: 'Aides aux demandeurs',
  inclusionColumns: ['Aide', 'Modalités', 'Part des demandes attendue'],
  noShare: '—',
  share: (percent) => `${percent} %`,
  requesterKinds: {
    faq: 'Foire aux questions',
    tutorials: 'Tutoriels',
    chat: 'Messagerie instantanée',
    email: 'Adresse de contact',
    'phone-line': 'Ligne téléphonique',
  },
  helpKinds: {
    phone: 'Téléphone',
    counter: 'Guichet',
    'assisted-digital': 'Accompagnement numérique',
    'france-services': 'France Services',
  },
  missingHelp: (help) => `Le cadrage prévoit « ${help} » : il manque au plan d’inclusion.`,
  missingChannel: (help, percent) =>
    `Le cadrage attend ${percent} % des demandes par « ${help} » : il manque au plan d’inclusion.`,
};

const en: SupportWording = {
  title: 'Support and digital inclusion',
  requesters: 'Support to requesters',
  noRequesterSupport: 'No online support chosen yet.',
  faqCount: (count) => `The FAQ has ${count} question${count === 1 ? '' : 's'}.`,
  agents: 'Support to agents',
  noAgentSupport: 'To be set: who answers the agents’ questions, and how.',
  inclusion: 'Digital inclusion',
  struggling: (text) => `Who may struggle online: ${text}`,
  noInclusion: 'No help planned for those who cannot apply online.',
  inclusionCaption: 'Help to requesters',
  inclusionColumns: ['Help', 'Arrangements', 'Expected share of requests'],
  noShare: '—',
  share: (percent) => `${percent} %`,
  requesterKinds: {
    faq: 'Frequently asked questions',
    tutorials: 'Tutorials',
    chat: 'Chat',
    email: 'Contact address',
    'phone-line': 'Phone line',
  },
  helpKinds: {
    phone: 'Phone',
    counter: 'Counter',
    'assisted-digital': 'Assisted digital',
    'france-services': 'France Services',
  },
  missingHelp: (help) => `The frame plans “${help}”: it is missing from the inclusion plan.`,
  missingChannel: (help, percent) =>
    `The frame expects ${percent} % of requests through “${help}”: it is missing from the inclusion plan.`,
};

export const supportWording: Record<DocumentLanguage, SupportWording> = { fr, en };

/** The request channel a help answers, when the frame's impacts give it a share. */
const channelOf: Partial<Record<HelpKind, RequestChannel>> = {
  phone: 'phone',
  counter: 'counter',
  'france-services': 'france-services',
};

/**
 * What the inclusion plan lacks against the impacts of the frame: each help the frame
 * offers requesters, and each channel it expects requests through, needs its help.
 */
export function inclusionGaps(
  support: Support,
  impacts: Impacts | undefined,
  words: SupportWording,
): string[] {
  if (!impacts) return [];
  const planned = new Set(support.inclusion.map((help) => help.kind));
  const gaps = impacts.requesters.help
    .filter((kind) => !planned.has(kind))
    .map((kind) => words.missingHelp(words.helpKinds[kind]));
  for (const [kind, channel] of Object.entries(channelOf) as [HelpKind, RequestChannel][]) {
    const share = impacts.requesters.channels[channel] ?? 0;
    if (share > 0 && !planned.has(kind) && !impacts.requesters.help.includes(kind))
      gaps.push(words.missingChannel(words.helpKinds[kind], share));
  }
  return gaps;
}

/** The support and inclusion plan as a document. */
export function supportDocument(
  support: Support,
  context: { impacts?: Impacts; faqCount: number },
  words: SupportWording,
): FabrikDocument {
  const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
  const heading = (text: string): DocumentBlock => ({ kind: 'heading', level: 1, text });
  const struggling = context.impacts?.requesters.struggling.trim();
  const blocks: DocumentBlock[] = [
    heading(words.requesters),
    support.requesters.length
      ? { kind: 'list', items: support.requesters.map((kind) => words.requesterKinds[kind]) }
      : paragraph(words.noRequesterSupport),
  ];
  if (support.requesters.includes('faq')) blocks.push(paragraph(words.faqCount(context.faqCount)));
  blocks.push(heading(words.agents), paragraph(support.agents.trim() || words.noAgentSupport));
  blocks.push(heading(words.inclusion));
  if (struggling) blocks.push(paragraph(words.struggling(struggling)));
  if (support.inclusion.length === 0) blocks.push(paragraph(words.noInclusion));
  else {
    blocks.push({
      kind: 'table',
      caption: words.inclusionCaption,
      columns: [...words.inclusionColumns],
      rows: support.inclusion.map((help) => {
        const channel = channelOf[help.kind];
        const share = channel ? context.impacts?.requesters.channels[channel] : undefined;
        return [
          words.helpKinds[help.kind],
          help.details,
          share === undefined ? words.noShare : words.share(share),
        ];
      }),
    });
  }
  return { title: words.title, blocks };
}
