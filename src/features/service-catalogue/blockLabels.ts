import type { BuildingBlock } from '../../domain/service-catalogue/schema';

/** The building blocks' names, shared by the catalogue's and the dashboard's strings. */
export const blockLabels: Record<'fr' | 'en', Record<BuildingBlock, string>> = {
  fr: {
    identity: 'Identité',
    payment: 'Paiement',
    eSignature: 'Signature électronique',
    messaging: 'Messagerie',
    registries: 'Référentiels',
    consent: 'Consentement',
    scheduling: 'Prise de rendez-vous',
    geographicData: 'Données géographiques',
    workflow: 'Circuit de traitement',
  },
  en: {
    identity: 'Identity',
    payment: 'Payment',
    eSignature: 'E-signature',
    messaging: 'Messaging',
    registries: 'Registries',
    consent: 'Consent',
    scheduling: 'Scheduling',
    geographicData: 'Geographic data',
    workflow: 'Workflow',
  },
};
