import { newId } from '../ids';
import type { Form } from './schema';

export function emptyForm(): Form {
  return { pages: [{ id: newId(), title: 'Votre demande', fields: [] }] };
}
