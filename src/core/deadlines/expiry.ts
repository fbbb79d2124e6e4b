import { entryIntoForceDate, signedDate, type Agreement } from '../model.js';
import { compareDays, shiftWindow, windowOf, type DayWindow } from './calendar.js';

/** An agreement's current expiry, how it was reached, or why it cannot be known. */
export interface Expiry {
  window?: DayWindow;
  /** How the date was reached: "as stated", "entry into force + P5Y", "renewal of 2015-03-01 + P5Y", ... */
  basis?: string;
  /** Why there is no date although the record says the agreement runs for a term. */
  unknown?: string;
  /** The date is the record's own `expires`, not computed. */
  stated?: true;
}

/** Automatic renewals are rolled forward at most this many terms. */
const MAX_TERMS = 1000;

/**
 * The current expiry of an agreement:
 * 1. with renewals in history, from the latest one: its stated expires, else its date plus its
 *    duration (or validity.duration);
 * 2. else the stated expires;
 * 3. else entry into force (the field or its history event) plus validity.duration.
 * With `validity.renewal: automatic` and `asOf`, a term that has ended rolls on by the same
 * duration until the term that contains `asOf`. Without any of these there is no expiry and no
 * reason to give; with a duration but nothing to count it from, `unknown` says why.
 */
export function agreementExpiry(agreement: Agreement, asOf?: string): Expiry {
  const base = baseExpiry(agreement);
  const term = agreement.validity?.duration;
  if (!base.window || !asOf || agreement.validity?.renewal !== 'automatic' || !term) return base;
  let window = base.window;
  let terms = 0;
  while (compareDays(window.latest, asOf) < 0 && terms < MAX_TERMS) {
    window = shiftWindow(window, term, 1);
    terms++;
  }
  return terms === 0 ? base : { window, basis: `${base.basis}, renewed automatically ${terms === 1 ? 'once' : `${terms} times`} by ${term}` };
}

function baseExpiry(agreement: Agreement): Expiry {
  const renewals = (agreement.history ?? []).filter((event) => event.type === 'renewal');
  const latest = renewals.at(-1);
  const duration = agreement.validity?.duration;
  if (latest) {
    const of = latest.date ? `renewal of ${latest.date}` : 'the latest renewal';
    if (latest.expires) return dated(latest.expires, `${of}, expiry as stated`);
    if (!latest.date) return { unknown: 'the latest renewal in history has no date, so its term cannot be counted; add its date or its expires' };
    const term = latest.duration ?? duration;
    if (!term) return { unknown: `renewed ${latest.date}, but neither the renewal's duration nor validity.duration says how long the new term runs` };
    return shifted(latest.date, term, `${of} + ${term}`);
  }
  if (agreement.expires) {
    const stated = dated(agreement.expires, 'as stated');
    return stated.window ? { ...stated, stated: true } : stated;
  }
  if (!duration) return {};
  const inForce = entryIntoForceDate(agreement);
  if (!inForce) {
    const signed = signedDate(agreement);
    const since = signed ? ` (signed ${signed}; its entry into force is not recorded)` : '';
    return { unknown: `validity.duration is ${duration}, but the agreement has no entry into force date to count it from${since}` };
  }
  return shifted(inForce, duration, `entry into force + ${duration}`);
}

function dated(date: string, basis: string): Expiry {
  const window = windowOf(date);
  return window ? { window, basis } : {};
}

function shifted(date: string, duration: string, basis: string): Expiry {
  const window = windowOf(date);
  return window ? { window: shiftWindow(window, duration, 1), basis } : {};
}
