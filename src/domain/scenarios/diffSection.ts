/**
 * The scenarios' part of a version diff: their names, added, removed or changed. Light, like
 * the other sections (`versions/diffSections.ts`): the step registry reads it on first load.
 */
export interface ScenariosDiffSection {
  scenarios: { added: string[]; removed: string[]; changed: string[] };
}

export const isEmptyScenariosDiff = ({ scenarios }: ScenariosDiffSection) =>
  scenarios.added.length + scenarios.removed.length + scenarios.changed.length === 0;
