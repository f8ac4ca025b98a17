import { describe, expect, it } from 'vitest';
import { defaultProcess } from '../../../src/domain/process/defaults';
import { checkProcess } from '../../../src/domain/process/checks';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { processPaths } from '../../../src/domain/process/paths';
import { defaultStatusIds } from '../../../src/domain/tracking/defaults';
import { processSchema } from '../../../src/domain/process/schema';

describe('defaultProcess', () => {
  it('is valid against the process schema', () => {
    expect(processSchema.safeParse(defaultProcess()).success).toBe(true);
  });

  it('passes every check, bpmnlint and Fabrik alike, even when a response time is promised', async () => {
    const result = await checkProcess(defaultProcess().bpmnXml, { promisesResponseTime: true });
    expect(result).toEqual({ ok: true, checks: [] });
  });

  it('draws the French default chain in lanes for the requester and the agents', async () => {
    const result = await readProcessGraph(defaultProcess().bpmnXml);
    if (!result.ok) throw new Error(result.error);
    expect(result.warnings).toEqual([]);
    const byName = new Map(result.graph.elements.map((element) => [element.name, element]));
    expect(byName.get('Demande déposée')).toMatchObject({ kind: 'start', lane: 'Demandeur' });
    expect(byName.get('Vérifier la complétude du dossier')).toMatchObject({
      kind: 'task',
      lane: 'Agents',
      role: 'Agent instructeur',
      delayDays: 5,
      statusId: defaultStatusIds.checking,
    });
    expect(byName.get('Demander les pièces manquantes')?.statusId).toBe(
      defaultStatusIds.waitingDocuments,
    );
    expect(byName.get('Pièces reçues')?.kind).toBe('event');
    expect(byName.get('Prendre la décision')?.role).toBe('Responsable du service');
    // The requester keeps seeing the examination while the decision is taken.
    expect(byName.get('Prendre la décision')?.statusId).toBe(defaultStatusIds.examining);
    // Documents that never come close the request without follow-up.
    expect(byName.get('Pas de réponse sous 30 jours')).toMatchObject({
      kind: 'event',
      delayDays: 30,
    });
    expect(byName.get('Classer la demande sans suite')?.statusId).toBe(defaultStatusIds.closed);
    expect(
      result.graph.elements.filter((element) => element.kind === 'end').map((end) => end.name),
    ).toEqual(['Demande acceptée', 'Demande refusée', 'Demande classée sans suite']);
  });

  it('sets only statuses of the default tracking, and every path reaches an end', async () => {
    const result = await readProcessGraph(defaultProcess().bpmnXml);
    if (!result.ok) throw new Error(result.error);
    const known = new Set<string>(Object.values(defaultStatusIds));
    const used = new Set(result.graph.elements.flatMap((element) => element.statusId ?? []));
    // Every default status is set by some step: a new prototype has none left unset.
    expect(used).toEqual(known);
    const { paths } = processPaths(result.graph);
    expect(paths.length).toBeGreaterThanOrEqual(4);
    expect(paths.every((path) => path.reachesEnd)).toBe(true);
  });

  it('offers the roles its tasks use', async () => {
    const { bpmnXml, roles } = defaultProcess();
    const result = await readProcessGraph(bpmnXml);
    if (!result.ok) throw new Error(result.error);
    for (const element of result.graph.elements) {
      if (element.role) expect(roles).toContain(element.role);
    }
  });
});
