import { blankAudience } from '../../../src/domain/going-further/adoption/communication';
import type { Audience } from '../../../src/domain/going-further/adoption/schema';
import { defaultDeployment } from '../../../src/domain/going-further/operations/defaults';
import { planDefaultDeployment } from '../../../src/domain/going-further/operations/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';

export const blank = (): Prototype => ({
  ...createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z')),
  team: [
    { id: 'lea', name: 'Léa Martin', service: 'DSI', role: 'it' },
    { id: 'paul', name: 'Paul Roux', service: 'Stationnement', role: 'referent' },
  ],
});

export const operationNames = {
  installation: 'Installation',
  configuration: 'Paramétrage',
  'data-migration': 'Reprise des données',
  'user-accounts': 'Comptes utilisateurs',
  training: 'Formation',
  'working-processes': 'Nouveaux processus de travail',
  communication: 'Communication',
  'go-live': 'Mise en service',
  support: 'Accompagnement',
};

export const actorNames = {
  'production-team': 'Équipe de production',
  dsi: 'DSI',
  integrator: 'Intégrateur',
  'steering-committee': 'Comité de pilotage',
};

/** Deterministic ids: op1, op2… in the order they are asked for. */
export function counter(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}

export const planned = (roles: string[] = ['Agent instructeur']) =>
  planDefaultDeployment({
    plan: defaultDeployment({
      operationNames,
      actorNames,
      reviewName: 'Décision de mise en service',
      processRoles: roles,
      existingActors: [],
      newId: counter(),
    }),
  }).apply(blank());

/** An audience of the communication plan with nothing written yet but what `fields` set. */
export const audience = (fields: Pick<Audience, 'id'> & Partial<Audience>): Audience => ({
  ...blankAudience(fields.id, 'internal'),
  name: fields.id,
  ...fields,
});
