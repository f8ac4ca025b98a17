import { allFields } from '../../form/fields';
import type { PrefillSource } from '../../form/schema';
import type { ProcessGraph } from '../../process/graph';
import type { PrototypeContent } from '../../prototype/schema';
import type { MessageChannel } from '../../tracking/schema';

/** The building blocks an approved prototype can rely on, in the order the request lists them. */
export const componentKinds = [
  'workflow-engine',
  'requester-space',
  'document-storage',
  'notification-email',
  'notification-sms',
  'postal-mail',
  'e-signature',
  'payment',
  'identity-provider',
  'company-register',
  'tax-data',
  'social-data',
  'other-source',
] as const;

export type ComponentKind = (typeof componentKinds)[number];

/** Reached outside the platform: configured with the partner, and checked in the tests. */
const integrations: ReadonlySet<ComponentKind> = new Set([
  'notification-sms',
  'postal-mail',
  'e-signature',
  'payment',
  'identity-provider',
  'company-register',
  'tax-data',
  'social-data',
  'other-source',
]);

export interface Component {
  kind: ComponentKind;
  /** Whether it is an exchange with another system rather than a part of the platform. */
  integration: boolean;
  /** The names (fields, steps, messages) it was inferred from, as the prototype says them. */
  evidence: string[];
}

const channelComponent: Record<MessageChannel, ComponentKind> = {
  email: 'notification-email',
  sms: 'notification-sms',
  letter: 'postal-mail',
  space: 'requester-space',
};

const sourceComponent: Record<PrefillSource, ComponentKind> = {
  franceconnect: 'identity-provider',
  'company-register': 'company-register',
  tax: 'tax-data',
  social: 'social-data',
  other: 'other-source',
};

/** Words that say a step or a field needs a signature or a payment, in French or English. */
const SIGNATURE = /\bsign(e|é|er|ature|ed|ing)?\b|\bsignat/i;
const PAYMENT = /\b(paiement|payer|payment|pay|redevance|règlement|tarif|frais|facture)\b/i;

/**
 * The components the approved prototype relies on, inferred from what it says: the process
 * needs a workflow engine; file fields need document storage; each message channel needs
 * its sender; a prefilled field needs its source; a step or field about signing or paying
 * needs e-signature or payment. Each says what it was inferred from.
 */
export function inferComponents(content: PrototypeContent, graph: ProcessGraph): Component[] {
  const found = new Map<ComponentKind, Set<string>>();
  const note = (kind: ComponentKind, evidence: string) =>
    found.set(kind, (found.get(kind) ?? new Set()).add(evidence));

  const steps = graph.elements.filter((element) => element.kind !== 'other');
  if (steps.length > 0) note('workflow-engine', `BPMN 2.0 (${steps.length})`);
  for (const element of graph.elements) {
    if (SIGNATURE.test(element.name)) note('e-signature', element.name);
    if (PAYMENT.test(element.name)) note('payment', element.name);
  }
  for (const { field } of allFields(content.form)) {
    const label = field.label.trim() || field.key;
    if (field.type === 'file') note('document-storage', label);
    if (field.prefill) note(sourceComponent[field.prefill.source], label);
    if (SIGNATURE.test(field.label)) note('e-signature', label);
    if (PAYMENT.test(field.label)) note('payment', label);
  }
  const statusLabels = new Map(
    content.tracking.statuses.map((status) => [status.id, status.label]),
  );
  for (const message of content.tracking.messages) {
    note(
      channelComponent[message.channel],
      message.subject.trim() || statusLabels.get(message.statusId) || message.id,
    );
  }
  return componentKinds
    .filter((kind) => found.has(kind))
    .map((kind) => ({
      kind,
      integration: integrations.has(kind),
      evidence: [...(found.get(kind) ?? [])],
    }));
}
