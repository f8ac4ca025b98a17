import type { Participant } from './schema';

/** Beyond this many people a workshop stops being a working group (DESIGN.md). */
export const MAX_TEAM_SIZE = 6;

export function hasReferent(team: readonly Participant[]): boolean {
  return team.some((participant) => participant.role === 'referent');
}

export function isTeamTooLarge(team: readonly Participant[]): boolean {
  return team.length > MAX_TEAM_SIZE;
}

/** A name or service as compared: trimmed, spaces collapsed, without case or accents. */
function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether two participants look like the same person: same name and same service. */
export function isSamePerson(
  a: Pick<Participant, 'name' | 'service'>,
  b: Pick<Participant, 'name' | 'service'>,
): boolean {
  const name = comparable(a.name);
  return (
    name !== '' && name === comparable(b.name) && comparable(a.service) === comparable(b.service)
  );
}

/** The team member `candidate` would duplicate, if any: warned about, never refused. */
export function sameParticipant(
  team: readonly Participant[],
  candidate: Pick<Participant, 'name' | 'service'>,
): Participant | undefined {
  return team.find((participant) => isSamePerson(participant, candidate));
}

/** The names that appear more than once in the team (same name and service), once each. */
export function duplicateParticipants(team: readonly Participant[]): Participant[] {
  return team.filter(
    (participant, index) =>
      team.slice(0, index).every((earlier) => !isSamePerson(earlier, participant)) &&
      team.slice(index + 1).some((later) => isSamePerson(later, participant)),
  );
}
