import type { DocumentWords } from '../words';
import type { Actor } from './actors';
import type { RaciProblem } from './rules';
import type { Operation } from './schema';

/**
 * What a RACI problem says, naming the operation and the actors as the matrix shows them
 * (keys `problems.<kind>` of the operations part's strings). An actor the RACI no longer
 * knows is named by what its id still tells.
 */
export function raciProblemText(
  problem: RaciProblem,
  operations: readonly Operation[],
  actors: readonly Actor[],
  { t }: Pick<DocumentWords, 't'>,
): string {
  const actorName = (id: string) => {
    const actor = actors.find((candidate) => candidate.id === id);
    return actor ? actorLabel(actor, t) : id.slice(id.indexOf(':') + 1);
  };
  const operationName = (id: string) => {
    const index = operations.findIndex((operation) => operation.id === id);
    return operations[index]?.name.trim() || t('operation', { number: index + 1 });
  };
  switch (problem.kind) {
    case 'no-accountable':
    case 'no-responsible':
      return t(`problems.${problem.kind}`, { operation: operationName(problem.operationId) });
    case 'several-accountable':
      return t('problems.several-accountable', {
        operation: operationName(problem.operationId),
        actors: problem.actorIds.map(actorName).join(', '),
      });
    case 'unknown-actor':
      return t('problems.unknown-actor', {
        operation: operationName(problem.operationId),
        actor: actorName(problem.actorId),
      });
    case 'idle-actor':
    case 'unused-role':
      return t(`problems.${problem.kind}`, { actor: actorName(problem.actorId) });
  }
}

/** An actor's name as the matrix heads its column; a nameless team member says so. */
export function actorLabel(actor: Actor, t: DocumentWords['t']): string {
  return actor.name || t(`actors.unnamed.${actor.kind}`);
}
