import type { Frame, Impacts } from './schema';

/** A frame with nothing answered: what the first edit starts from. */
export function emptyFrame(): Frame {
  return {
    stakeholders: [],
    where: { territoryName: '' },
    when: { deadline: '', reference: '' },
    how: { means: '' },
    budget: [],
    objectives: [],
  };
}

export function emptyImpacts(): Impacts {
  return {
    agents: [],
    requesters: { struggling: '', help: [], channels: {}, owner: '', action: '' },
    budget: { currentCost: '', savingsUse: '', owner: '', action: '' },
  };
}
