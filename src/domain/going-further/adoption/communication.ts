import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { Frame } from '../../frame/schema';
import type { Purpose } from '../../purpose/schema';
import type { Tracking } from '../../tracking/schema';
import { audienceDate, type CommunicationMoments } from './communicationDates';
import type { CommunicationWording } from './communicationWording';
import type { Audience } from './schema';

export const internalNoteKey = 'communication:internal-note';
export const keyMessagesKey = 'communication:key-messages';

/** What the plan is drafted from: the prototype's name, purpose, tracking and frame. */
export interface CommunicationSource {
  name: string;
  purpose: Purpose;
  tracking: Tracking;
  frame?: Frame;
}

/** The note announcing the digitalisation to the council and the management. */
export function internalNoteDraft(source: CommunicationSource, words: CommunicationWording) {
  return words.noteDraft({
    name: source.name.trim(),
    statement: source.purpose.statement.trim(),
    owningService: source.purpose.owningService.trim(),
    deadline: source.frame?.when.deadline ?? '',
  });
}

/**
 * The key messages for requesters, one a line: no more travel, available at all hours,
 * the tracking code, the promised (or usual) response time, and the value the purpose
 * names for the requester.
 */
export function keyMessagesDraft(source: CommunicationSource, words: CommunicationWording) {
  const { commitment, code } = source.tracking;
  const lines = [words.noTravel, words.allHours, words.trackingCode(code.length)];
  if (commitment.days !== null) {
    lines.push(
      commitment.kind === 'commitment'
        ? words.promise(commitment.days)
        : words.usualTime(commitment.days),
    );
  }
  const value = source.purpose.value.trim();
  if (value) lines.push(value);
  return lines.join('\n');
}

/** An audience the team has still to describe: nothing but its id and its scope. */
export const blankAudience = (id: string, scope: Audience['scope']): Audience => ({
  id,
  name: '',
  scope,
  results: '',
  context: '',
  messages: '',
  channels: [],
  messenger: '',
  date: '',
});

/** The audiences proposed to start a plan with, each to be completed by the team. */
export function suggestedAudiences(
  source: CommunicationSource,
  roles: readonly string[],
  words: CommunicationWording,
  newId: () => string,
): Audience[] {
  const s = words.suggested;
  const blank = { context: '', messages: '', channels: [], date: '' } as const;
  const agentRoles = roles.filter((role) => role.trim() !== '');
  return [
    {
      ...blank,
      id: newId(),
      name: s.authorities,
      scope: 'internal',
      results: s.authoritiesResults,
      channels: ['meeting'],
      messenger: s.authoritiesMessenger,
    },
    {
      ...blank,
      id: newId(),
      name: s.agents,
      scope: 'internal',
      results: s.agentsResults,
      context: agentRoles.length ? s.agentsContext(agentRoles.join(', ')) : '',
      channels: ['intranet', 'meeting'],
      messenger: s.agentsMessenger,
    },
    {
      ...blank,
      id: newId(),
      name: source.purpose.audience.trim() || s.requesters,
      scope: 'external',
      results: s.requestersResults,
      channels: ['website', 'posters', 'social'],
      messenger: s.requestersMessenger,
    },
    {
      ...blank,
      id: newId(),
      name: s.partners,
      scope: 'external',
      results: s.partnersResults,
      channels: ['emailing'],
      messenger: s.partnersMessenger,
    },
  ];
}

/** An audience's date as the plan's table says it: proposed, chosen, or chosen against the calendar. */
function dateCell(
  audience: Audience,
  moments: CommunicationMoments | undefined,
  words: CommunicationWording,
) {
  const date = audienceDate(audience, moments);
  if (date.day === '') return words.notPlanned;
  if (date.proposed) return words.proposedDate(date.day);
  if (date.problem && moments) return words.dateProblem[date.problem](date.day, moments);
  return words.day(date.day);
}

/**
 * The communication plan: the note to the authorities, the key messages, then each
 * audience with its results, context, messages, channels, messenger and date. `note` and
 * `messages` are the texts as the team left them; the dates the team left empty are the
 * deployment calendar's (`moments`), and a date chosen against it says so.
 */
export function communicationDocument(
  audiences: readonly Audience[],
  texts: { note: string; messages: string },
  words: CommunicationWording,
  moments?: CommunicationMoments,
): FabrikDocument {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: words.internalNote },
    ...lines(texts.note).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 1, text: words.keyMessages },
    { kind: 'list', items: lines(texts.messages) },
    { kind: 'heading', level: 1, text: words.audiences },
  ];
  if (audiences.length === 0) blocks.push({ kind: 'paragraph', text: words.noAudience });
  else {
    blocks.push({
      kind: 'paragraph',
      text: moments ? words.alignment(moments) : words.noCalendar,
    });
    blocks.push({
      kind: 'table',
      caption: words.audiencesCaption,
      columns: [...words.audiencesColumns],
      rows: audiences.map((audience) => [
        audience.name,
        words.scopes[audience.scope],
        audience.results,
        audience.context,
        audience.messages.trim() || words.sameMessages,
        audience.channels.map((channel) => words.channels[channel]).join(', '),
        audience.messenger,
        dateCell(audience, moments, words),
      ]),
    });
  }
  return { title: words.title, blocks };
}
