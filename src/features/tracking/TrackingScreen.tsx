import { useTranslation } from '../../ui/i18n/useTranslation';
import { useEditorStore } from '../../state/editorStore';
import { useRevealRequest, type RevealTarget } from '../../state/selection';
import { useReadyMark } from '../../ui/perfMarks';
import { CodePanel } from './code/CodePanel';
import { CommitmentPanel } from './commitment/CommitmentPanel';
import { ConsistencyWarnings } from './consistency/ConsistencyWarnings';
import { FieldWarnings } from './FieldWarnings';
import './i18n';
import { MappingPanel } from './mapping/MappingPanel';
import { MessagesPanel } from './messages/MessagesPanel';
import { TrackingPagePreview } from './preview/TrackingPagePreview';
import { ProcessNotice } from './ProcessNotice';
import { chooseStatus } from './statuses/StatusList';
import { StatusesPanel } from './statuses/StatusesPanel';
import { Tabs } from './Tabs';
import './tracking.css';
import { useReadProcessGraph } from '../../state/processGraph';
import { ReadProcessContext } from './useReadProcess';
import { useTabProblems } from './useTabProblems';
import {
  openMapping,
  openMessage,
  openTab,
  trackingTabs,
  useTrackingView,
  type TrackingTab,
} from './viewStore';

const panels: Record<TrackingTab, () => React.JSX.Element | null> = {
  statuses: StatusesPanel,
  mapping: MappingPanel,
  messages: MessagesPanel,
  commitment: CommitmentPanel,
  code: CodePanel,
};

function TrackingTabs() {
  const { t } = useTranslation('tracking');
  const tab = useTrackingView((view) => view.tab);
  const problems = useTabProblems();
  const Panel = panels[tab];
  return (
    <Tabs
      label={t('tabs.label')}
      selected={tab}
      onSelect={openTab}
      tabs={trackingTabs.map((id) => ({
        id,
        label: t(`tabs.${id}`),
        badge: problems[id] ? t('tabs.problems', { count: problems[id] }) : undefined,
      }))}
    >
      <Panel />
    </Tabs>
  );
}

/**
 * Shows what a link points at: a status open in its tab, a message open in the messages
 * tab (its editor takes the focus), a process step's status in the mapping tab.
 */
function reveal(target: RevealTarget) {
  const tracking = useEditorStore.getState().prototype?.tracking;
  if (target.kind === 'status') {
    const status = tracking?.statuses.find((candidate) => candidate.id === target.id);
    if (!status) return;
    openTab('statuses');
    chooseStatus(status);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.status-list__select[aria-current="true"]')?.focus(),
    );
  } else if (target.kind === 'message') {
    if (tracking?.messages.some((message) => message.id === target.id)) openMessage(target.id);
  } else if (target.kind === 'process-element') {
    openMapping(target.id);
  }
}

/** Step 4: what the requester sees while their request is processed, and what they are promised. */
export default function TrackingScreen() {
  const { t } = useTranslation('tracking');
  const process = useReadProcessGraph();
  // For the bench: the step is usable once the process is read and the panels show it.
  useReadyMark('fabrik:tracking-ready', process.state !== 'loading');
  useRevealRequest('tracking', ['status', 'message', 'process-element'], reveal);
  return (
    <ReadProcessContext.Provider value={process}>
      <section className="page tracking">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <ProcessNotice />
        <FieldWarnings />
        <ConsistencyWarnings />
        <div className="tracking__layout">
          <div className="tracking__main">
            <TrackingTabs />
          </div>
          <TrackingPagePreview />
        </div>
      </section>
    </ReadProcessContext.Provider>
  );
}
