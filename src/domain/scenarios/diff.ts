import type { PrototypeContent } from '../prototype/schema';
import { diffCollection } from '../versions/collectionDiff';
import type { ScenariosDiffSection } from './diffSection';

/** Which scenarios were added, removed or changed (renamed, played again) between two contents. */
export function diffScenarios(
  before: PrototypeContent,
  after: PrototypeContent,
): ScenariosDiffSection {
  const diff = diffCollection(before.scenarios ?? [], after.scenarios ?? []);
  return {
    scenarios: {
      added: diff.added.map((scenario) => scenario.name),
      removed: diff.removed.map((scenario) => scenario.name),
      changed: diff.changed.map(({ after: scenario }) => scenario.name),
    },
  };
}
