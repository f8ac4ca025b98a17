import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../../src/domain/bundle/writeBundle';
import type { Field } from '../../../../src/domain/form/schema';
import {
  approvedVersionOf,
  type ApprovedVersion,
} from '../../../../src/domain/going-further/production/approved';
import { deploymentRequest } from '../../../../src/domain/going-further/production/deploymentRequest';
import { deploymentRequestDocument } from '../../../../src/domain/going-further/production/deploymentRequestDocument';
import { productionSchema } from '../../../../src/domain/going-further/production/schema';
import type { PrototypeContent } from '../../../../src/domain/prototype/schema';
import { contentOf } from '../../../../src/domain/prototype/model';
import { now, samplePrototype, signed } from '../../review/support';
import { translator } from './support';

const field = (id: string, key: string, type: Field['type'], label: string, extra = {}): Field => ({
  id,
  key,
  type,
  label,
  required: true,
  ...extra,
});

/** The sample prototype with a file to attach, an identity from FranceConnect and an SMS. */
function richContent(): PrototypeContent {
  const base = contentOf(samplePrototype());
  const page = base.form.pages[0]!;
  return {
    ...base,
    form: {
      pages: [
        {
          ...page,
          fields: [
            field('f-id', 'identite', 'identity', 'Votre identité', {
              prefill: { source: 'franceconnect', detail: 'nom, prénoms' },
            }),
            field('f-proof', 'justificatif', 'file', 'Justificatif de domicile', {
              validation: { fileTypes: ['pdf', 'jpg'], maxSizeMb: 5 },
            }),
            field('f-fee', 'redevance', 'amount', 'Montant de la redevance'),
          ],
        },
      ],
    },
    tracking: {
      ...base.tracking,
      messages: [
        ...base.tracking.messages,
        {
          id: 'sms-accepted',
          statusId: base.tracking.messages.at(-1)!.statusId,
          channel: 'sms',
          subject: '',
          body: 'Votre carte est prête.',
          reasons: [],
        },
      ],
    },
  };
}

async function bundleOf(content: PrototypeContent) {
  return writeBundle(content, {
    now,
    appVersion: '0.1.0',
    version: { id: 'v3', number: 3, name: 'Soumission finale', createdAt: now.toISOString() },
    submission: { by: 'Awa', at: now.toISOString(), declarations: [] },
  });
}

async function approved(content = richContent()): Promise<ApprovedVersion> {
  const verified = await signed(await bundleOf(content), {
    role: 'verifier',
    name: 'Bruno',
    decision: 'verified',
  });
  const result = await approvedVersionOf(
    await signed(verified, { role: 'approver', name: 'Chloé', decision: 'approved' }),
  );
  if (!result.ok) throw new Error(`not approved: ${result.why.kind}`);
  return result.approved;
}

const noRecord = productionSchema.parse({}).request;

