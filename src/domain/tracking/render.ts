import {
  resolveField,
  storedRef,
  tokenize,
  type BuiltinPlaceholder,
  type PlaceholderField,
} from './placeholders';
import { toGsm } from './sms';
import { ownValue } from '../json';

/** The values a message is filled with: sample ones in previews, real ones in the try-out. */
export interface RenderValues {
  builtins: Record<BuiltinPlaceholder, string>;
  /** Answer per field id, already formatted as text; missing when not answered. */
  answers: Readonly<Record<string, string | undefined>>;
  fields: readonly PlaceholderField[];
}

/**
 * A rendered template, as pieces for the UI to show as text (never as HTML): a filled
 * placeholder stays distinguishable, and a hole names what is missing.
 */
export type RenderedPiece =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string }
  /** `known`: the field exists but has no answer; otherwise nothing answers to the name. */
  | { kind: 'missing'; name: string; known: boolean };

export function renderTemplate(stored: string, values: RenderValues): RenderedPiece[] {
  return tokenize(stored).map((token): RenderedPiece => {
    if (token.kind !== 'placeholder') return { kind: 'text', text: token.text };
    const ref = storedRef(token.inner);
    if (ref.kind === 'builtin') return { kind: 'value', text: values.builtins[ref.name] };
    const field = resolveField(ref, values.fields);
    if (!field) {
      return {
        kind: 'missing',
        name: ref.kind === 'field' ? (ref.keyHint ?? ref.fieldId) : ref.name,
        known: false,
      };
    }
    const answer = ownValue(values.answers, field.id);
    return answer === undefined || answer === ''
      ? { kind: 'missing', name: field.label || field.key, known: true }
      : { kind: 'value', text: answer };
  });
}

/** The rendered template as one string, e.g. to count SMS characters. */
export function renderedText(pieces: readonly RenderedPiece[]): string {
  return pieces
    .map((piece) => (piece.kind === 'missing' ? `[${piece.name}]` : piece.text))
    .join('');
}

/**
 * The pieces as an SMS preview shows and counts them: the values filled in (sample
 * answers, dates, names of missing answers) are written with the GSM alphabet, so the
 * text the team typed alone decides whether the SMS needs UCS-2.
 */
export function smsPieces(pieces: readonly RenderedPiece[]): RenderedPiece[] {
  return pieces.map((piece) => {
    if (piece.kind === 'value') return { ...piece, text: toGsm(piece.text) };
    if (piece.kind === 'missing') return { ...piece, name: toGsm(piece.name) };
    return piece;
  });
}
