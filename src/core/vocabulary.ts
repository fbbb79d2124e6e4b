// The words records may use, mirrored from the JSON Schemas (a test keeps the two equal) so that
// queries can check command-line values without loading a schema.

export const INSTRUMENTS = ['memorandum-of-understanding', 'treaty', 'agreement', 'protocol', 'letter-of-intent', 'joint-declaration', 'exchange-of-notes', 'other'] as const;
export const AGREEMENT_STATUSES = ['negotiating', 'signed', 'in-force', 'suspended', 'expired', 'terminated', 'superseded', 'unknown'] as const;
export const PROGRAMME_STATUSES = ['planned', 'active', 'completed', 'cancelled', 'suspended', 'unknown'] as const;
export const MODALITIES = ['training', 'scholarship', 'exchange', 'joint-research', 'medical-mission', 'capacity-building', 'supply', 'other'] as const;
export const COMMITMENT_STATUSES = ['pending', 'met', 'partially-met', 'missed', 'cancelled', 'unknown'] as const;

/** Health areas, each with a label and the OECD DAC CRS purpose code it falls under. */
export const AREAS = {
  'burn-care': { label: 'Burn care', crs: '12191' },
  cardiology: { label: 'Cardiology', crs: '12191' },
  'emergency-care': { label: 'Emergency care', crs: '12191' },
  endoscopy: { label: 'Endoscopy', crs: '12191' },
  'health-systems': { label: 'Health systems and policy', crs: '12110' },
  'health-workforce': { label: 'Health workforce', crs: '12281' },
  'infectious-diseases': { label: 'Infectious diseases', crs: '12250' },
  'maternal-child-health': { label: 'Maternal and child health', crs: '13020' },
  'medical-education': { label: 'Medical education and training', crs: '12181' },
  'medical-research': { label: 'Medical research', crs: '12182' },
  'mental-health': { label: 'Mental health', crs: '12340' },
  'noncommunicable-diseases': { label: 'Noncommunicable diseases', crs: '12310' },
  oncology: { label: 'Oncology', crs: '12191' },
  ophthalmology: { label: 'Ophthalmology', crs: '12191' },
  'organ-transplantation': { label: 'Organ transplantation', crs: '12191' },
  orthopaedics: { label: 'Orthopaedics', crs: '12191' },
  pharmaceuticals: { label: 'Pharmaceuticals', crs: '32168' },
  'plastic-surgery': { label: 'Plastic surgery', crs: '12191' },
  'primary-care': { label: 'Primary health care', crs: '12220' },
  'public-health': { label: 'Public health', crs: '12220' },
  surgery: { label: 'Surgery', crs: '12191' },
} as const satisfies Record<string, { label: string; crs: string }>;

export type Instrument = (typeof INSTRUMENTS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type Modality = (typeof MODALITIES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type Area = keyof typeof AREAS;
