/**
 * What the screen needs from the diagram editor, without bpmn-js's types: bpmn-js stays
 * a black box in the lazily loaded chunk, and React code only sees this.
 */
export interface DiagramElement {
  id: string;
  /** BPMN type, e.g. "bpmn:UserTask". */
  type: string;
  /** The type as the user reads it ("Tâche utilisateur"). */
  typeLabel: string;
  /** Tasks, events and gateways carry a role, a time limit and a status. */
  isFlowNode: boolean;
  /** A flow between two steps, on which a step can be inserted. */
  isSequenceFlow: boolean;
  name: string;
  role?: string;
  delayDays?: number;
  statusId?: string;
  notes: string;
}

export interface ElementChanges {
  name?: string;
  role?: string;
  delayDays?: number;
  statusId?: string;
  notes?: string;
}

/** What one deletion took away: the shapes chosen, and every flow that went with them. */
export interface Deletion {
  elements: { name: string; typeLabel: string; isTask: boolean }[];
  /** Flows deleted: a flow bpmn-js rejoined past the deleted step is not one of them. */
  flows: number;
  /** The flow bpmn-js made lead past the deleted step, by the names at its two ends. */
  rejoined?: { from: string; to: string };
}

/** Another participant's selection in the diagram. */
export interface PresenceMark {
  elementId: string;
  name: string;
  color: string;
}

export type ImportOutcome =
  { ok: true; warnings: string[] } | { ok: false; error: string; warnings: string[] };

/** What changed the diagram: the user (a command), or bpmn-js's own undo or redo. */
export type DiagramChangeCause = 'edit' | 'undo' | 'redo';

export interface DiagramEditor {
  /**
   * Shows the stored diagram as well as bpmn-js can, fitted to the screen unless
   * `keepView`; clears bpmn-js's undo history.
   */
  open(xml: string, options?: { keepView?: boolean }): Promise<ImportOutcome>;
  /**
   * Replaces the diagram only if bpmn-js can read all of it (tried on a throwaway viewer
   * first); otherwise the diagram on screen is untouched. Clears the undo history.
   */
  replace(xml: string): Promise<ImportOutcome>;
  /**
   * The diagram as XML (bpmn-js's `saveXML`): it is read when called, even though it
   * arrives a moment later, so a change made after the call is not in it.
   */
  saveXml(): Promise<string>;
  svg(): Promise<string>;
  /** Called after every change on the command stack, once per command. */
  onChange(listener: (cause: DiagramChangeCause) => void): void;
  onSelectionChange(listener: (element: DiagramElement | undefined) => void): void;
  /** Called when the user deleted elements (not for an undo or a redo). */
  onDelete(listener: (deletion: Deletion) => void): void;
  /** Takes back (replays) bpmn-js's last (next) command. */
  undo(): void;
  redo(): void;
  /** Selects an element and brings it into view; false when there is no such element. */
  selectElement(id: string): boolean;
  updateElement(id: string, changes: ElementChanges): void;
  /** The elements a flow from `sourceId` may go to and does not go to yet, for the keyboard. */
  connectTargets(sourceId: string): { id: string; label: string }[];
  /** Draws a flow from one element to another, as bpmn-js's connect tool would. */
  connect(sourceId: string, targetId: string): boolean;
  /**
   * Splits a flow with a new task in its middle (moving what follows when there is no room)
   * and selects it; returns the task's id, or undefined when the flow cannot take one.
   */
  insertStep(flowId: string): string | undefined;
  /**
   * A new task after an element, selected: on its only way out when it has one (what
   * followed it follows the new task), otherwise appended as a new way out. Returns the
   * task's id, or undefined when nothing can follow the element (an end).
   */
  addStepAfter(sourceId: string): string | undefined;
  zoom(factor: number): void;
  /** Fits the whole diagram in view, its labels readable (see `setLargeDisplay`). */
  fitToScreen(): void;
  /** Shows each other participant's name, on their colour, on the element they selected. */
  showPresence(marks: readonly PresenceMark[]): void;
  /**
   * Lets the diagram be looked at and selected only (no palette, no context pad, no moves,
   * no change of any kind) while someone else holds it, or for a role that may not edit.
   */
  setReadOnly(readOnly: boolean): void;
  /**
   * The projector's display: labels of 18 px or more on screen. Also called when the space
   * for the diagram changes: fits it again, unless the user chose a zoom of their own
   * (zoom buttons, Ctrl+wheel, keys), which is kept until « Ajuster » or another diagram.
   */
  setLargeDisplay(large: boolean): void;
  focus(): void;
  destroy(): void;
}

export interface DiagramEditorOptions {
  container: HTMLElement;
  /** Interface language of bpmn-js's menus and tooltips. */
  language: string;
}
