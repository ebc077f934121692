/**
 * Size limits shared by the schemas, the store and the transports. They are
 * generous for a real job search and small enough that a hostile or broken
 * file cannot make the app allocate without bound.
 */
export const LIMITS = {
  /** Short single-line text: names, companies, phone numbers. */
  shortText: 200,
  /** Free notes and "what they said about timing". */
  longText: 10_000,
  /** One script body or one outcome branch text. */
  scriptText: 50_000,
  offers: 20,
  dreamRoles: 1_000,
  contactsPerRole: 20,
  callsPerRole: 200,
  criteria: 30,
  scripts: 200,
  revisionsPerScript: 20,
  /** Requests for more time on one offer. */
  extensionsPerOffer: 20,
  /** Stage changes, or earlier expected decision dates, kept per dream role. */
  historyPerRole: 100,
  /** A plan file on disk or in one contract message, in bytes. */
  planBytes: 32 * 1024 * 1024,
  /** Money amounts: above any real salary, below float precision trouble. */
  maxAmount: 1_000_000_000,
} as const;
