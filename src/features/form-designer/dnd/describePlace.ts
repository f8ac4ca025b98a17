import type { TFunction } from 'i18next';
import { listFields, locateField } from '../../../domain/form/fields';
import type { Form } from '../../../domain/form/schema';
import type { Position } from '../../../domain/form/tree';

const labelOf = (t: TFunction, field: { label: string; type: string }) =>
  field.label.trim() || t(`form:types.${field.type}`);

/**
 * A place in words, for screen readers: "Before “Email”, page “You”". The moving field
 * itself is skipped, so its neighbours are named.
 */
export function describePlace(t: TFunction, form: Form, slot: Position, movingId?: string): string {
  const fields = (listFields(form, slot) ?? []).map((field, index) => ({ field, index }));
  const next = fields.find(({ field, index }) => index >= slot.index && field.id !== movingId);
  const previous = [...fields]
    .reverse()
    .find(({ field, index }) => index < slot.index && field.id !== movingId);
  const page = form.pages.find((candidate) => candidate.id === slot.pageId);
  const pageTitle =
    page?.title.trim() || t('form:canvas.page', { number: form.pages.indexOf(page!) + 1 });
  const container = slot.parentId ? locateField(form, slot.parentId)?.field : undefined;
  const where = next
    ? t('form:move.before', { label: labelOf(t, next.field) })
    : previous
      ? t('form:move.after', { label: labelOf(t, previous.field) })
      : t('form:move.into', { label: container ? labelOf(t, container) : pageTitle });
  return container
    ? t('form:move.inSection', { where, section: labelOf(t, container), page: pageTitle })
    : t('form:move.inPage', { where, page: pageTitle });
}
