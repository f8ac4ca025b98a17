import { useTranslation } from '../../../ui/i18n/useTranslation';
import { emptyFrame, emptyImpacts } from '../../../domain/frame/empty';
import { budgetTotal, channelTotal } from '../../../domain/frame/questions';
import { requestChannels, type Frame, type Impacts } from '../../../domain/frame/schema';
import { loadStepStrings } from '../../../state/stepStrings';
import { useLoaded } from '../../../ui/useLoaded';
import { Missing } from './PurposeView';

function Row({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="review-list__row">
      <dt>{label}</dt>
      <dd className="review-text">{value?.trim() || <Missing />}</dd>
    </div>
  );
}

/**
 * The project frame and the impacts, as written. Its labels are the frame step's own
 * strings, loaded with every step's readiness messages.
 */
export function FrameView({ frame, impacts }: { frame?: Frame; impacts?: Impacts }) {
  const loaded = useLoaded(loadStepStrings);
  const { t, i18n } = useTranslation('frame');
  if (loaded === undefined && !i18n.hasResourceBundle(i18n.language, 'frame')) return null;
  const f = frame ?? emptyFrame();
  const im = impacts ?? emptyImpacts();
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });
  const lines = (items: string[]) => items.filter((item) => item.trim() !== '').join('\n');
  const followUp = (value: { owner: string; action: string }) =>
    lines([
      value.owner && `${t('impacts.owner')} : ${value.owner}`,
      value.action && `${t('impacts.action')} : ${value.action}`,
    ]);
  return (
    <dl className="review-list">
      <Row
        label={t('parts.who')}
        value={lines(
          f.stakeholders.map(
            (s) => `${s.name} (${t(`who.kinds.${s.kind}`)})${s.role.trim() ? ` — ${s.role}` : ''}`,
          ),
        )}
      />
      <Row
        label={t('parts.where')}
        value={lines([
          f.where.territory ? t(`where.territories.${f.where.territory}`) : '',
          f.where.territoryName,
        ])}
      />
      <Row
        label={t('parts.when')}
        value={lines([
          f.when.deadline,
          f.when.basis ? t(`when.bases.${f.when.basis}`) : '',
          f.when.reference,
        ])}
      />
      <Row
        label={t('parts.how')}
        value={lines([f.how.means, f.how.delivery ? t(`how.deliveries.${f.how.delivery}`) : ''])}
      />
      <Row
        label={t('parts.howMuch')}
        value={
          f.budget.length === 0
            ? ''
            : lines([
                ...f.budget.map(
                  (line) =>
                    `${line.item} : ${line.amount === undefined ? '?' : money.format(line.amount)}`,
                ),
                t('howMuch.total', { total: money.format(budgetTotal(f)) }),
              ])
        }
      />
      <Row
        label={t('parts.why')}
        value={lines(
          f.objectives.map((o) =>
            [o.objective, o.indicator, o.target].filter((part) => part.trim() !== '').join(' — '),
          ),
        )}
      />
      <Row
        label={t('impacts.agents.title')}
        value={lines(
          im.agents.map((impact) =>
            lines([
              impact.role,
              impact.before && `${t('impacts.agents.before')} : ${impact.before}`,
              impact.workload && `${t('impacts.agents.workload')} : ${impact.workload}`,
              impact.means && `${t('impacts.agents.means')} : ${impact.means}`,
              impact.responsibilities &&
                `${t('impacts.agents.responsibilities')} : ${impact.responsibilities}`,
              followUp(impact),
            ]),
          ),
        )}
      />
      <Row
        label={t('impacts.requesters.title')}
        value={lines([
          im.requesters.struggling,
          im.requesters.help.map((kind) => t(`impacts.requesters.helpKinds.${kind}`)).join(', '),
          channelTotal(im) > 0
            ? requestChannels
                .filter((channel) => im.requesters.channels[channel] !== undefined)
                .map(
                  (channel) =>
                    `${t(`impacts.requesters.channelNames.${channel}`)} ${String(im.requesters.channels[channel])} %`,
                )
                .join(', ')
            : '',
          followUp(im.requesters),
        ])}
      />
      <Row
        label={t('impacts.budget.title')}
        value={lines([
          im.budget.currentCost && `${t('impacts.budget.currentCost')} : ${im.budget.currentCost}`,
          im.budget.savingsUse && `${t('impacts.budget.savingsUse')} : ${im.budget.savingsUse}`,
          followUp(im.budget),
        ])}
      />
    </dl>
  );
}
