import { create } from 'zustand';
import { generateTrackingCode } from '../../domain/tracking/code';

export const trackingTabs = ['statuses', 'mapping', 'messages', 'commitment', 'code'] as const;
export type TrackingTab = (typeof trackingTabs)[number];

/**
 * What the tracking step has open, per browser and never exported: the tab, the status
 * and message being edited, and which example code the previews show.
 */
interface TrackingView {
  tab: TrackingTab;
  statusId?: string;
  messageId?: string;
  /** A process step to bring the focus to in the mapping tab, once it is shown. */
  elementId?: string;
  /** Bumped by "another example": every preview then shows the same new code. */
  exampleGeneration: number;
}

export const useTrackingView = create<TrackingView>()(() => ({
  tab: 'statuses',
  exampleGeneration: 0,
}));

export function openTab(tab: TrackingTab): void {
  useTrackingView.setState({ tab });
}

export function openMessage(messageId: string | undefined): void {
  useTrackingView.setState({ tab: 'messages', messageId });
}

/** Opens the mapping tab on one process step's status. */
export function openMapping(elementId: string | undefined): void {
  useTrackingView.setState({ tab: 'mapping', elementId });
}

export function openStatus(statusId: string | undefined): void {
  useTrackingView.setState({ statusId });
}

export function renewExampleCode(): void {
  useTrackingView.setState((view) => ({ exampleGeneration: view.exampleGeneration + 1 }));
}

/** Memoised example codes, so that every preview of one format shows the same code. */
const examples = new Map<string, string>();

function exampleFor(key: string, format: { length: number; alphabet: string }): string {
  let code = examples.get(key);
  if (code === undefined) {
    code = generateTrackingCode(format);
    examples.clear();
    examples.set(key, code);
  }
  return code;
}

/** The example code every preview shows: drawn once per format, until another is asked for. */
export function useExampleCode(format: { length: number; alphabet: string }): string {
  const generation = useTrackingView((view) => view.exampleGeneration);
  return exampleFor(`${generation}:${format.length}:${format.alphabet}`, format);
}
