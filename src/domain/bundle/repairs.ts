import type { PrototypeContent } from '../prototype/schema';
import { newId } from '../ids';
import { clearDanglingReferences } from '../prototype/danglingReferences';
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

/** Who raised or follows an exception, where it was raised, who attended: cleared if unknown. */
const knownReferences: Repair = (content) => {
  const { content: fixed, cleared } = clearDanglingReferences(content);
  const keys = {
    'exception-participant': 'bundle.repairs.unknownParticipant',
    'exception-workshop': 'bundle.repairs.unknownWorkshop',
    'workshop-attendee': 'bundle.repairs.unknownAttendee',
  } as const;
  return {
    content: fixed,
    repairs: cleared.map(({ kind, holder, id }) => ({ key: keys[kind], params: { id, holder } })),
  };
};

/**
 * Repairs run in order on every imported prototype, after validation; ids are made unique
 * before references are checked, so a reference to a duplicated id keeps the first entry.
 */
export const repairs: readonly Repair[] = [uniqueListIds, knownReferences];

export function repairContent(content: PrototypeContent) {
  return repairs.reduce(
    (acc, repair) => {
      const result = repair(acc.content);
      return { content: result.content, repairs: [...acc.repairs, ...result.repairs] };
    },
    { content, repairs: [] as BundleRepair[] },
  );
}