describe('the deployment request', () => {
  it('is drafted from the approved version, with its sign-offs, fingerprints and content hash', async () => {
    const version = await approved();
    const request = deploymentRequest(version, noRecord);
    expect(request.approval.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(request.approval.version).toMatchObject({ number: 3, name: 'Soumission finale' });
    expect(
      request.approval.signoffs.map(({ signoff }) => [signoff.name, signoff.decision]),
    ).toEqual([
      ['Bruno', 'verified'],
      ['Chloé', 'approved'],
    ]);
    for (const { fingerprint, valid } of request.approval.signoffs) {
      expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
      expect(valid).toBe(true);
    }

    const document = deploymentRequestDocument(await translator(), request);
    const text = JSON.stringify(document);
    expect(document.title).toBe('Demande de mise en production — Carte de stationnement résident');
    expect(text).toContain(request.approval.contentHash);
    expect(text).toContain(request.approval.signoffs[0]!.fingerprint);
    expect(text).toContain('Version 3 « Soumission finale »');
  });

  it('says what is deployed: the form as JSON Schema, the BPMN, statuses and messages', async () => {
    const version = await approved();
    const request = deploymentRequest(version, noRecord);
    expect(request.form.jsonSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Carte de stationnement résident',
      properties: { identite: expect.anything(), justificatif: expect.anything() },
    });
    expect(request.process.bpmnXml).toContain('bpmn:definitions');
    expect(request.process.steps).toBeGreaterThan(10);
    expect(request.statuses.map((status) => status.label)).toContain('Acceptée');
    expect(request.messages).toContainEqual({
      status: request.messages.find((message) => message.channel === 'sms')!.status,
      channel: 'sms',
      subject: '',
    });
  });

  it('infers the components and integrations from the prototype, each with what it rests on', async () => {
    const request = deploymentRequest(await approved(), {
      ...noRecord,
      componentVersions: [{ componentId: 'workflow-engine', version: 'Camunda 7.22' }],
    });
    const kinds = request.components.map((component) => component.kind);
    expect(kinds).toEqual([
      'workflow-engine',
      'document-storage',
      'notification-email',
      'notification-sms',
      'payment',
      'identity-provider',
    ]);
    const byKind = new Map(request.components.map((component) => [component.kind, component]));
    expect(byKind.get('workflow-engine')?.version).toBe('Camunda 7.22');
    expect(byKind.get('document-storage')?.evidence).toEqual(['Justificatif de domicile']);
    expect(byKind.get('identity-provider')).toMatchObject({
      integration: true,
      evidence: ['Votre identité'],
    });
    expect(byKind.get('payment')?.evidence).toEqual(['Montant de la redevance']);

    const text = JSON.stringify(deploymentRequestDocument(await translator(), request));
    expect(text).toContain('Camunda 7.22');
    expect(text).toContain('FranceConnect (identité)');
    expect(text).toContain('Passerelle SMS');
  });

  it('lists the access rights per process role and the security settings', async () => {
    const request = deploymentRequest(await approved(), noRecord);
    const agents = request.access.find((right) => right.tasks.includes('Instruire la demande'));
    expect(agents?.statuses).toContain('En cours d’instruction');
    const t = await translator();
    const text = JSON.stringify(deploymentRequestDocument(t, request));
    expect(text).toContain('Codes de suivi de 8 caractères');
    expect(text).toContain('Pièces jointes : formats pdf, jpg, 5 Mo au plus');
    expect(text).toContain(
      'Données personnelles collectées : Votre identité, Justificatif de domicile',
    );
  });

  it('records what the production team returned and the configuration done', async () => {
    const version = await approved();
    const first = deploymentRequest(version, noRecord);
    const request = deploymentRequest(version, {
      ...noRecord,
      returned: [{ id: 'r1', label: 'Compte de service', value: 'coffre DSI / clé xyz' }],
      configurationDone: ['form', first.configuration.at(-1)!.id],
    });
    expect(request.configuration.filter((item) => item.done).map((item) => item.id)).toEqual([
      'form',
      first.configuration.at(-1)!.id,
    ]);
    const text = JSON.stringify(deploymentRequestDocument(await translator('en'), request));
    expect(text).toContain('coffre DSI / clé xyz');
    expect(text).toContain('Form imported from the delivered JSON Schema');
  });

  it('is refused for a prototype that was not approved, or changed since', async () => {
    const submitted = await bundleOf(richContent());
    expect(await approvedVersionOf(submitted)).toEqual({
      ok: false,
      why: { kind: 'not-approved' },
    });
    const verified = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    expect((await approvedVersionOf(verified)).ok).toBe(false);
    const rejected = await signed(verified, {
      role: 'approver',
      name: 'Chloé',
      decision: 'rejected',
    });
    expect(await approvedVersionOf(rejected)).toEqual({ ok: false, why: { kind: 'not-approved' } });

    const approvedFile = await signed(verified, {
      role: 'approver',
      name: 'Chloé',
      decision: 'approved',
    });
    const changed = { ...approvedFile, prototype: { ...approvedFile.prototype, name: 'Autre' } };
    expect(await approvedVersionOf(changed)).toEqual({ ok: false, why: { kind: 'not-intact' } });
  });
});
