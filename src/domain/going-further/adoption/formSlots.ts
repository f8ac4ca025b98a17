import type { Command } from '../../commands';
import type { Form } from '../../form/schema';
import type { Prototype } from '../../prototype/schema';
import { setEvaluationForm, setQuestionnaireForm } from './questionnaireChanges';

/**
 * Which form the form designer works on: the prototype's own (the main one), a training
 * session's feedback questionnaire, or the evaluation form for the target population. The
 * designer and every form command stay the same; only where the form is read and written
 * back differs.
 */
export type FormSlot =
  { kind: 'main' } | { kind: 'questionnaire'; sessionId: string } | { kind: 'evaluation' };

export const mainFormSlot: FormSlot = { kind: 'main' };

/** The form in a slot; undefined when the slot's session or form does not exist (any more). */
export function slotForm(prototype: Prototype, slot: FormSlot): Form | undefined {
  switch (slot.kind) {
    case 'main':
      return prototype.form;
    case 'questionnaire':
      return prototype.goingFurther?.adoption?.training?.sessions.find(
        (session) => session.id === slot.sessionId,
      )?.feedback?.form;
    case 'evaluation':
      return prototype.goingFurther?.adoption?.evaluationForm;
  }
}

/** The prototype with the slot's form replaced; the same prototype when nothing changed. */
export function withSlotForm(prototype: Prototype, slot: FormSlot, form: Form): Prototype {
  if (slot.kind === 'main') return form === prototype.form ? prototype : { ...prototype, form };
  const goingFurther = prototype.goingFurther ?? {};
  const adoption = goingFurther.adoption ?? {};
  const next =
    slot.kind === 'questionnaire'
      ? setQuestionnaireForm(adoption, { sessionId: slot.sessionId, form })
      : setEvaluationForm(adoption, { form });
  return next === adoption
    ? prototype
    : { ...prototype, goingFurther: { ...goingFurther, adoption: next } };
}

/** A stable text for a slot: in the designer's address, and in merge keys. */
export function slotKey(slot: FormSlot): string {
  return slot.kind === 'questionnaire' ? `questionnaire:${slot.sessionId}` : slot.kind;
}

/** The slot an address's `?form=` names; the main form for anything else. */
export function parseSlotKey(key: string | null | undefined): FormSlot {
  if (key === 'evaluation') return { kind: 'evaluation' };
  const session = /^questionnaire:(.{1,200})$/.exec(key ?? '')?.[1];
  return session ? { kind: 'questionnaire', sessionId: session } : mainFormSlot;
}

export const sameSlot = (a: FormSlot, b: FormSlot) => slotKey(a) === slotKey(b);

/**
 * Runs any form command on a slot's form: the command sees the prototype with the slot's
 * form as its form, and only the form it returns is written back into the slot, so what a
 * command would do elsewhere (to references from the main form's messages, say) never
 * reaches the prototype. On the main form the command is returned as it is.
 */
export function onFormSlot(slot: FormSlot, command: Command): Command {
  if (slot.kind === 'main') return command;
  return {
    name: `${slot.kind}:${command.name}`,
    ...(command.mergeKey ? { mergeKey: `${slotKey(slot)}:${command.mergeKey}` } : {}),
    apply(prototype) {
      const form = slotForm(prototype, slot);
      if (!form) return prototype;
      const next = command.apply({ ...prototype, form });
      return next.form === form ? prototype : withSlotForm(prototype, slot, next.form);
    },
  };
}
