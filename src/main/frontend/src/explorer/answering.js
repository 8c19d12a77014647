// Pure functions for "who answers today": the date of today in Vietnam, and an `Answering` of the API arranged
// for one short line beside a unit. No DOM and no fetch here (tested by `npm test`).

/** The calendar date in Vietnam (UTC+7, no daylight saving) at the instant `now`, as the API's Date: `2026-11-29`. */
export function todayInVietnam(now = new Date()) {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A date the URL names (`?asOf=2025-06-30`) when it is one; null otherwise. */
export function readAsOf(search = '') {
  const value = new URLSearchParams(search).get('asOf')?.trim();
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/**
 * What to say beside a unit as assigned: nothing when no source names a successor; otherwise the status and the
 * units its duties reached, each with the last succession of its chain (its date, share and where it is stated).
 * The unit itself, listed beside a successor whose date is unknown, is left out: the line names who else answers.
 */
export function answeredBy(answering) {
  if (!answering || answering.status === 'NO_SUCCESSOR_STATED') return null;
  const units = answering.units
    .filter((u) => u.chain.length)
    .map((u) => {
      const last = u.chain[u.chain.length - 1];
      return { agency: u.agency, since: last.since ?? null, share: last.share ?? null, provenance: last.provenance ?? [], steps: u.chain.length };
    });
  return { status: answering.status, asOf: answering.asOf, explanation: answering.explanation, units };
}
