// What the preview draws, loaded apart: the requester's form brings react-hook-form and the
// answer fields, which the designer does not need to show (the preview is hidden by
// default). PreviewPane loads it when shown, and once the page is idle otherwise.
export { RequesterForm } from '../../../ui/requester-form/RequesterForm';
export { QuestionnaireAnswering } from './QuestionnaireAnswering';
