import { create } from 'zustand';

/**
 * The answers last typed in the form's live preview, per browser and never exported.
 * Other steps use them as sample answers (message previews, the tracking page).
 */
export interface PreviewAnswersState {
  /** Answer per field id, as the preview holds it. */
  answers: Record<string, unknown>;
}

export const usePreviewAnswers = create<PreviewAnswersState>()(() => ({ answers: {} }));

export function setPreviewAnswers(answers: Record<string, unknown>): void {
  usePreviewAnswers.setState({ answers });
}
