import type { ComponentType } from 'react';
import type { ContainerType, FieldType } from '../../domain/form/schema';
import { CheckboxesAnswer, ConsentAnswer, RadioAnswer, SelectAnswer } from './fields/ChoiceAnswer';
import { ExplanationView } from './fields/ExplanationView';
import { FileAnswer } from './fields/FileAnswer';
import { AddressAnswer, IdentityAnswer } from './fields/PartsAnswer';
import { TextAnswer } from './fields/TextAnswer';
import type { FieldRendererProps } from './fields/types';

/**
 * How each field type renders for the requester, keyed by the registry's types (sections
 * and repeatable groups, which hold fields, are rendered by FieldView itself).
 */
export const fieldRenderers: Record<
  Exclude<FieldType, ContainerType>,
  ComponentType<FieldRendererProps>
> = {
  shortText: TextAnswer,
  longText: TextAnswer,
  number: TextAnswer,
  amount: TextAnswer,
  date: TextAnswer,
  email: TextAnswer,
  phone: TextAnswer,
  siret: TextAnswer,
  iban: TextAnswer,
  address: AddressAnswer,
  identity: IdentityAnswer,
  yesNo: RadioAnswer,
  radio: RadioAnswer,
  select: SelectAnswer,
  checkboxes: CheckboxesAnswer,
  consent: ConsentAnswer,
  file: FileAnswer,
  explanation: ExplanationView,
};
