/**
 * Names of the performance marks and measures that `npm run bench` reads: they tell when a
 * screen is really usable and how long a save takes, not just when the page loaded.
 */
export const perfMarks = {
  catalogueReady: 'fabrik:catalogue-ready',
  stepReady: 'fabrik:step-ready',
  save: 'fabrik:save',
  /** From a change in the diagram to its step on the undo timeline (XML written). */
  diagramStored: 'fabrik:diagram-stored',
} as const;
