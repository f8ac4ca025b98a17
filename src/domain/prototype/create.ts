import { newId } from '../ids';
import { emptyPurpose } from '../purpose/items';
import { emptyForm } from '../form/defaults';
import { defaultProcess } from '../process/defaults';
import { defaultTracking } from '../tracking/defaults';
import { contentOf } from './model';
import type { Prototype, PrototypeContent } from './schema';

export function newPrototypeContent(name: string, id: string = newId()): PrototypeContent {
  return {
    id,
    name: name.trim(),
    purpose: emptyPurpose(),
    form: emptyForm(),
    process: defaultProcess(),
    tracking: defaultTracking(),
    exceptions: [],
    workshops: [],
    team: [],
  };
}

export function createPrototype(name: string, now: Date, id?: string): Prototype {
  return withBookkeeping(newPrototypeContent(name, id), now);
}

/** A prototype made from content that arrives from elsewhere (an import, a duplicate). */
export function withBookkeeping(content: PrototypeContent, now: Date): Prototype {
  const at = now.toISOString();
  return { ...content, status: 'draft', createdAt: at, updatedAt: at, revision: 0 };
}

/** A copy under a new id, whose review starts over: only the content is copied. */
export function duplicatePrototype(source: PrototypeContent, name: string, now: Date): Prototype {
  return withBookkeeping({ ...structuredClone(contentOf(source)), id: newId(), name }, now);
}
