/**
 * The processing flow as plain data, read from the BPMN XML: what the process rules,
 * the tracking step, the try-out and the review work on.
 */
export type ProcessElementKind = 'task' | 'start' | 'end' | 'event' | 'gateway' | 'other';

export interface ProcessElement {
  id: string;
  /** BPMN type, e.g. "bpmn:UserTask". */
  type: string;
  kind: ProcessElementKind;
  name: string;
  /** Name of the lane the element sits in, if any. */
  lane?: string;
  /** The sub-process the element sits in, if any: it runs as part of that step. */
  parentId?: string;
  /** `fabrik:role`: who does this step. */
  role?: string;
  /** `fabrik:delayDays`: time limit in working days. */
  delayDays?: number;
  /** `fabrik:status`: id of the status this step sets. */
  statusId?: string;
  /** `bpmn:documentation`: notes on the step. */
  notes?: string;
  /** For a boundary event (`attachedToRef`): id of the task it is attached to. */
  attachedToId?: string;
  /**
   * For a boundary event with `cancelActivity="false"`: it happens while its task goes on.
   * Absent for an interrupting one (the BPMN default), which stops the task.
   */
  interrupting?: false;
}

export interface ProcessFlow {
  id: string;
  sourceId: string;
  targetId: string;
  name: string;
}

export interface ProcessGraph {
  elements: ProcessElement[];
  flows: ProcessFlow[];
}
