import type { CalendarTask, Milestone } from '../calendar/schema';
import { newAddedActorId, roleActorId } from './actors';
import type { DefaultActorKind, DefaultOperationKind, RaciLetter } from './lists';
import { defaultActorKinds, defaultOperationKinds } from './lists';
import { isRequesterRole } from './requester';
import type { AddedActor, Operation } from './schema';

/** Who does what by default, among the added actors; `roles` stands for every process role. */
type DefaultRaci = Partial<Record<DefaultActorKind | 'roles', RaciLetter>>;

interface DefaultStep {
  raci: DefaultRaci;
  durationDays: number;
  dependsOn: DefaultOperationKind[];
}

/**
 * The usual cycle, from the method texts: the production team installs, the integrator
 * configures and migrates, the DSI answers for the technical operations and the steering
 * committee for the others; the process roles are consulted on their new working processes
 * and informed of the training (the requester's role is not a deployment actor: it gets no
 * letter). Who in the team writes the new processes and the communication is the team's
 * choice: the RACI check asks for it.
 */
const defaultSteps: Record<DefaultOperationKind, DefaultStep> = {
  installation: {
    raci: { 'production-team': 'R', dsi: 'A', 'steering-committee': 'I' },
    durationDays: 5,
    dependsOn: [],
  },
  configuration: {
    raci: { integrator: 'R', dsi: 'A', 'production-team': 'C' },
    durationDays: 10,
    dependsOn: ['installation'],
  },
  'data-migration': {
    raci: { integrator: 'R', dsi: 'A', 'production-team': 'C' },
    durationDays: 10,
    dependsOn: ['configuration'],
  },
  'user-accounts': {
    raci: { 'production-team': 'R', dsi: 'A' },
    durationDays: 3,
    dependsOn: ['configuration'],
  },
  training: {
    raci: { integrator: 'R', 'steering-committee': 'A', roles: 'I' },
    durationDays: 5,
    dependsOn: ['user-accounts'],
  },
  'working-processes': {
    raci: { 'steering-committee': 'A', roles: 'C' },
    durationDays: 10,
    dependsOn: ['configuration'],
  },
  communication: {
    raci: { 'steering-committee': 'A' },
    durationDays: 5,
    dependsOn: ['working-processes'],
  },
  'go-live': {
    raci: { 'production-team': 'R', 'steering-committee': 'A', dsi: 'C' },
    durationDays: 1,
    dependsOn: ['data-migration', 'training', 'communication'],
  },
  support: {
    raci: { 'production-team': 'R', dsi: 'A' },
    durationDays: 20,
    dependsOn: ['go-live'],
  },
};

/** The operation after which the steering committee decides on going live. */
const reviewedOperation: DefaultOperationKind = 'communication';

export interface DefaultDeploymentInput {
  /** Each default operation's name, in the user's language. */
  operationNames: Record<DefaultOperationKind, string>;
  /** Each default added actor's name, in the user's language. */
  actorNames: Record<DefaultActorKind, string>;
  /** The name of the steering committee's go-live review. */
  reviewName: string;
  /** The process roles read from the diagram. */
  processRoles: readonly string[];
  /** The actors already added: one with a default actor's name is reused, not doubled. */
  existingActors: readonly AddedActor[];
  newId: () => string;
}

export interface DefaultDeployment {
  operations: Operation[];
  /** Default actors the RACI needs that were not there yet. */
  newActors: AddedActor[];
  tasks: CalendarTask[];
  milestones: Milestone[];
}

/** The default cycle of operations with its RACI, durations, dependencies and review. */
export function defaultDeployment(input: DefaultDeploymentInput): DefaultDeployment {
  const newActors: AddedActor[] = [];
  const actorIds = Object.fromEntries(
    defaultActorKinds.map((kind) => {
      const name = input.actorNames[kind];
      const same = input.existingActors.find(
        (actor) => actor.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase(),
      );
      if (same) return [kind, same.id];
      const actor = { id: newAddedActorId(input.newId()), name };
      newActors.push(actor);
      return [kind, actor.id];
    }),
  ) as Record<DefaultActorKind, string>;
  const operationIds = Object.fromEntries(
    defaultOperationKinds.map((kind) => [kind, input.newId()]),
  ) as Record<DefaultOperationKind, string>;
  const roles = [
    ...new Set(
      input.processRoles
        .map((role) => role.trim())
        .filter((role) => role !== '' && !isRequesterRole(role)),
    ),
  ];

  const operations = defaultOperationKinds.map((kind): Operation => {
    const raci: Operation['raci'] = {};
    for (const [who, letter] of Object.entries(defaultSteps[kind].raci) as [
      DefaultActorKind | 'roles',
      RaciLetter,
    ][]) {
      if (who === 'roles') for (const role of roles) raci[roleActorId(role)] = letter;
      else raci[actorIds[who]] = letter;
    }
    return { id: operationIds[kind], name: input.operationNames[kind], raci };
  });
  const tasks = defaultOperationKinds.map((kind) => ({
    operationId: operationIds[kind],
    durationDays: defaultSteps[kind].durationDays,
    dependsOn: defaultSteps[kind].dependsOn.map((other) => operationIds[other]),
    deliverable: '',
  }));
  const milestones = [
    {
      id: input.newId(),
      name: input.reviewName,
      afterOperationId: operationIds[reviewedOperation],
    },
  ];
  return { operations, newActors, tasks, milestones };
}
