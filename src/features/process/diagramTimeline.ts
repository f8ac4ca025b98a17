/** One change of the diagram on the app's timeline: this many of bpmn-js's commands. */
export interface DiagramChange {
  commands: number;
}

/** The part of bpmn-js's command stack that takes commands back and replays them. */
export interface CommandStackMoves {
  undo(): void;
  redo(): void;
}

/**
 * Which of the app's timeline steps bpmn-js's command stack holds, so that undo and redo
 * on the timeline can be handed to it: a step is handed over only when it is the one at
 * the top of bpmn-js's stack (or of its redo list), otherwise bpmn-js is left alone and the
 * stored snapshot is shown instead.
 */
export function createDiagramTimeline(stack: CommandStackMoves) {
  let done: DiagramChange[] = [];
  let undone: DiagramChange[] = [];
  let unrecorded = 0;

  return {
    /** bpmn-js executed a command: like bpmn-js, forget what could be redone. */
    executed() {
      unrecorded += 1;
      undone = [];
    },
    /** The commands since the last record were stored as one change of the timeline. */
    record(): DiagramChange {
      const change = { commands: unrecorded };
      unrecorded = 0;
      done.push(change);
      return change;
    },
    /**
     * The commands since the last record left the XML as it was: they go with the change
     * before them, so that taking that one back takes them back too.
     */
    absorb() {
      const last = done.at(-1);
      if (last) last.commands += unrecorded;
      unrecorded = 0;
    },
    /** Takes the change back in bpmn-js if it is the last one there; false otherwise. */
    undo(change: object): boolean {
      if (unrecorded > 0 || done.at(-1) !== change) return false;
      const taken = done.pop() as DiagramChange;
      for (let command = 0; command < taken.commands; command++) stack.undo();
      undone.push(taken);
      return true;
    },
    /** Replays the change in bpmn-js if it is the next one there; false otherwise. */
    redo(change: object): boolean {
      if (unrecorded > 0 || undone.at(-1) !== change) return false;
      const replayed = undone.pop() as DiagramChange;
      for (let command = 0; command < replayed.commands; command++) stack.redo();
      done.push(replayed);
      return true;
    },
    /** bpmn-js's history started afresh (an import): it holds none of the changes. */
    reset() {
      done = [];
      undone = [];
      unrecorded = 0;
    },
  };
}

export type DiagramTimeline = ReturnType<typeof createDiagramTimeline>;
