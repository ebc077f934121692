/**
 * Schema 1 → 2: the plan follows the negotiation (offers answered and
 * extended, stage history, what each call told you). Pure: the input is not
 * changed. Every new field gets the value that claims nothing the user did
 * not record, with one exception, documented here and in the store README:
 *
 * - a dream role's stage history starts with its current stage *on the day
 *   the plan was created* (the calendar day of `createdAt` in UTC). Version 1
 *   kept no date for a stage; the plan's creation is the earliest day the app
 *   knew of it, so "in this stage for N days" counts from then.
 *
 * Everything else is empty: offers are open (`response: 'open'`), with no
 * extensions and no source role; calls name nobody and carry no signals;
 * roles have no application date, no linked offer, no withdrawal and no
 * earlier expected dates. Unknown keys are left for the schema to refuse.
 */
type Doc = Record<string, unknown>;

/** Each object in a list through `change`; anything else is left for the schema to report. */
function mapObjects(value: unknown, change: (item: Doc) => Doc): unknown {
  return Array.isArray(value) ? value.map((item: unknown) => (item && typeof item === 'object' && !Array.isArray(item) ? change(item as Doc) : item)) : value;
}

/** The UTC calendar day of an ISO instant, or null when it is not one. */
function dayOf(iso: unknown): string | null {
  if (typeof iso !== 'string') return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at.toISOString().slice(0, 10);
}

export function v1ToV2(doc: Doc): Doc {
  const createdOn = dayOf(doc.createdAt);
  const offer = (o: Doc): Doc => ({ ...o, extensions: [], fromDreamRoleId: null, response: 'open', respondedOn: null });
  const call = (c: Doc): Doc => ({ ...c, spokeWith: '', interest: null, urgency: null, newExpectedDecisionOn: null });
  const role = (r: Doc): Doc => {
    const timeline = r.timeline && typeof r.timeline === 'object' ? { ...(r.timeline as Doc), history: [] } : r.timeline;
    return {
      ...r,
      timeline,
      appliedOn: null,
      stageHistory: createdOn && typeof r.stage === 'string' ? [{ stage: r.stage, on: createdOn }] : [],
      offerId: null,
      withdrawnOn: null,
      callLog: mapObjects(r.callLog, call),
    };
  };
  return { ...doc, schemaVersion: 2, offers: mapObjects(doc.offers, offer), dreamRoles: mapObjects(doc.dreamRoles, role) };
}
