import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link, useLocation } from 'wouter';
import { contentOf } from '../../domain/prototype/model';
import type { PrototypeContent } from '../../domain/prototype/schema';
import { diffContents, type VersionDiff } from '../../domain/versions/diff';
import { useEditorStore } from '../../state/editorStore';
import { feedbackAnsweredBetween } from '../../domain/versions/answeredFeedback';
import { AnsweredFeedbackList } from './AnsweredFeedbackList';
import { ComparePicker } from './ComparePicker';
import { DiffView } from './DiffView';
import { useLoadedVersion } from './useLoadedVersion';
import type { VersionList } from './useVersionList';
import { withQuery } from '../../ui/links';

interface VersionCompareProps {
  list: VersionList;
  /** Id of the version compared from. */
  from: string;
  /** Id of the version compared to, or "current" for the prototype as it is now. */
  to: string;
}

function useDiff(before?: PrototypeContent, after?: PrototypeContent) {
  const [result, setResult] = useState<{
    before: PrototypeContent;
    after: PrototypeContent;
    diff: VersionDiff;
  }>();
  useEffect(() => {
    if (!before || !after) return;
    let cancelled = false;
    void diffContents(before, after).then((diff) => {
      if (!cancelled) setResult({ before, after, diff });
    });
    return () => {
      cancelled = true;
    };
  }, [before, after]);
  return result && result.before === before && result.after === after ? result.diff : undefined;
}

/** Compares two versions (or a version and the current prototype) in a workshop's terms. */
export function VersionCompare({ list, from, to }: VersionCompareProps) {
  const { t } = useTranslation('workshops');
  const [, navigate] = useLocation();
  const left = useLoadedVersion(from);
  const right = useLoadedVersion(to === 'current' ? undefined : to);
  const current = useEditorStore((state) => state.prototype);
  // A new content object only when the prototype changes, so the diff reruns only then.
  const currentContent = useMemo(() => (current ? contentOf(current) : undefined), [current]);
  const before = left.state === 'ready' ? left.version.content : undefined;
  const after =
    to === 'current' ? currentContent : right.state === 'ready' ? right.version.content : undefined;
  const diff = useDiff(before, after);
  const versions = useMemo(() => (list.state === 'ready' ? list.versions : []), [list]);
  const answered = useMemo(() => {
    if (left.state !== 'ready' || !after) return [];
    const toNumber = to === 'current' || right.state !== 'ready' ? undefined : right.version.number;
    return feedbackAnsweredBetween(versions, left.version.number, toNumber, after);
  }, [left, right, to, after, versions]);
  const missing = left.state === 'missing' || (to !== 'current' && right.state === 'missing');

  return (
    <section className="page version-compare">
      <p>
        <Link href="/workshops">← {t('versions.back')}</Link>
      </p>
      <h1>{t('versions.compareTitle')}</h1>
      {versions.length > 0 && (
        <ComparePicker
          key={`${from}:${to}`}
          versions={versions}
          initialFrom={from}
          initialTo={to}
          onCompare={(nextFrom, nextTo) =>
            navigate(withQuery('/workshops', { compare: nextFrom, with: nextTo }))
          }
        />
      )}
      {from === to && <p>{t('diff.same')}</p>}
      {missing && <p className="banner banner--error">{t('versions.notFound')}</p>}
      {!missing && from !== to && !diff && <p role="status">{t('diff.loading')}</p>}
      {!missing && from !== to && diff && before && after && (
        <>
          <AnsweredFeedbackList answered={answered} />
          <DiffView diff={diff} before={before} after={after} answered={answered} />
        </>
      )}
    </section>
  );
}
