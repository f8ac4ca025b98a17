import type { PrototypeContent } from '../prototype/schema';
import { newId } from '../ids';
import type { BundleRepair } from './readErrors';

type Repair = (content: PrototypeContent) => { content: PrototypeContent; repairs: BundleRepair[] };

/** Entries of a list that share an id get a fresh one, so references stay unambiguous. */
function uniqueIds<T extends { id: string }>(items: T[], list: string) {
  const seen = new Set<string>();
  const repairs: BundleRepair[] = [];
  const fixed = items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    repairs.push({ key: 'bundle.repairs.duplicateId', params: { list, id: item.id } });
    return { ...item, id: newId() };
  });
  return { fixed, repairs };
}

const uniqueListIds: Repair = (content) => {
  const exceptions = uniqueIds(content.exceptions, 'exceptions');
  const workshops = uniqueIds(content.workshops, 'workshops');
  const team = uniqueIds(content.team, 'team');
  return {
    content: {
      ...content,
      exceptions: exceptions.fixed,
      workshops: workshops.fixed,
      team: team.fixed,
    },
    repairs: [...exceptions.repairs, ...workshops.repairs, ...team.repairs],
  };
};

/** Repairs run in order on every imported prototype, after validation. */
export const repairs: readonly Repair[] = [uniqueListIds];

export function repairContent(content: PrototypeContent) {
  return repairs.reduce(
    (acc, repair) => {
      const result = repair(acc.content);
      return { content: result.content, repairs: [...acc.repairs, ...result.repairs] };
    },
    { content, repairs: [] as BundleRepair[] },
  );
}
