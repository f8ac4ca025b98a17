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
  /** A .bpmn file's diagram shown and stored in place of the one before. */
  diagramImported: 'fabrik:diagram-imported',
  /** Replaying every scenario of the prototype on it as it is (the try-out's list). */
  scenariosReplayed: 'fabrik:scenarios-replayed',
  /** Working out what the scenarios cover (paths and form conditions). */
  scenarioCoverage: 'fabrik:scenario-coverage',
} as const;
