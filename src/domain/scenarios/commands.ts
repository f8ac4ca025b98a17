import { CommandRefusedError, defineCommand } from '../commands';
import type { Prototype } from '../prototype/schema';
import { SCENARIO_NAME_MAX_LENGTH, type Scenario } from './schema';

function checkName(name: string) {
  if (name.trim() === '') throw new CommandRefusedError('tryOut:scenarios.errors.nameRequired');
  if (name.trim().length > SCENARIO_NAME_MAX_LENGTH) {
    throw new CommandRefusedError('tryOut:scenarios.errors.nameTooLong', {
      max: SCENARIO_NAME_MAX_LENGTH,
    });
  }
}

const scenariosOf = (prototype: Prototype) => prototype.scenarios ?? [];

/** Keeps a played try-out as a scenario of the prototype. */
export const addScenario = defineCommand(
  'addScenario',
  (prototype, { scenario }: { scenario: Scenario }) => {
    checkName(scenario.name);
    if (scenariosOf(prototype).some((other) => other.id === scenario.id)) return prototype;
    return {
      ...prototype,
      scenarios: [...scenariosOf(prototype), { ...scenario, name: scenario.name.trim() }],
    };
  },
);

/** Renames a scenario; typing in its name box is one undo step. */
export const renameScenario = defineCommand(
  'renameScenario',
  (prototype, { id, name }: { id: string; name: string }) => {
    const current = scenariosOf(prototype).find((scenario) => scenario.id === id);
    if (!current || current.name === name.trim()) return prototype;
    checkName(name);
    return {
      ...prototype,
      scenarios: scenariosOf(prototype).map((scenario) =>
        scenario.id === id ? { ...scenario, name: name.trim() } : scenario,
      ),
    };
  },
  ({ id }) => id,
);

export const removeScenario = defineCommand(
  'removeScenario',
  (prototype, { id }: { id: string }) =>
    scenariosOf(prototype).some((scenario) => scenario.id === id)
      ? {
          ...prototype,
          scenarios: scenariosOf(prototype).filter((scenario) => scenario.id !== id),
        }
      : prototype,
);
