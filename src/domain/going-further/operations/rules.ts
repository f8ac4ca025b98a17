import type { Actor } from './actors';
import { isRequesterRole } from './requester';
import type { Operation } from './schema';

/** What the RACI check finds, where it is: an operation's row or an actor's column. */
export type RaciProblem =
  | { kind: 'no-accountable' | 'no-responsible'; operationId: string }
  | { kind: 'several-accountable'; operationId: string; actorIds: string[] }
  | { kind: 'unknown-actor'; operationId: string; actorId: string }
  | { kind: 'idle-actor' | 'unused-role'; actorId: string };

export type RaciProblemKind = RaciProblem['kind'];

const warnings = new Set<RaciProblemKind>(['idle-actor', 'unused-role']);

/** An error makes the RACI wrong; a warning asks whether it is meant. */
export const isRaciWarning = (problem: RaciProblem) => warnings.has(problem.kind);

/**
 * Checks a RACI: each operation has exactly one Accountable and at least one Responsible,
 * and names only known actors; each team member and added actor has a letter somewhere,
 * and each process role but the requester's appears in some operation (the requester is
 * served by the deployment, not part of it). Operation problems come first, in the
 * operations' order, then actor problems in the actors' order.
 */
export function checkRaci(
  operations: readonly Operation[],
  actors: readonly Actor[],
): RaciProblem[] {
  const known = new Set(actors.map((actor) => actor.id));
  const used = new Set<string>();
  const problems: RaciProblem[] = [];
  for (const operation of operations) {
    const accountable: string[] = [];
    let responsible = 0;
    for (const [actorId, letter] of Object.entries(operation.raci)) {
      if (!known.has(actorId)) {
        problems.push({ kind: 'unknown-actor', operationId: operation.id, actorId });
        continue;
      }
      used.add(actorId);
      if (letter === 'A') accountable.push(actorId);
      if (letter === 'R') responsible += 1;
    }
    if (accountable.length === 0)
      problems.push({ kind: 'no-accountable', operationId: operation.id });
    if (accountable.length > 1)
      problems.push({
        kind: 'several-accountable',
        operationId: operation.id,
        actorIds: accountable,
      });
    if (responsible === 0) problems.push({ kind: 'no-responsible', operationId: operation.id });
  }
  // With no operation yet, nobody can have a letter: that is not each actor's problem.
  if (operations.length === 0) return problems;
  for (const actor of actors) {
    if (used.has(actor.id)) continue;
    if (actor.kind === 'role' && isRequesterRole(actor.name)) continue;
    problems.push({
      kind: actor.kind === 'role' ? 'unused-role' : 'idle-actor',
      actorId: actor.id,
    });
  }
  return problems;
}
