import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ExceptionContext } from '../../domain/exceptions/schema';
import { originName } from './originName';
import { useTargetNames } from './useTargetNames';

/**
 * "Formulaire · champ « Nom »": where an exception was noted, with the current name of
 * what it concerns (or the name it had, marked as deleted).
 */
export function ContextLabel({ context }: { context: ExceptionContext }) {
  const { t } = useTranslation('exceptions');
  const names = useTargetNames();
  const step = originName(t, context.step);
  const target = context.target;
  if (!target) return <>{t('where.step', { step })}</>;
  const current = names(target.kind, target.id);
  const params = { step, kind: t(`kinds.${target.kind}`), label: current ?? target.label };
  // While the process is being read (null), the name kept at capture stands in.
  return <>{t(current === undefined ? 'where.deleted' : 'where.target', params)}</>;
}
