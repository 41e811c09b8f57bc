type Row = Record<string, unknown>;

/** What GHL adds to every webhook body, which a row does not need. */
export const withoutEnvelope = (payload: Row): Row => {
  const { type: _type, webhookId: _webhookId, timestamp: _timestamp, ...fields } = payload;
  return fields;
};

/**
 * A row of an event that can happen to the same record again (an update, a stage change): its
 * `id` is the event's, so a Zap runs for each, and the record's own ID moves to `recordKey`.
 * A listed record (a sample) has no webhookId: its change marker stands in.
 */
export const repeatableEventRow =
  (recordKey: string, marker: (payload: Row) => unknown) =>
  (payload: Row): Row => ({
    ...withoutEnvelope(payload),
    [recordKey]: payload.id,
    id: `${String(payload.id)}-${String(payload.webhookId ?? marker(payload) ?? '')}`,
  });
