import { defineCommand } from '../commands';
import type { Process } from '../process/schema';
import { ROLE_NAME_MAX_LENGTH } from '../process/schema';
import { SERVICE_NAME_MAX_LENGTH, SERVICE_TEXT_MAX_LENGTH } from './limits';
import type { ServiceEntry } from './schema';

/**
 * A processing flow the organisation reuses (« Autorisation avec avis technique »): saved
 * from one prototype's process, a new prototype's process can start from it.
 */
export interface GenericWorkflow {
  /** Stable identifier, never shown. */
  id: string;
  name: string;
  /** What kind of request it suits, in the team's words. */
  description: string;
  /** The diagram as BPMN 2.0 XML, without the statuses of the prototype it came from. */
  bpmnXml: string;
  /** The roles its steps name, in the order the prototype had them. */
  roles: string[];
  /** The prototypes whose process is (or started from) this one: saved from, then started with. */
  prototypeIds: string[];
  createdAt: string;
}

export const MAX_WORKFLOWS = 200;
/** A diagram is at most 5 MB (`MAX_BPMN_BYTES`); a workflow is no larger. */
const MAX_WORKFLOW_XML = 5 * 1024 * 1024;

/** Why a workflow's name cannot be used (`id`: the workflow renamed), or nothing. */
export function workflowNameProblem(
  workflows: readonly GenericWorkflow[],
  name: string,
  id?: string,
): 'nameRequired' | 'nameTooLong' | 'workflowExists' | undefined {
  const wanted = name.trim().toLocaleLowerCase('fr');
  if (wanted === '') return 'nameRequired';
  if (wanted.length > SERVICE_NAME_MAX_LENGTH) return 'nameTooLong';
  return workflows.some(
    (workflow) => workflow.id !== id && workflow.name.trim().toLocaleLowerCase('fr') === wanted,
  )
    ? 'workflowExists'
    : undefined;
}

/** The list with a new workflow added, or one of the same id replaced. */
export function putWorkflow(
  workflows: readonly GenericWorkflow[],
  workflow: GenericWorkflow,
): GenericWorkflow[] {
  return workflows.some((other) => other.id === workflow.id)
    ? workflows.map((other) => (other.id === workflow.id ? workflow : other))
    : [...workflows, workflow];
}

/** Records that a prototype's process started from a workflow (once). */
export function recordWorkflowUse(
  workflows: readonly GenericWorkflow[],
  workflowId: string,
  prototypeId: string,
): GenericWorkflow[] {
  return workflows.map((workflow) =>
    workflow.id === workflowId && !workflow.prototypeIds.includes(prototypeId)
      ? { ...workflow, prototypeIds: [...workflow.prototypeIds, prototypeId] }
      : workflow,
  );
}

/**
 * A prototype's process started from a workflow: its diagram, and its roles added to those
 * the prototype already has (a role may already be there), so that every step's role exists.
 */
export function processFromWorkflow(process: Process, workflow: GenericWorkflow): Process {
  const roles = [...process.roles];
  for (const role of workflow.roles) if (!roles.includes(role)) roles.push(role);
  return { ...process, bpmnXml: workflow.bpmnXml, roles };
}

/**
 * Adds a workflow's roles to the open prototype, one undo step; the diagram itself goes
 * through the diagram editor, which stores it with its own command.
 */
export const addWorkflowRoles = defineCommand(
  'addWorkflowRoles',
  (prototype, { workflow }: { workflow: GenericWorkflow }) => {
    const process = processFromWorkflow(prototype.process, workflow);
    return process.roles.length === prototype.process.roles.length
      ? prototype
      : { ...prototype, process: { ...prototype.process, roles: process.roles } };
  },
);

/** One workflow and the catalogue's services that use it, through their linked prototypes. */
export interface WorkflowSharing {
  workflow: GenericWorkflow;
  services: Pick<ServiceEntry, 'id' | 'name'>[];
}

/** For each workflow, the services whose linked prototypes use it, by name. */
export function workflowSharing(
  workflows: readonly GenericWorkflow[],
  entries: readonly ServiceEntry[],
): WorkflowSharing[] {
  return workflows.map((workflow) => {
    const used = new Set(workflow.prototypeIds);
    return {
      workflow,
      services: entries
        .filter((entry) => entry.prototypeIds.some((id) => used.has(id)))
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    };
  });
}

/** The workflows a service shares with others: each with the other services using it. */
export function sharedWorkflowsOf(
  entry: ServiceEntry,
  sharing: readonly WorkflowSharing[],
): WorkflowSharing[] {
  return sharing
    .filter(({ services }) => services.some((service) => service.id === entry.id))
    .map((shared) => ({
      ...shared,
      services: shared.services.filter((service) => service.id !== entry.id),
    }));
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';
const strings = (value: unknown) =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item !== '')
    : [];

/**
 * Workflows as stored or read from a file: a row without id, name or diagram is dropped, a
 * duplicate id kept once, a field of the wrong kind emptied.
 */
export function readWorkflows(value: unknown): GenericWorkflow[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value.slice(0, MAX_WORKFLOWS).flatMap((row: unknown) => {
    const stored = (row ?? {}) as Record<string, unknown>;
    const id = text(stored.id, 200);
    const name = text(stored.name, SERVICE_NAME_MAX_LENGTH);
    const bpmnXml = typeof stored.bpmnXml === 'string' ? stored.bpmnXml : '';
    if (id === '' || name.trim() === '' || bpmnXml === '' || seen.has(id)) return [];
    if (bpmnXml.length > MAX_WORKFLOW_XML) return [];
    seen.add(id);
    return [
      {
        id,
        name,
        description: text(stored.description, SERVICE_TEXT_MAX_LENGTH),
        bpmnXml,
        roles: [...new Set(strings(stored.roles).map((role) => role.trim()))].filter(
          (role) => role !== '' && role.length <= ROLE_NAME_MAX_LENGTH,
        ),
        prototypeIds: [...new Set(strings(stored.prototypeIds))],
        createdAt: text(stored.createdAt, 40),
      },
    ];
  });
}
