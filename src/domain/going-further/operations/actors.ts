import type { Participant } from '../../team/schema';
import type { AddedActor } from './schema';

/** Where an actor of the RACI comes from. */
export type ActorKind = 'member' | 'role' | 'added';

/** Someone who may be given a letter of the RACI. */
export interface Actor {
  /** `member:<id>`, `role:<name>` or `actor:<id>`: what the RACI's cells are keyed by. */
  id: string;
  kind: ActorKind;
  /** As the matrix shows it; empty when the team member has no name yet. */
  name: string;
}

export const memberActorId = (participantId: string) => `member:${participantId}`;
export const roleActorId = (role: string) => `role:${role}`;
export const newAddedActorId = (id: string) => `actor:${id}`;

/**
 * Every actor of the RACI: the team members, the process roles (the diagram's lanes and
 * roles, named by the caller who read them), then the added actors, each once.
 */
export function raciActors(
  team: readonly Participant[],
  processRoles: readonly string[],
  added: readonly AddedActor[],
): Actor[] {
  const roles = [...new Set(processRoles.map((role) => role.trim()).filter((role) => role !== ''))];
  return [
    ...team.map((member) => ({
      id: memberActorId(member.id),
      kind: 'member' as const,
      name: member.name.trim(),
    })),
    ...roles.map((role) => ({ id: roleActorId(role), kind: 'role' as const, name: role })),
    ...added.map((actor) => ({ id: actor.id, kind: 'added' as const, name: actor.name.trim() })),
  ];
}
