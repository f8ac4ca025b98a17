import { useEffect, useState } from 'react';
import { readProcessGraph } from '../../domain/process/readGraph';
import {
  proposeLevel,
  prototypeFacts,
  type LevelProposal,
} from '../../domain/service-catalogue/levelProposal';
import type { ServiceDesign } from '../../domain/service-catalogue/design';
import { prototypeDesign } from '../../domain/service-catalogue/prototypeFill';
import { loadPrototype } from '../../storage/prototypeRepository';

export type PrototypeProposal =
  | { prototypeId: string; kind: 'loading' }
  | { prototypeId: string; kind: 'missing' }
  | {
      prototypeId: string;
      kind: 'ready';
      name: string;
      proposal: LevelProposal;
      /** What the prototype says of its service's design. */
      design: ServiceDesign;
    };

async function proposalFor(prototypeId: string): Promise<PrototypeProposal> {
  const prototype = await loadPrototype(prototypeId);
  if (!prototype) return { prototypeId, kind: 'missing' };
  const read = prototype.process.bpmnXml
    ? await readProcessGraph(prototype.process.bpmnXml)
    : undefined;
  const graph = read?.ok ? read.graph : undefined;
  return {
    prototypeId,
    kind: 'ready',
    name: prototype.name,
    proposal: proposeLevel(prototypeFacts(prototype, graph)),
    design: prototypeDesign(prototype, graph),
  };
}

/** The level each linked prototype proposes and its design, read from what it contains now. */
export function useLevelProposals(prototypeIds: readonly string[]): PrototypeProposal[] {
  const key = prototypeIds.join('\n');
  const [read, setRead] = useState<{ key: string; proposals: PrototypeProposal[] }>();
  useEffect(() => {
    let live = true;
    const ids = key === '' ? [] : key.split('\n');
    void Promise.all(
      ids.map((id) =>
        proposalFor(id).catch((): PrototypeProposal => ({ prototypeId: id, kind: 'missing' })),
      ),
    ).then((proposals) => {
      if (live) setRead({ key, proposals });
    });
    return () => {
      live = false;
    };
  }, [key]);
  if (read?.key === key) return read.proposals;
  return prototypeIds.map((prototypeId) => ({ prototypeId, kind: 'loading' }));
}
