import type { Prototype } from '../prototype/schema';
import type { StakeholderKind } from './schema';

/** A stakeholder the frame could add, from what the prototype already knows. */
export interface StakeholderSuggestion {
  kind: StakeholderKind;
  name: string;
  /** Where it comes from: the workshop team or the process roles. */
  source: 'team' | 'process';
}

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), 'fr', { sensitivity: 'base' }) === 0;

/**
 * The team's services and the process roles not yet among the stakeholders: the agents who
 * will do the work, the IT people of the team as IT. Each name once.
 */
export function stakeholderSuggestions(prototype: Prototype): StakeholderSuggestion[] {
  const suggestions: StakeholderSuggestion[] = [];
  const taken = (name: string) =>
    name.trim() === '' ||
    (prototype.frame?.stakeholders ?? []).some((stakeholder) => sameName(stakeholder.name, name)) ||
    suggestions.some((suggestion) => sameName(suggestion.name, name));
  for (const role of prototype.process.roles) {
    if (!taken(role)) suggestions.push({ kind: 'agents', name: role.trim(), source: 'process' });
  }
  for (const participant of prototype.team) {
    const name = participant.service.trim() || participant.name.trim();
    if (taken(name)) continue;
    suggestions.push({ kind: participant.role === 'it' ? 'it' : 'agents', name, source: 'team' });
  }
  return suggestions;
}
