import { describe, expect, it } from 'vitest';
import {
  addActor,
  addOperation,
  forgetActor,
  moveOperation,
  planDefaultDeployment,
  removeActor,
  removeOperation,
  renameOperation,
  setRaciLetter,
} from '../../../src/domain/going-further/operations/commands';
import { CommandRefusedError } from '../../../src/domain/commands';
import { contentOf } from '../../../src/domain/prototype/model';
import { prototypeSchema } from '../../../src/domain/prototype/schema';
import { blank, planned } from './fixtures';

const names = (prototype: ReturnType<typeof blank>) =>
  prototype.goingFurther?.operations?.operations.map((operation) => operation.name);

describe('the operations commands', () => {
  it('leave a prototype without the step as it is until something is planned', () => {
    const prototype = blank();
    expect(Object.keys(contentOf(prototype))).not.toContain('goingFurther');
    expect(renameOperation({ id: 'nothing', name: 'x' }).apply(prototype)).toBe(prototype);
  });

  it('plan the default cycle with its RACI and calendar, which the schema accepts', () => {
    const prototype = planned();
    expect(names(prototype)).toEqual([
      'Installation',
      'Paramétrage',
      'Reprise des données',
      'Comptes utilisateurs',
      'Formation',
      'Nouveaux processus de travail',
      'Communication',
      'Mise en service',
      'Accompagnement',
    ]);
    expect(prototype.goingFurther?.operations?.actors.map((actor) => actor.name)).toEqual([
      'Équipe de production',
      'DSI',
      'Intégrateur',
      'Comité de pilotage',
    ]);
    expect(prototype.goingFurther?.calendar?.tasks).toHaveLength(9);
    expect(prototypeSchema.safeParse(prototype).success).toBe(true);
    expect(() =>
      planDefaultDeployment({
        plan: { operations: [], newActors: [], tasks: [], milestones: [] },
      }).apply(prototype),
    ).toThrow(CommandRefusedError);
  });

  it('add, rename, move and remove operations; typing a name is one undo step', () => {
    let prototype = addOperation({ operation: { id: 'a', name: 'Recette', raci: {} } }).apply(
      blank(),
    );
    prototype = addOperation({ operation: { id: 'b', name: 'Bascule', raci: {} } }).apply(
      prototype,
    );
    expect(renameOperation({ id: 'a', name: 'R' }).mergeKey).toBe(
      renameOperation({ id: 'a', name: 'Re' }).mergeKey,
    );
    prototype = renameOperation({ id: 'a', name: 'Recette usine' }).apply(prototype);
    prototype = moveOperation({ id: 'b', to: 0 }).apply(prototype);
    expect(names(prototype)).toEqual(['Bascule', 'Recette usine']);
    expect(moveOperation({ id: 'b', to: -3 }).apply(prototype)).toBe(prototype);
    prototype = removeOperation({ id: 'b' }).apply(prototype);
    expect(names(prototype)).toEqual(['Recette usine']);
  });

  it('remove an operation’s timing, the dependencies on it and the reviews after it', () => {
    const prototype = planned();
    const { operations } = prototype.goingFurther!.operations!;
    const configuration = operations[1]!.id;
    const calendar = removeOperation({ id: configuration }).apply(prototype).goingFurther!
      .calendar!;
    expect(calendar.tasks.map((task) => task.operationId)).not.toContain(configuration);
    expect(calendar.tasks.flatMap((task) => task.dependsOn)).not.toContain(configuration);
    const communication = operations[6]!.id;
    const withoutReviewed = removeOperation({ id: communication }).apply(prototype);
    expect(withoutReviewed.goingFurther!.calendar!.milestones).toEqual([]);
  });

  it('give and take letters of the RACI', () => {
    let prototype = addOperation({ operation: { id: 'a', name: 'Recette', raci: {} } }).apply(
      blank(),
    );
    prototype = setRaciLetter({ operationId: 'a', actorId: 'member:lea', letter: 'R' }).apply(
      prototype,
    );
    expect(prototype.goingFurther?.operations?.operations[0]?.raci).toEqual({ 'member:lea': 'R' });
    expect(
      setRaciLetter({ operationId: 'a', actorId: 'member:lea', letter: 'R' }).apply(prototype),
    ).toBe(prototype);
    prototype = setRaciLetter({ operationId: 'a', actorId: 'member:lea' }).apply(prototype);
    expect(prototype.goingFurther?.operations?.operations[0]?.raci).toEqual({});
  });

  it('remove an added actor with its letters, and clear an unknown actor’s', () => {
    let prototype = addActor({ actor: { id: 'actor:x', name: 'Prestataire' } }).apply(blank());
    prototype = addOperation({
      operation: { id: 'a', name: 'Recette', raci: { 'actor:x': 'A', 'role:Ancien': 'R' } },
    }).apply(prototype);
    prototype = removeActor({ id: 'actor:x' }).apply(prototype);
    expect(prototype.goingFurther?.operations).toEqual({
      actors: [],
      operations: [{ id: 'a', name: 'Recette', raci: { 'role:Ancien': 'R' } }],
    });
    prototype = forgetActor({ actorId: 'role:Ancien' }).apply(prototype);
    expect(prototype.goingFurther?.operations?.operations[0]?.raci).toEqual({});
  });

  it('refuse, in a file, a RACI keyed by a name that is not an actor id', () => {
    const forged = JSON.parse(
      '{"operations":[{"id":"a","name":"x","raci":{"constructor":"A"}}],"actors":[]}',
    ) as unknown;
    expect(
      prototypeSchema.safeParse({ ...blank(), goingFurther: { operations: forged } }).success,
    ).toBe(false);
  });
});
