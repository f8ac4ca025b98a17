import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { agentImpactsFromProcess, type RoleAfter } from '../../domain/frame/agentImpacts';
import {
  addAgentImpact,
  removeAgentImpact,
  setImpactSection,
  updateAgentImpact,
} from '../../domain/frame/commands';
import { channelTotal } from '../../domain/frame/questions';
import {
  helpKinds,
  requestChannels,
  type AgentImpact,
  type Impacts,
} from '../../domain/frame/schema';
import { newId } from '../../domain/ids';
import { execute } from '../../state/commands';
import { useReadProcessGraph } from '../../state/processGraph';
import { FieldFrame } from '../../ui/FieldFrame';
import { NumberInput } from '../../ui/NumberInput';
import { TextField } from '../../ui/TextField';
import { FramePart } from './OpenQuestions';
import { useImpacts } from './useFrame';

type AgentText = Exclude<keyof AgentImpact, 'id' | 'role'>;
const agentTexts: readonly AgentText[] = [
  'before',
  'workload',
  'means',
  'responsibilities',
  'owner',
  'action',
];

function FollowUp({
  value,
  onChange,
}: {
  value: { owner: string; action: string };
  onChange: (changes: { owner?: string; action?: string }) => void;
}) {
  const { t } = useTranslation('frame');
  return (
    <>
      <TextField
        label={t('impacts.owner')}
        value={value.owner}
        onChange={(owner) => onChange({ owner })}
      />
      <TextField
        label={t('impacts.action')}
        value={value.action}
        onChange={(action) => onChange({ action })}
      />
    </>
  );
}

/** One role: what the process gives it after the change, and what the team says of it. */
function RoleImpact({
  role,
  after,
  impact,
}: {
  role: string;
  after?: RoleAfter;
  impact?: AgentImpact;
}) {
  const { t } = useTranslation('frame');
  // The impact is stored on the first thing typed for the role, not before.
  const change = (key: AgentText, value: string) =>
    impact
      ? execute(updateAgentImpact({ id: impact.id, changes: { [key]: value } }))
      : execute(
          addAgentImpact({
            impact: {
              id: newId(),
              role,
              before: '',
              workload: '',
              means: '',
              responsibilities: '',
              owner: '',
              action: '',
              [key]: value,
            },
          }),
        );
  return (
    <fieldset className="frame__row">
      <legend>{role}</legend>
      {after ? (
        <div className="frame__after">
          <p>{t('impacts.agents.after')}</p>
          {after.steps.length === 0 ? (
            <p>{t('impacts.agents.noStep')}</p>
          ) : (
            <>
              <ul>
                {after.steps.map((step) => {
                  const name = step.name || t('impacts.agents.unnamed');
                  return (
                    <li key={step.id}>
                      {step.delayDays === undefined
                        ? t('impacts.agents.stepNoDelay', { name })
                        : t('impacts.agents.step', { name, days: step.delayDays })}
                    </li>
                  );
                })}
              </ul>
              <p>{t('impacts.agents.total', { days: after.totalDelayDays })}</p>
            </>
          )}
        </div>
      ) : (
        <p className="banner banner--warning">{t('impacts.agents.gone')}</p>
      )}
      {agentTexts.map((key) => (
        <TextField
          key={key}
          label={
            key === 'owner' || key === 'action' ? t(`impacts.${key}`) : t(`impacts.agents.${key}`)
          }
          value={impact?.[key] ?? ''}
          multiline={key !== 'owner'}
          rows={2}
          onChange={(value) => change(key, value)}
        />
      ))}
      {impact && !after && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => execute(removeAgentImpact({ id: impact.id }))}
        >
          {t('impacts.agents.remove', { role })}
        </button>
      )}
    </fieldset>
  );
}

