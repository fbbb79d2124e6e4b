/**
 * What coop adds to i18n-iso-countries: the names we display where the library's first name is
 * a formal one, and aliases people type that the library lacks.
 */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  PS: 'Palestine',
  CI: "Côte d'Ivoire",
  US: 'United States',
  RU: 'Russia',
  IR: 'Iran',
  SY: 'Syria',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  TZ: 'Tanzania',
  TW: 'Taiwan',
  BO: 'Bolivia',
  VE: 'Venezuela',
  MK: 'North Macedonia',
  FM: 'Micronesia',
  BN: 'Brunei',
  VA: 'Vatican City',
  XK: 'Kosovo',
};

export const ALIASES: Readonly<Record<string, string>> = {
  'Palestine, State of': 'PS',
  'Occupied Palestinian Territory': 'PS',
  'Palestinian Territories': 'PS',
  Syria: 'SY',
  Laos: 'LA',
  Moldova: 'MD',
  Micronesia: 'FM',
  Brunei: 'BN',
  Vatican: 'VA',
  'Vatican City': 'VA',
  DPRK: 'KP',
  'Korea, Democratic People\'s Republic of': 'KP',
  Burma: 'MM',
  'East Timor': 'TL',
  Swaziland: 'SZ',
  'Cabo Verde': 'CV',
  Macedonia: 'MK',
  Kosovo: 'XK',
  UAE: 'AE',
};
