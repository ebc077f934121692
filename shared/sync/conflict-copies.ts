/**
 * The names sync tools give the copy they keep when two computers changed
 * one file before syncing (`<plan id>.json` here). Such a file is another
 * version of that plan, never a plan of its own: the plans screen offers to
 * merge it into the plan.
 *
 *   Syncthing   <id>.sync-conflict-20260302-140512-ABCDEFG.json    (date, time, device id's first 7)
 *   Dropbox     <id> (Alex's conflicted copy 2026-03-02).json      (computer, date; may end " (1)")
 *   Nextcloud   <id> (conflicted copy 2026-03-02 140512).json      (date, time; newer versions add the user)
 *   OneDrive    <id>-DESKTOP-AB12CD.json                            (computer name)
 *   iCloud      <id> 2.json                                         (a number)
 */
import { Id } from '../ids';

export type SyncTool = 'Syncthing' | 'Dropbox' | 'Nextcloud' | 'OneDrive' | 'iCloud';

export interface ConflictCopy {
  planId: string;
  tool: SyncTool;
  /** The other computer's name (or Syncthing's short device id), when the name says. */
  device: string | null;
  /** `2026-03-02` or `2026-03-02 14:05:12`, when the name says (the other computer's clock). */
  date: string | null;
}

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

const dashed = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
const colons = (t: string) => `${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}`;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<ConflictCopy, 'planId'> }[] = [
  {
    re: new RegExp(`^${UUID}\\.sync-conflict-(\\d{8})-(\\d{6})-([A-Z0-9]{7})\\.json$`),
    read: (m) => ({ tool: 'Syncthing', device: m[4]!, date: `${dashed(m[2]!)} ${colons(m[3]!)}` }),
  },
  {
    re: new RegExp(`^${UUID} \\((.+?)['’]s conflicted copy(?: (\\d{4}-\\d{2}-\\d{2}))?(?: \\(\\d+\\))?\\)\\.json$`),
    read: (m) => ({ tool: 'Dropbox', device: m[2]!, date: m[3] ?? null }),
  },
  {
    re: new RegExp(`^${UUID} \\(conflicted copy(?: (.+?))? (\\d{4}-\\d{2}-\\d{2}) (\\d{6})\\)\\.json$`),
    read: (m) => ({ tool: 'Nextcloud', device: m[2] ?? null, date: `${m[3]!} ${colons(m[4]!)}` }),
  },
  {
    re: new RegExp(`^${UUID} ([2-9]|[1-9]\\d)\\.json$`),
    read: () => ({ tool: 'iCloud', device: null, date: null }),
  },
  {
    // After the others: a computer name is letters, digits and dashes, never a bare number.
    re: new RegExp(`^${UUID}-([A-Za-z0-9][A-Za-z0-9-]{0,62})\\.json$`),
    read: (m) => ({ tool: 'OneDrive', device: m[2]!, date: null }),
  },
];

/** What a file name in the plans folder says if it is a sync tool's conflict copy of a plan. */
export function parseConflictCopy(fileName: string): ConflictCopy | undefined {
  for (const { re, read } of PATTERNS) {
    const m = re.exec(fileName);
    if (m && Id.safeParse(m[1]).success) return { planId: m[1]!, ...read(m) };
  }
  return undefined;
}

/** "another version from ABCDEFG (Syncthing), 2026-03-02 14:05:12": where it came from, in the user's words. */
export function describeConflictCopy(copy: ConflictCopy): string {
  const from = copy.device ? `from ${copy.device}` : `kept by ${copy.tool}`;
  const via = copy.device ? ` (${copy.tool})` : '';
  return `another version ${from}${via}${copy.date ? `, ${copy.date}` : ''}`;
}
