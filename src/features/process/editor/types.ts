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
  zoom(factor: number): void;
  fit(): void;
  focus(): void;
  destroy(): void;
}

export interface DiagramEditorOptions {
  container: HTMLElement;
  /** Interface language of bpmn-js's menus and tooltips. */
  language: string;
}
