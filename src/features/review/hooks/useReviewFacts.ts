import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { contentKeys } from '../../../domain/prototype/model';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import { reviewHash } from '../../../domain/review/importing';
import type { ReviewRound } from '../../../domain/review/record';
import type { PublicJwk } from '../../../domain/review/schema';
import { checkSignoffs, type SignoffCheck } from '../../../domain/review/verify';
import { useEditorStore } from '../../../state/editorStore';
import { myPublicKey } from '../../../state/signingKey';

/** The open prototype's content, as one object that changes only when the content does. */
export function useOpenContent(): PrototypeContent {
  return useEditorStore(
    useShallow((state) => {
      const prototype = state.prototype!;
      return Object.fromEntries(contentKeys.map((key) => [key, prototype[key]]));
    }),
  ) as PrototypeContent;
}

/** The hash the review covers for this content; undefined while it is computed. */
export function useReviewHash(content: PrototypeContent): string | undefined {
  const [hash, setHash] = useState<{ of: PrototypeContent; hash: string }>();
  useEffect(() => {
    let current = true;
    void reviewHash(content).then((next) => current && setHash({ of: content, hash: next }));
    return () => {
      current = false;
    };
  }, [content]);
  return hash?.of === content ? hash.hash : undefined;
}

/**
 * This browser's public key, if it ever signed; read again after each decision (`signed`
 * counts them), since the first decision makes the key.
 */
export function useMyPublicKey(signed: number): PublicJwk | undefined {
  const [key, setKey] = useState<PublicJwk>();
  useEffect(() => {
    let current = true;
    myPublicKey().then(
      (next) => current && setKey(next),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [signed]);
  return key;
}

/** The round's sign-offs verified again, with their fingerprints: storage is not trusted either. */
export function useRoundCheck(round: ReviewRound | undefined): SignoffCheck | undefined {
  const [check, setCheck] = useState<{ of: ReviewRound; check: SignoffCheck }>();
  useEffect(() => {
    if (!round) return;
    let current = true;
    void checkSignoffs({
      actualHash: round.contentHash,
      declaredHash: round.contentHash,
      signoffs: round.signoffs,
      submission: round.submission,
      version: round.version,
    }).then((next) => current && setCheck({ of: round, check: next }));
    return () => {
      current = false;
    };
  }, [round]);
  return round && check?.of === round ? check.check : undefined;
}
