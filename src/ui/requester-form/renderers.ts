import type { ComponentType } from 'react';
import type { FieldType } from '../../domain/form/schema';
import { CheckboxesAnswer, ConsentAnswer, RadioAnswer, SelectAnswer } from './fields/ChoiceAnswer';
import { GroupView, SectionView } from './fields/ContainerViews';
import { ExplanationView } from './fields/ExplanationView';
import { FileAnswer } from './fields/FileAnswer';
import { AddressAnswer, IdentityAnswer } from './fields/PartsAnswer';
import { TextAnswer } from './fields/TextAnswer';
import type { FieldRendererProps } from './fields/types';

/**
 * How each field type renders for the requester: the React part of a type's definition
 * (the domain's registry holds no React), checked by the compiler for every type.
 */
export const fieldRenderers: Record<FieldType, ComponentType<FieldRendererProps>> = {
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
  section: SectionView,
  group: GroupView,
};
