import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { EditedPart } from '../editedParts';
import type { DeploymentRequest } from './deploymentRequest';
import { requestParts, type RequestParts } from './parts';
import type { TextRef } from './textRef';
import type { Translate } from './translate';

/** A sentence of the request in the person's language, its values translated when they are ids. */
export function say(t: Translate, text: TextRef): string {
  const values = { ...text.values };
  if (typeof values.component === 'string') values.component = t(`components.${values.component}`);
  if (typeof values.setting === 'string') values.setting = t(`securityNames.${values.setting}`);
  return t(text.key, values);
}

const yesNo = (t: Translate, value: boolean) => t(value ? 'doc.yes' : 'doc.no');
const orDash = (value: string) => (value.trim() === '' ? '—' : value);

function approvalBlocks(t: Translate, request: DeploymentRequest): DocumentBlock[] {
  const { approval } = request;
  return [
    { kind: 'heading', level: 1, text: t('doc.request.approval') },
    {
      kind: 'paragraph',
      text: approval.version
        ? t('doc.request.version', {
            number: approval.version.number,
            name: approval.version.name,
          })
        : t('doc.request.noVersion'),
    },
    { kind: 'paragraph', text: t('doc.request.contentHash', { hash: approval.contentHash }) },
    {
      kind: 'table',
      caption: t('doc.request.signoffs'),
      columns: [
        t('doc.col.role'),
        t('doc.col.name'),
        t('doc.col.decision'),
        t('doc.col.date'),
        t('doc.col.fingerprint'),
        t('doc.col.valid'),
      ],
      rows: approval.signoffs.map(({ signoff, fingerprint, valid }) => [
        t(`signoffRoles.${signoff.role}`),
        signoff.name,
        t(`decisions.${signoff.decision}`),
        signoff.at,
        fingerprint,
        yesNo(t, valid),
      ]),
    },
  ];
}

function deployedBlocks(t: Translate, request: DeploymentRequest): DocumentBlock[] {
  return [
    { kind: 'heading', level: 1, text: t('doc.request.deployed') },
    { kind: 'heading', level: 2, text: t('doc.request.form') },
    {
      kind: 'paragraph',
      text: t('doc.request.formSummary', {
        pages: request.form.pages,
        fields: request.form.fields.length,
      }),
    },
    {
      kind: 'table',
      caption: t('doc.request.fields'),
      columns: [t('doc.col.key'), t('doc.col.label'), t('doc.col.type'), t('doc.col.required')],
      rows: request.form.fields.map((field) => [
        field.key,
        field.label,
        field.type,
        yesNo(t, field.required),
      ]),
    },
    { kind: 'heading', level: 2, text: t('doc.request.process') },
    { kind: 'paragraph', text: t('doc.request.processSummary', { steps: request.process.steps }) },
    { kind: 'heading', level: 2, text: t('doc.request.statusesMessages') },
    {
      kind: 'table',
      caption: t('doc.request.statuses'),
      columns: [t('doc.col.status'), t('doc.col.visible'), t('doc.col.final'), t('doc.col.limit')],
      rows: request.statuses.map((status) => [
        status.label,
        yesNo(t, status.visible),
        yesNo(t, status.final),
        status.timeLimitDays === null ? '—' : t('doc.days', { count: status.timeLimitDays }),
      ]),
    },
    {
      kind: 'table',
      caption: t('doc.request.messages'),
      columns: [t('doc.col.status'), t('doc.col.channel'), t('doc.col.subject')],
      rows: request.messages.map((message) => [
        message.status,
        t(`channels.${message.channel}`),
        orDash(message.subject),
      ]),
    },
    { kind: 'heading', level: 2, text: t('doc.request.components') },
    {
      kind: 'table',
      caption: t('doc.request.components'),
      columns: [t('doc.col.component'), t('doc.col.inferredFrom'), t('doc.col.version')],
      rows: request.components
        .filter((component) => !component.integration)
        .map((component) => [
          t(`components.${component.kind}`),
          component.evidence.join(' ; '),
          orDash(component.version),
        ]),
    },
  ];
}

function configureBlocks(
  t: Translate,
  request: DeploymentRequest,
  parts: RequestParts,
): DocumentBlock[] {
  return [
    { kind: 'heading', level: 1, text: t('doc.request.access') },
    {
      kind: 'table',
      caption: t('doc.request.access'),
      columns: [t('doc.col.role'), t('doc.col.tasks'), t('doc.col.statuses')],
      rows: request.access.map((right) => [
        right.role,
        orDash(right.tasks.join(' ; ')),
        orDash(right.statuses.join(' ; ')),
      ]),
    },
    { kind: 'heading', level: 1, text: t('doc.request.security') },
    { kind: 'list', items: parts.security.map(({ part }) => part.text) },
    { kind: 'heading', level: 1, text: t('doc.request.integrations') },
    request.components.some((component) => component.integration)
      ? {
          kind: 'table',
          caption: t('doc.request.integrations'),
          columns: [t('doc.col.integration'), t('doc.col.inferredFrom'), t('doc.col.version')],
          rows: request.components
            .filter((component) => component.integration)
            .map((component) => [
              t(`components.${component.kind}`),
              component.evidence.join(' ; '),
              orDash(component.version),
            ]),
        }
      : { kind: 'paragraph', text: t('doc.request.noIntegration') },
  ];
}

function returnedBlocks(t: Translate, request: DeploymentRequest): DocumentBlock[] {
  return [
    { kind: 'heading', level: 1, text: t('doc.request.returned') },
    request.returned.length > 0
      ? {
          kind: 'table',
          caption: t('doc.request.returned'),
          columns: [t('doc.col.what'), t('doc.col.reference')],
          rows: request.returned.map((reference) => [reference.label, reference.value]),
        }
      : { kind: 'paragraph', text: t('doc.request.nothingReturned') },
    {
      kind: 'table',
      caption: t('doc.request.configuration'),
      columns: [t('doc.col.configuration'), t('doc.col.done')],
      rows: request.configuration.map((item) => [say(t, item.text), yesNo(t, item.done)]),
    },
  ];
}

/**
 * The deployment request as a document: read on screen, printed, exported to DOCX and CSV,
 * with the team's wording of the parts they reworded.
 */
export function deploymentRequestDocument(
  t: Translate,
  request: DeploymentRequest,
  edits?: readonly EditedPart[],
): FabrikDocument {
  const parts = requestParts(t, request, edits);
  return {
    title: t('doc.request.title', { name: request.name }),
    blocks: [
      { kind: 'paragraph', text: parts.intro.text },
      ...approvalBlocks(t, request),
      ...deployedBlocks(t, request),
      ...configureBlocks(t, request, parts),
      ...returnedBlocks(t, request),
    ],
  };
}
