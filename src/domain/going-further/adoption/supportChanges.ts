import type { HelpKind } from '../../frame/schema';
import type { Adoption, RequesterSupportKind, Support } from './schema';
import { requesterSupportKinds } from './vocabulary';
import { helpKinds } from '../../frame/lists';

export function emptySupport(): Support {
  return { requesters: [], agents: '', inclusion: [] };
}

function withSupport(adoption: Adoption, change: (support: Support) => Support): Adoption {
  const current = adoption.support ?? emptySupport();
  const next = change(current);
  return next === current ? adoption : { ...adoption, support: next };
}

/** Offers a kind of support to requesters, or stops offering it; the list keeps one order. */
export function setRequesterSupport(
  adoption: Adoption,
  { kind, offered }: { kind: RequesterSupportKind; offered: boolean },
): Adoption {
  return withSupport(adoption, (support) =>
    support.requesters.includes(kind) === offered
      ? support
      : {
          ...support,
          requesters: requesterSupportKinds.filter((k) =>
            k === kind ? offered : support.requesters.includes(k),
          ),
        },
  );
}

export function setAgentSupport(adoption: Adoption, { text }: { text: string }): Adoption {
  return withSupport(adoption, (support) =>
    support.agents === text ? support : { ...support, agents: text },
  );
}

/** Adds helps to the inclusion plan (those it already has are kept as they are). */
export function addInclusionHelps(adoption: Adoption, { kinds }: { kinds: HelpKind[] }): Adoption {
  return withSupport(adoption, (support) => {
    const missing = kinds.filter((kind) => !support.inclusion.some((help) => help.kind === kind));
    if (missing.length === 0) return support;
    const inclusion = helpKinds.flatMap((kind) => {
      const existing = support.inclusion.find((help) => help.kind === kind);
      if (existing) return [existing];
      return missing.includes(kind) ? [{ kind, details: '' }] : [];
    });
    return { ...support, inclusion };
  });
}

export function setInclusionDetails(
  adoption: Adoption,
  { kind, details }: { kind: HelpKind; details: string },
): Adoption {
  return withSupport(adoption, (support) => {
    const index = support.inclusion.findIndex((help) => help.kind === kind);
    const current = support.inclusion[index];
    if (!current || current.details === details) return support;
    return { ...support, inclusion: support.inclusion.with(index, { kind, details }) };
  });
}

export function removeInclusionHelp(adoption: Adoption, { kind }: { kind: HelpKind }): Adoption {
  return withSupport(adoption, (support) =>
    support.inclusion.some((help) => help.kind === kind)
      ? { ...support, inclusion: support.inclusion.filter((help) => help.kind !== kind) }
      : support,
  );
}
