import { allFields } from '../../form/fields';
import type { FieldType } from '../../form/schema';
import type { PrototypeContent } from '../../prototype/schema';
import type { TextRef } from './textRef';

/** Field types whose answers are personal or sensitive data. */
const PERSONAL: ReadonlySet<FieldType> = new Set([
  'identity',
  'address',
  'email',
  'phone',
  'iban',
  'file',
]);

/** One security setting the production team configures, with the facts it rests on. */
export interface SecuritySetting {
  id: string;
  text: TextRef;
}

/**
 * The security settings the approved prototype calls for: always HTTPS, named agent accounts
 * and an audit log; the tracking code's strength and how it is confirmed; the personal data
 * the form collects; the files it receives.
 */
export function securitySettings(content: PrototypeContent): SecuritySetting[] {
  const { code } = content.tracking;
  const settings: SecuritySetting[] = [
    { id: 'https', text: { key: 'security.https' } },
    { id: 'accounts', text: { key: 'security.accounts' } },
    { id: 'audit', text: { key: 'security.audit' } },
    {
      id: 'tracking-code',
      text: {
        key: 'security.trackingCode',
        values: { length: code.length, alphabet: code.alphabet.length },
      },
    },
  ];
  const fields = allFields(content.form).map(({ field }) => field);
  const confirm = code.confirmFieldId && fields.find((field) => field.id === code.confirmFieldId);
  settings.push(
    confirm
      ? {
          id: 'tracking-confirm',
          text: { key: 'security.confirm', values: { field: confirm.label } },
        }
      : { id: 'tracking-confirm', text: { key: 'security.noConfirm' } },
  );
  const personal = fields.filter((field) => PERSONAL.has(field.type));
  if (personal.length > 0) {
    settings.push({
      id: 'personal-data',
      text: {
        key: 'security.personalData',
        values: { fields: personal.map((field) => field.label.trim() || field.key).join(', ') },
      },
    });
  }
  const files = fields.filter((field) => field.type === 'file');
  if (files.length > 0) {
    const types = [...new Set(files.flatMap((field) => field.validation?.fileTypes ?? []))];
    const sizes = files.flatMap((field) => field.validation?.maxSizeMb ?? []);
    settings.push({
      id: 'files',
      text: {
        key: 'security.files',
        values: {
          types: types.length > 0 ? types.join(', ') : '—',
          size: sizes.length > 0 ? Math.max(...sizes) : '—',
        },
      },
    });
  }
  return settings;
}
