import type { CommitmentStatus } from '../vocabulary.js';

/*
 * What is open, overdue and unverified: one definition, used by every command (countries and
 * report count open commitments as pending; deadlines, report and --check time them).
 *
 * - open: still owed. A commitment whose status is pending; an agreement's expiry or renewal
 *   notice while the agreement has not ended.
 * - overdue: open, and even the latest day its due date may mean has passed. Due today is not
 *   overdue; a date known only to the month or year is overdue once the whole span has passed.
 * - unverified: the status is unknown and the due date has passed: nobody has recorded whether it
 *   was kept. Listed, but never overdue, never failing a check, never counted as pending.
 * - closed: an outcome is recorded (met, partially-met, missed, cancelled), or the agreement has
 *   ended. Shown only with --all.
 */

/** A deadline's status: a commitment's status, or for agreement dates pending / unknown / closed. */
export type DeadlineStatus = CommitmentStatus | 'closed';

const CLOSED: ReadonlySet<string> = new Set(['met', 'partially-met', 'missed', 'cancelled', 'closed']);

/** Still owed: counted as pending, and overdue once its due date has passed. */
export function isOpen(status: string): boolean {
  return status === 'pending';
}

/** Nobody has said whether it was done: unverified once its due date has passed. */
export function isUnverifiable(status: string): boolean {
  return status === 'unknown';
}

/** An outcome is recorded, or the agreement has ended. */
export function isClosed(status: string): boolean {
  return CLOSED.has(status);
}
