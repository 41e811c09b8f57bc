import type { CreateSpec, OperationSpec } from './spec';

/**
 * GHL allows 100 requests per 10 seconds per location (its burst limit), and answers 429 past it.
 * Zapier's `throttle` counts step runs, not requests, in windows of its own: so steps are paced in
 * groups by the most requests one run makes, and every group's share together stays within half
 * the limit, since one of GHL's 10-second spans can overlap two of Zapier's windows. What is left
 * is for polling triggers and dropdowns, which are not throttled.
 */
export const GHL_BURST_LIMIT = { requests: 100, windowSeconds: 10 };

export interface PaceGroup {
  name: string;
  /** The most requests one run of a step in this group makes. */
  maxRequests: number;
  /** Runs per window per connection. */
  runsPerWindow: number;
}

export const PACE_GROUPS: PaceGroup[] = [
  // Most steps: the request itself, maybe the location's profile (phone country, time zone), its
  // custom fields (rows by name) and one lookup or a read of the record that exists.
  { name: 'light', maxRequests: 4, runsPerWindow: 8 },
  // Steps that look a conversation up, change a contact's settings and upload files before their request.
  { name: 'heavy', maxRequests: 7, runsPerWindow: 2 },
];

/**
 * The most requests one run of the step makes: its request (one route of several), every lookup
 * call (a file upload among them), the reads its inputs may need, the location's custom fields
 * (rows by name), and the existing record a refused create returns.
 */
export const maxRequestsOf = (spec: OperationSpec): number => {
  const inputReads = new Set(spec.inputs.flatMap((i) => i.calls ?? []).map((e) => `${e.method} ${e.path}`));
  const extras = [spec.customFieldsOf, (spec as CreateSpec).whenExists].filter(Boolean).length;
  return 1 + (spec.lookup?.calls.length ?? 0) + inputReads.size + extras;
};

export const paceGroupOf = (spec: OperationSpec): PaceGroup => {
  const requests = maxRequestsOf(spec);
  const group = PACE_GROUPS.find((g) => requests <= g.maxRequests);
  if (!group) throw new Error(`${spec.key} makes up to ${requests} requests a run: no pace group allows that many`);
  return group;
};

/**
 * Zapier's throttle for a step: per connection (scope `auth`, never app-wide, so one busy
 * connection never slows another), shared by every step of its group (same key and settings), and
 * retried by Zapier after the window rather than failed.
 */
export const throttleOf = (spec: OperationSpec) => {
  const group = paceGroupOf(spec);
  return {
    window: GHL_BURST_LIMIT.windowSeconds,
    limit: group.runsPerWindow,
    key: `ghl-burst-${group.name}`,
    scope: ['auth' as const],
    retry: true,
  };
};
