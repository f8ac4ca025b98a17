import { useMemo } from 'react';
import { raciActors, type Actor } from '../../../domain/going-further/operations/actors';
import { emptyOperations } from '../../../domain/going-further/operations/empty';
import { checkRaci, type RaciProblem } from '../../../domain/going-further/operations/rules';
import type { Operations } from '../../../domain/going-further/operations/schema';
import { useEditorStore } from '../../../state/editorStore';
import { useProcessRoles } from '../useProcessRoles';

// A constant fallback: a selector must return the same object while nothing changed.
const none = emptyOperations();
const noTeam: never[] = [];

export interface Raci extends Operations {
  /** Team members, process roles and added actors, as the matrix's columns. */
  everyone: Actor[];
  problems: RaciProblem[];
}

/** The open prototype's operations, their actors and what the RACI check finds. */
export function useRaci(): Raci {
  const part = useEditorStore((state) => state.prototype?.goingFurther?.operations ?? none);
  const team = useEditorStore((state) => state.prototype?.team ?? noTeam);
  const roles = useProcessRoles();
  const everyone = useMemo(() => raciActors(team, roles, part.actors), [team, roles, part.actors]);
  const problems = useMemo(() => checkRaci(part.operations, everyone), [part.operations, everyone]);
  return { ...part, everyone, problems };
}
