import { isRequesterRole } from '../../../src/domain/going-further/operations/requester';
import { describe, expect, it } from 'vitest';
import { raciActors, type Actor } from '../../../src/domain/going-further/operations/actors';
import { checkRaci, isRaciWarning } from '../../../src/domain/going-further/operations/rules';
import type { Operation } from '../../../src/domain/going-further/operations/schema';
import { planned } from './fixtures';

const actors: Actor[] = [
  { id: 'member:lea', kind: 'member', name: 'Léa' },
  { id: 'role:Instructeur', kind: 'role', name: 'Instructeur' },
  { id: 'actor:dsi', kind: 'added', name: 'DSI' },
];
const op = (id: string, raci: Operation['raci']): Operation => ({ id, name: id, raci });

describe('the RACI rules', () => {
  it('accept an operation with exactly one A and at least one R, everyone used', () => {
    const operations = [
      op('install', { 'actor:dsi': 'A', 'member:lea': 'R', 'role:Instructeur': 'I' }),
    ];
    expect(checkRaci(operations, actors)).toEqual([]);
  });

  it('ask for exactly one Accountable per operation', () => {
    expect(checkRaci([op('install', { 'member:lea': 'R' })], actors)).toContainEqual({
      kind: 'no-accountable',
      operationId: 'install',
    });
    expect(
      checkRaci(
        [op('install', { 'member:lea': 'A', 'actor:dsi': 'A', 'role:Instructeur': 'R' })],
        actors,
      ),
    ).toEqual([
      {
        kind: 'several-accountable',
        operationId: 'install',
        actorIds: ['member:lea', 'actor:dsi'],
      },
    ]);
  });

  it('ask for at least one Responsible per operation', () => {
    expect(
      checkRaci(
        [op('install', { 'actor:dsi': 'A', 'member:lea': 'C', 'role:Instructeur': 'I' })],
        actors,
      ),
    ).toEqual([{ kind: 'no-responsible', operationId: 'install' }]);
  });

  it('name an actor with no letter anywhere, and a process role in no operation, as warnings', () => {
    const problems = checkRaci([op('install', { 'actor:dsi': 'A', 'actor:dsi2': 'R' })], actors);
    expect(problems).toEqual([
      { kind: 'unknown-actor', operationId: 'install', actorId: 'actor:dsi2' },
      { kind: 'no-responsible', operationId: 'install' },
      { kind: 'idle-actor', actorId: 'member:lea' },
      { kind: 'unused-role', actorId: 'role:Instructeur' },
    ]);
    expect(problems.map(isRaciWarning)).toEqual([false, false, true, true]);
  });

  it('say nothing about actors while no operation is planned', () => {
    expect(checkRaci([], actors)).toEqual([]);
  });

  it('find, in the default cycle, only what the team has to decide', () => {
    const prototype = planned();
    const { operations, actors: added } = prototype.goingFurther!.operations!;
    const all = raciActors(prototype.team, ['Agent instructeur'], added);
    const byName = (id: string) => operations.find((operation) => operation.id === id)?.name;
    const problems = checkRaci(operations, all).map((problem) =>
      'operationId' in problem
        ? `${problem.kind}: ${byName(problem.operationId)}`
        : `${problem.kind}: ${problem.actorId}`,
    );
    expect(problems).toEqual([
      'no-responsible: Nouveaux processus de travail',
      'no-responsible: Communication',
      'idle-actor: member:lea',
      'idle-actor: member:paul',
    ]);
  });

  it('give the requester no letter in the default cycle, and do not ask for one', () => {
    const roles = ['Demandeur', 'Agent instructeur', 'Responsable du service'];
    const prototype = planned(roles);
    const { operations, actors: added } = prototype.goingFurther!.operations!;
    const lettered = new Set(operations.flatMap((operation) => Object.keys(operation.raci)));
    expect(lettered.has('role:Demandeur')).toBe(false);
    expect(lettered.has('role:Agent instructeur')).toBe(true);
    expect(lettered.has('role:Responsable du service')).toBe(true);
    const problems = checkRaci(operations, raciActors(prototype.team, roles, added));
    expect(
      problems.some((problem) => 'actorId' in problem && problem.actorId === 'role:Demandeur'),
    ).toBe(false);
    for (const name of ['Usager', ' l’usagère ', 'Requester', 'Demandeurs'])
      expect(isRequesterRole(name), name).toBe(true);
    for (const name of ['Agent instructeur', 'Demande de pièces', 'Accueil des usagers'])
      expect(isRequesterRole(name), name).toBe(false);
  });

  it('checks 300 operations and 50 actors at once', () => {
    const many = Array.from({ length: 300 }, (_, index) =>
      op(`op${index}`, { 'actor:dsi': 'A', 'member:lea': 'R', [`role:R${index % 50}`]: 'C' }),
    );
    const roles = Array.from({ length: 50 }, (_, index): Actor => ({
      id: `role:R${index}`,
      kind: 'role',
      name: `R${index}`,
    }));
    expect(checkRaci(many, [...actors, ...roles])).toEqual([
      { kind: 'unused-role', actorId: 'role:Instructeur' },
    ]);
  });
});

describe('the actors of the RACI', () => {
  it('are the team, then the process roles once each, then the added actors', () => {
    expect(
      raciActors(
        [{ id: 'lea', name: ' Léa ', service: '', role: 'it' }],
        ['Instructeur', ' Instructeur', ''],
        [{ id: 'actor:x', name: 'DSI' }],
      ),
    ).toEqual([
      { id: 'member:lea', kind: 'member', name: 'Léa' },
      { id: 'role:Instructeur', kind: 'role', name: 'Instructeur' },
      { id: 'actor:x', kind: 'added', name: 'DSI' },
    ]);
  });
});
