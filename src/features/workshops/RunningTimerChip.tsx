import { useTranslation } from '../../ui/i18n/useTranslation';
import { runningWorkshop } from '../../domain/workshops/rules';
import { formatDuration, workshopTiming } from '../../domain/workshops/timer';
import type { Workshop } from '../../domain/workshops/schema';
import { useNow } from '../../state/clock';
import { useEditorStore } from '../../state/editorStore';

function Chip({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const now = useNow();
  const { remainingMs, currentItem } = workshopTiming(workshop, now);
  const time = formatDuration(remainingMs);
  return (
    <>
      <p
        className={`timer-chip keep-when-presenting${remainingMs < 0 ? ' timer-chip--over' : ''}`}
        role="timer"
        aria-label={t('run.chipLabel', { title: workshop.title })}
      >
        {t('run.chip', { title: workshop.title, time })}
      </p>
      {/* The room follows the agenda from every step, not only from the workshops screen. */}
      {currentItem && (
        <p className="timer-chip__item keep-when-presenting">
          {t('run.chipItem', { item: currentItem.title })}
        </p>
      )}
    </>
  );
}

/** The running workshop's time left and agenda point, in every step: only they re-render each second. */
export function RunningTimerChip() {
  const workshop = useEditorStore((state) =>
    state.prototype ? runningWorkshop(state.prototype.workshops) : undefined,
  );
  return workshop ? <Chip workshop={workshop} /> : null;
}
