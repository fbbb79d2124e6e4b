// The words records may use, mirrored from the JSON Schemas (a test keeps the two equal) so that
// queries can check command-line values without loading a schema.

export const INSTRUMENTS = ['memorandum-of-understanding', 'treaty', 'agreement', 'protocol', 'letter-of-intent', 'joint-declaration', 'exchange-of-notes', 'other'] as const;
export const AGREEMENT_STATUSES = ['negotiating', 'signed', 'in-force', 'suspended', 'expired', 'terminated', 'superseded', 'withdrawn', 'denounced', 'unknown'] as const;
export const PROGRAMME_STATUSES = ['planned', 'active', 'completed', 'ended-early', 'withdrawn', 'handed-over', 'cancelled', 'suspended', 'unknown'] as const;
export const MODALITIES = ['training', 'scholarship', 'exchange', 'joint-research', 'medical-mission', 'capacity-building', 'supply', 'other'] as const;
export const COMMITMENT_STATUSES = ['pending', 'met', 'partially-met', 'missed', 'cancelled', 'unknown'] as const;
/** What a party or participating country does; facilitator as in triangular cooperation. */
export const COUNTRY_ROLES = ['provider', 'recipient', 'partner', 'facilitator'] as const;
export const ORGANISATION_ROLES = ['funding', 'facilitating', 'implementing', 'coordinating', 'other'] as const;
export const ORGANISATION_TYPES = ['ministry', 'government-agency', 'hospital', 'university', 'research-institute', 'international-organisation', 'development-agency', 'ngo', 'foundation', 'company', 'other'] as const;
export const HISTORY_EVENT_TYPES = ['signature', 'ratification', 'entry-into-force', 'renewal', 'amendment', 'suspension', 'resumption', 'termination', 'withdrawal', 'denunciation', 'expiry', 'supersession', 'other'] as const;
export const PROGRAMME_EVENT_TYPES = ['delegation-visit', 'training-cohort', 'student-cohort', 'medical-mission', 'meeting', 'launch', 'suspension', 'resumption', 'withdrawal', 'handover', 'closure', 'other'] as const;

/** Agreement statuses that mean it no longer applies: its expiry is no longer a deadline. */
export const ENDED_AGREEMENT_STATUSES: ReadonlySet<string> = new Set(['expired', 'terminated', 'superseded', 'withdrawn', 'denounced']);
/** Programme statuses that mean it is over, however it ended. */
export const ENDED_PROGRAMME_STATUSES: ReadonlySet<string> = new Set(['completed', 'ended-early', 'withdrawn', 'handed-over', 'cancelled']);

/**
 * Health areas: a label, the OECD DAC CRS purpose codes the area is reported under (empty when no
 * code names it; schemas/defs.schema.json#/$defs/crsCodes says why), and words people type for it.
 */
