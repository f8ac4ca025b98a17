import { useEffect, useState } from 'react';
import type { Bundle } from '../../../domain/bundle/schema';
import type { SignoffDoubts } from '../../../domain/review/doubts';
import type { ReviewRound } from '../../../domain/review/record';
import { notify } from '../../../state/notifications';
import { refreshReviewerKeys, useReviewerKeys } from '../../../state/reviewerKeys';
import { doubtsAboutFile, doubtsAboutRound } from '../../../state/signoffTrust';
import { classifyStorageError } from '../../../storage/errors';

/** Nothing is known to doubt: what is shown when this browser's storage cannot be read. */
const noDoubts: SignoffDoubts = { missing: [], keys: [] };

/**
 * What this browser knows that a round or a file does not say (sign-offs seen here and
 * missing, keys other than those known), worked out again whenever the known keys change;
 * undefined while it is.
 */
function useDoubts<T>(
  subject: T | undefined,
  doubtsOf: (subject: T) => Promise<SignoffDoubts>,
): SignoffDoubts | undefined {
  const known = useReviewerKeys((state) => state.keys);
  const [result, setResult] = useState<{ of: T; known: unknown; doubts: SignoffDoubts }>();
  useEffect(() => {
    // A failure to read them is said once, by the doubts' own read below.
    void refreshReviewerKeys().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (subject === undefined) return;
    let current = true;
    doubtsOf(subject).then(
      (doubts) => current && setResult({ of: subject, known, doubts }),
      (error: unknown) => {
        if (!current) return;
        notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(error)}` });
        setResult({ of: subject, known, doubts: noDoubts });
      },
    );
    return () => {
      current = false;
    };
  }, [subject, known, doubtsOf]);
  return subject !== undefined && result?.of === subject ? result.doubts : undefined;
}

export const useRoundDoubts = (round: ReviewRound | undefined) =>
  useDoubts(round, doubtsAboutRound);

export const useFileDoubts = (bundle: Bundle | undefined) => useDoubts(bundle, doubtsAboutFile);
