import type { DigitisationLevel, ServiceEntry, UserKind } from './schema';

/** What a catalogue manager narrows the list of services by; empty criteria keep every service. */
export interface ServiceFilter {
  /** Words looked for in the name, the description and the owning service. */
  text: string;
  level?: DigitisationLevel;
  lifeEvent?: string;
  owner?: string;
  user?: UserKind;
}

export const emptyServiceFilter: ServiceFilter = { text: '' };

/**
 * Lower case without accents, so that « demenagement » finds « Déménagement » as a person
 * typing on any keyboard expects.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

/**
 * The services matching every criterion given, in their order. Each word of the text must
 * appear somewhere in the name, description or owning service (in any order).
 */
export function filterServices(
  entries: readonly ServiceEntry[],
  filter: ServiceFilter,
): ServiceEntry[] {
  const words = foldText(filter.text).split(/\s+/).filter(Boolean);
  const owner = filter.owner?.trim();
  return entries.filter((entry) => {
    if (filter.level !== undefined && entry.level !== filter.level) return false;
    if (filter.user !== undefined && !entry.users.includes(filter.user)) return false;
    if (owner && entry.owner.trim() !== owner) return false;
    if (filter.lifeEvent !== undefined && !entry.lifeEvents.includes(filter.lifeEvent))
      return false;
    if (words.length === 0) return true;
    const haystack = foldText(`${entry.name}\n${entry.description}\n${entry.owner}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** The distinct non-empty values of a text field across the catalogue, sorted for a list of choices. */
function distinct(values: Iterable<string>, locale: string): string[] {
  const kept = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed) kept.add(trimmed);
  }
  return [...kept].sort((a, b) => a.localeCompare(b, locale));
}

/** The owning services and life events the filter can offer, from the catalogue itself. */
export function filterChoices(entries: readonly ServiceEntry[], locale: string) {
  return {
    owners: distinct(
      entries.map((entry) => entry.owner),
      locale,
    ),
    lifeEvents: distinct(
      entries.flatMap((entry) => entry.lifeEvents),
      locale,
    ),
  };
}

/** Whether any criterion narrows the list. */
export function isFiltering(filter: ServiceFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.level !== undefined ||
    filter.lifeEvent !== undefined ||
    Boolean(filter.owner?.trim()) ||
    filter.user !== undefined
  );
}
