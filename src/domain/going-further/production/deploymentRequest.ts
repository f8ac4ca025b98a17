import { allFields } from '../../form/fields';
import { formToJsonSchema } from '../../form/jsonSchema';
import type { Commitment } from '../../tracking/schema';
import type { SignoffStatus } from '../../review/verify';
import type { BundleVersion } from '../../review/schema';
import { accessRights, type AccessRight } from './access';
import type { ApprovedVersion } from './approved';
import { inferComponents, type Component } from './components';
import type { DeploymentRecord, ReturnedReference } from './schema';
import { securitySettings, type SecuritySetting } from './security';
import type { TextRef } from './textRef';

/** A component with the version of it that was tested and approved (typed by the team). */
export type DeployedComponent = Component & { version: string };

/** One thing the production team configures, ticked when done. */
export interface ConfigurationItem {
  id: string;
  text: TextRef;
  done: boolean;
}

/** The deployment request: what is deployed, from which approval, and what came back. */
export interface DeploymentRequest {
  name: string;
  approval: { contentHash: string; version?: BundleVersion; signoffs: SignoffStatus[] };
  form: {
    pages: number;
    fields: { key: string; label: string; type: string; required: boolean }[];
    /** The form as JSON Schema (draft 2020-12), delivered as a file beside the request. */
    jsonSchema: object;
  };
  process: { bpmnXml: string; steps: number };
  statuses: { label: string; final: boolean; visible: boolean; timeLimitDays: number | null }[];
  messages: { status: string; channel: string; subject: string }[];
  commitment: Commitment;
  components: DeployedComponent[];
  access: AccessRight[];
  security: SecuritySetting[];
  configuration: ConfigurationItem[];
  returned: ReturnedReference[];
}

/** The configuration checklist, one item per thing to install, open or set. */
function configurationItems(
  request: Omit<DeploymentRequest, 'configuration' | 'returned'>,
  done: ReadonlySet<string>,
): ConfigurationItem[] {
  const items: Omit<ConfigurationItem, 'done'>[] = [
    { id: 'form', text: { key: 'configuration.form' } },
    { id: 'process', text: { key: 'configuration.process' } },
    { id: 'statuses', text: { key: 'configuration.statuses' } },
    ...request.components.map((component) => ({
      id: `component-${component.kind}`,
      text: { key: 'configuration.component', values: { component: component.kind } },
    })),
    ...request.access.map((right) => ({
      id: `access-${right.role}`,
      text: { key: 'configuration.access', values: { role: right.role } },
    })),
    ...request.security.map((setting) => ({
      id: `security-${setting.id}`,
      text: { key: 'configuration.security', values: { setting: setting.id } },
    })),
  ];
  return items.map((item) => ({ ...item, done: done.has(item.id) }));
}

/**
 * The deployment request drafted from the approved version, with what the production team
 * recorded (component versions, references returned, configuration done).
 */
export function deploymentRequest(
  approved: ApprovedVersion,
  record: DeploymentRecord,
): DeploymentRequest {
  const { content, graph } = approved;
  const statusLabels = new Map(
    content.tracking.statuses.map((status) => [status.id, status.label]),
  );
  const versions = new Map(
    record.componentVersions.map((each) => [each.componentId, each.version]),
  );
  const base = {
    name: content.name,
    approval: {
      contentHash: approved.contentHash,
      ...(approved.version ? { version: approved.version } : {}),
      signoffs: approved.signoffs,
    },
    form: {
      pages: content.form.pages.length,
      fields: allFields(content.form)
        .filter(({ field }) => field.type !== 'section' && field.type !== 'explanation')
        .map(({ field }) => ({
          key: field.key,
          label: field.label,
          type: field.type,
          required: field.required === true,
        })),
      jsonSchema: formToJsonSchema(content.form, content.name),
    },
    process: {
      bpmnXml: content.process.bpmnXml,
      steps: graph.elements.filter((element) => element.kind !== 'other').length,
    },
    statuses: content.tracking.statuses.map((status) => ({
      label: status.label,
      final: status.final,
      visible: status.visibleToRequester,
      timeLimitDays: status.timeLimitDays,
    })),
    messages: content.tracking.messages.map((message) => ({
      status: statusLabels.get(message.statusId) ?? message.statusId,
      channel: message.channel,
      subject: message.subject,
    })),
    commitment: content.tracking.commitment,
    components: inferComponents(content, graph).map((component) => ({
      ...component,
      version: versions.get(component.kind) ?? '',
    })),
    access: accessRights(content, graph),
    security: securitySettings(content),
  };
  return {
    ...base,
    configuration: configurationItems(base, new Set(record.configurationDone)),
    returned: record.returned,
  };
}
