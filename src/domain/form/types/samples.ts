import type RandExp from 'randexp';
import { patternEngines } from '../patternEngines';
import type { Field } from '../schema';
import type { FieldTypeDefinition, SampleContext } from './definition';

/** The first candidate that the type's validation accepts for a required field. */
export function firstValid(
  definition: Pick<FieldTypeDefinition, 'validate'>,
  field: Field,
  candidates: Iterable<unknown>,
  { today }: SampleContext,
): unknown {
  for (const candidate of candidates) {
    if (definition.validate(field, candidate, { required: true, today }).length === 0) {
      return candidate;
    }
  }
  return undefined;
}

/** A small deterministic random generator (mulberry32): the same field, the same sample. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const ATTEMPTS = 40;

/** Texts that match the designer's pattern, made up from it (none if it cannot be read). */
export function* textsMatching(pattern: string): Generator<string> {
  let generator: RandExp;
  try {
    generator = new (patternEngines().RandExp)(new RegExp(pattern, 'u'));
  } catch {
    return;
  }
  // Short repetitions keep the sample readable and leave room under a maximum length.
  generator.max = 6;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const random = seeded(attempt);
    generator.randInt = (low, high) => low + Math.floor(random() * (high - low + 1));
    yield generator.gen();
  }
}

/** "Exemple" stretched or cut to the field's lengths, then texts matching its pattern. */
export function* sampleTexts(field: Field, base: string): Generator<unknown> {
  const { minLength = 0, maxLength, pattern } = field.validation ?? {};
  yield field.defaultValue;
  yield field.placeholder;
  const long = base.padEnd(Math.max(minLength, base.length), ' exemple').trimEnd();
  yield long.padEnd(minLength, 'e').slice(0, maxLength ?? undefined);
  if (pattern) yield* textsMatching(pattern);
}
