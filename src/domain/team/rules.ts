import type { Participant } from './schema';

/** Beyond this many people a workshop stops being a working group (DESIGN.md). */
export const MAX_TEAM_SIZE = 6;

export function hasReferent(team: readonly Participant[]): boolean {
  return team.some((participant) => participant.role === 'referent');
}

export function isTeamTooLarge(team: readonly Participant[]): boolean {
  return team.length > MAX_TEAM_SIZE;
}