export function AgentImpactsPart() {
  const { t } = useTranslation('frame');
  const { agents } = useImpacts();
  const { shown } = useReadProcessGraph();
  // Roles that do a step of the diagram: a declared role with none (the requester's) has no work to change.
  const after = agentImpactsFromProcess(shown ?? { elements: [], flows: [] });
  const gone = agents.filter((impact) => !after.some((role) => role.role === impact.role));
  return (
    <FramePart part="impacts.agents" title={t('impacts.agents.title')} level={3}>
      {after.length === 0 && gone.length === 0 && <p>{t('impacts.agents.none')}</p>}
      {after.map((role) => (
        <RoleImpact
          key={role.role}
          role={role.role}
          after={role}
          impact={agents.find((impact) => impact.role === role.role)}
        />
      ))}
      {gone.map((impact) => (
        <RoleImpact key={impact.id} role={impact.role} impact={impact} />
      ))}
    </FramePart>
  );
}

const setSection = <S extends 'requesters' | 'budget'>(section: S, changes: Partial<Impacts[S]>) =>
  execute(setImpactSection({ section, changes }));

function ChannelShare({
  channel,
  channels,
}: {
  channel: (typeof requestChannels)[number];
  channels: Impacts['requesters']['channels'];
}) {
  const { t } = useTranslation('frame');
  const id = useId();
  return (
    <FieldFrame id={id} label={t(`impacts.requesters.channelNames.${channel}`)}>
      <NumberInput
        id={id}
        value={channels[channel]}
        min={0}
        max={100}
        integer
        onChange={(share) =>
          setSection('requesters', { channels: { ...channels, [channel]: share } })
        }
      />
    </FieldFrame>
  );
}

export function RequesterImpactsPart() {
  const { t } = useTranslation('frame');
  const impacts = useImpacts();
  const { requesters } = impacts;
  const total = channelTotal(impacts);
  const given = Object.keys(requesters.channels).length > 0;
  return (
    <FramePart part="impacts.requesters" title={t('impacts.requesters.title')} level={3}>
      <TextField
        label={t('impacts.requesters.struggling')}
        value={requesters.struggling}
        multiline
        rows={2}
        onChange={(struggling) => setSection('requesters', { struggling })}
      />
      <fieldset className="frame__choices">
        <legend>{t('impacts.requesters.help')}</legend>
        {helpKinds.map((kind) => (
          <label key={kind} className="frame__check">
            <input
              type="checkbox"
              checked={requesters.help.includes(kind)}
              onChange={(event) =>
                setSection('requesters', {
                  // Kept in the list's own order, so ticking twice gives the same file.
                  help: helpKinds.filter((other) =>
                    other === kind ? event.target.checked : requesters.help.includes(other),
                  ),
                })
              }
            />{' '}
            {t(`impacts.requesters.helpKinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="frame__choices">
        <legend>{t('impacts.requesters.channels')}</legend>
        {requestChannels.map((channel) => (
          <ChannelShare key={channel} channel={channel} channels={requesters.channels} />
        ))}
        <p
          className={given && total !== 100 ? 'field__error' : 'frame__total'}
          role={given && total !== 100 ? 'alert' : undefined}
        >
          {given && total !== 100
            ? t('impacts.requesters.notHundred', { total })
            : t('impacts.requesters.total', { total })}
        </p>
      </fieldset>
      <FollowUp value={requesters} onChange={(changes) => setSection('requesters', changes)} />
    </FramePart>
  );
}

export function BudgetImpactsPart() {
  const { t } = useTranslation('frame');
  const { budget } = useImpacts();
  return (
    <FramePart part="impacts.budget" title={t('impacts.budget.title')} level={3}>
      <TextField
        label={t('impacts.budget.currentCost')}
        value={budget.currentCost}
        onChange={(currentCost) => setSection('budget', { currentCost })}
      />
      <TextField
        label={t('impacts.budget.savingsUse')}
        value={budget.savingsUse}
        multiline
        rows={2}
        onChange={(savingsUse) => setSection('budget', { savingsUse })}
      />
      <FollowUp value={budget} onChange={(changes) => setSection('budget', changes)} />
    </FramePart>
  );
}