export const AREAS = {
  'burn-care': { label: 'Burn care', crs: ['12191'], aliases: ['burns'] },
  cardiology: { label: 'Cardiology', crs: ['12350'], aliases: ['cardiac', 'heart'] },
  'covid-19': { label: 'COVID-19', crs: ['12264'], aliases: ['covid', 'coronavirus'] },
  'digital-health': { label: 'Digital health', crs: ['12196'], aliases: ['ehealth', 'e-health', 'telemedicine'] },
  'emergency-care': { label: 'Emergency care', crs: ['12191'], aliases: [] },
  'emergency-medical-teams': { label: 'Emergency medical teams', crs: ['72010', '72011'], aliases: ['emt', 'disaster-medicine', 'disaster-medical-teams'] },
  endoscopy: { label: 'Endoscopy', crs: ['12191'], aliases: [] },
  'health-data': { label: 'Health statistics and data', crs: ['12196'], aliases: ['health-statistics'] },
  'health-education': { label: 'Health education', crs: ['12261'], aliases: ['health-promotion'] },
  'health-infrastructure': { label: 'Health infrastructure', crs: ['12230'], aliases: [] },
  'health-security': { label: 'Health security', crs: ['12250', '74020'], aliases: ['ihr'] },
  'health-systems': { label: 'Health systems and policy', crs: ['12110'], aliases: ['health-policy'] },
  'health-workforce': { label: 'Health workforce', crs: ['12281'], aliases: [] },
  'hiv-aids': { label: 'HIV/AIDS', crs: ['13040'], aliases: ['hiv', 'aids'] },
  immunisation: { label: 'Immunisation and vaccines', crs: ['12250'], aliases: ['immunization', 'vaccines', 'vaccination'] },
  'infectious-diseases': { label: 'Infectious diseases', crs: ['12250'], aliases: [] },
  malaria: { label: 'Malaria', crs: ['12262'], aliases: [] },
  'maternal-child-health': { label: 'Maternal and child health', crs: ['13020', '12220'], aliases: [] },
  'medical-devices': { label: 'Medical devices', crs: ['32168'], aliases: ['medical-equipment'] },
  'medical-education': { label: 'Medical education and training', crs: ['12181'], aliases: [] },
  'medical-research': { label: 'Medical research', crs: ['12182'], aliases: [] },
  'mental-health': { label: 'Mental health', crs: ['12340'], aliases: [] },
  'noncommunicable-diseases': { label: 'Noncommunicable diseases', crs: ['12310'], aliases: ['ncds', 'ncd'] },
  nutrition: { label: 'Nutrition', crs: ['12240'], aliases: [] },
  oncology: { label: 'Oncology', crs: ['12350'], aliases: ['cancer'] },
  ophthalmology: { label: 'Ophthalmology', crs: ['12191'], aliases: [] },
  'organ-transplantation': { label: 'Organ transplantation', crs: ['12191'], aliases: ['transplants'] },
  orthopaedics: { label: 'Orthopaedics', crs: ['12191'], aliases: ['orthopedics'] },
  'pandemic-preparedness': { label: 'Pandemic preparedness', crs: ['12250', '74020'], aliases: [] },
  pharmaceuticals: { label: 'Pharmaceuticals', crs: ['32168'], aliases: [] },
  'plastic-surgery': { label: 'Plastic surgery', crs: ['12191'], aliases: [] },
  'primary-care': { label: 'Primary health care', crs: ['12220'], aliases: ['primary-health-care'] },
  'public-health': { label: 'Public health', crs: ['12110', '12261'], aliases: [] },
  'reproductive-health': { label: 'Reproductive health', crs: ['13020', '13030'], aliases: ['family-planning', 'srh'] },
  surgery: { label: 'Surgery', crs: ['12191'], aliases: [] },
  'traditional-medicine': { label: 'Traditional medicine', crs: [], aliases: [] },
  tuberculosis: { label: 'Tuberculosis', crs: ['12263'], aliases: ['tb'] },
} as const satisfies Record<string, { label: string; crs: readonly string[]; aliases: readonly string[] }>;

export type Instrument = (typeof INSTRUMENTS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type Modality = (typeof MODALITIES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type CountryRole = (typeof COUNTRY_ROLES)[number];
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type HistoryEventType = (typeof HISTORY_EVENT_TYPES)[number];
export type Area = keyof typeof AREAS;

/** The area key a typed word stands for: the key itself or one of its aliases; undefined if none. */
export function areaKey(input: string): Area | undefined {
  const word = input.trim().toLowerCase().replace(/[\s_/]+/g, '-');
  if (word in AREAS) return word as Area;
  return (Object.keys(AREAS) as Area[]).find((key) => (AREAS[key].aliases as readonly string[]).includes(word));
}

/** The CRS purpose codes of each of the given areas, in the order given. */
export function crsCodesOf(areas: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(areas.map((area) => [area, [...(AREAS[area as Area]?.crs ?? [])]]));
}
