import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultEvaluationForm } from '../../../src/domain/going-further/adoption/questionnaire';
import { questionnaireWording } from '../../../src/domain/going-further/adoption/questionnaireWording';
import FormDesignerScreen from '../../../src/features/form-designer/FormDesignerScreen';
import { setPreview } from '../../../src/features/form-designer/state/designerStore';
import { useEditorStore } from '../../../src/state/editorStore';
import { openForm, resetStores } from './setup';

afterEach(() => {
  resetStores();
  window.history.replaceState(null, '', '/');
});

describe('the preview of the evaluation form', () => {
  it('keeps the answers typed when it goes full screen and back', async () => {
    const user = userEvent.setup();
    openForm([]);
    let next = 0;
    const form = defaultEvaluationForm(questionnaireWording.fr, () => `e${next++}`);
    useEditorStore.setState((state) => ({
      prototype: { ...state.prototype!, goingFurther: { adoption: { evaluationForm: form } } },
    }));
    window.history.replaceState(null, '', '/?form=evaluation');
    setPreview('side');
    render(<FormDesignerScreen />);
    const improve = await screen.findByRole('textbox', { name: /Que faudrait-il améliorer/ });
    await user.type(improve, 'Des horaires plus clairs');

    const preview = screen.getByRole('region', {
      name: 'Aperçu : le formulaire tel que le verra le public visé',
    });
    await user.click(within(preview).getByRole('button', { name: 'Aperçu plein écran' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Que faudrait-il améliorer/ })).toHaveValue(
      'Des horaires plus clairs',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Quitter le plein écran' }));
    expect(screen.getByRole('textbox', { name: /Que faudrait-il améliorer/ })).toHaveValue(
      'Des horaires plus clairs',
    );

    // « Recommencer » empties the boxes.
    await user.click(screen.getByRole('button', { name: 'Recommencer l’aperçu' }));
    expect(screen.getByRole('textbox', { name: /Que faudrait-il améliorer/ })).toHaveValue('');
  });
});
