/**
 * The one typed contract between the renderer and the main process (or the
 * web harness, which serves the same channels over HTTP). Each channel,
 * named `domain:verb`, maps to a zod input and output schema; the TypeScript
 * types of `window.planner` are inferred from here and declared nowhere else.
 */
import { z } from 'zod';
import { isAllowedExternalUrl, MAX_EXTERNAL_URL_LENGTH } from './contact-links';
import { Id } from './ids';
import { LIMITS } from './limits';
import { Plan } from './plan';
import { IsoDate, IsoDateTime } from './time';
import { Settings, SettingsPatch } from './settings';
import { MenuAction } from './menu-actions';
import { PlanDate } from './calendar/plan-dates';

const PlanName = z.string().trim().min(1, 'A plan needs a name.').max(LIMITS.shortText);
const Empty = z.strictObject({});

/** One line of the plans screen: enough to list and sort without loading plans. */
export const PlanSummary = z.strictObject({
  id: Id,
  name: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int(),
  planBCompany: z.string().nullable(),
  planBDeadline: IsoDateTime.nullable(),
  dreamRoleCount: z.number().int(),
  /** Follow-ups from the latest call of each open role, dated today or earlier. */
  followUpsDue: z.array(
    z.strictObject({ roleId: Id, company: z.string(), followUpOn: IsoDate, daysOverdue: z.number().int().min(0) }),
  ),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** Why a backup was taken. */
export const BackupReason = z.enum(['scheduled', 'migration', 'restore', 'import', 'delete', 'conflict', 'repair', 'merge']);
export type BackupReason = z.infer<typeof BackupReason>;

/** One rolling backup of a plan: the plan file's exact bytes at `takenAt`. */
export const BackupEntry = z.strictObject({
  /** The backup's file name without `.json`; unique per plan. */
  id: z.string().regex(/^\d{8}T\d{9}Z-[a-z]+-r\d{1,9}(-\d+)?$/),
  planId: Id,
  takenAt: IsoDateTime,
  reason: BackupReason,
  /** The plan's revision in the backed-up file. */
  revision: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/**
 * A plan file the store could not use as it was. `set-aside`: it failed to
 * parse or validate and was moved, untouched, to `movedTo`. `newer-version`:
 * written by a newer Bird in Hand; left in place and never overwritten.
 * `repaired`: usable after a repair of the current version (an unknown time
 * zone cleared), backed up first; the plan is listed, `message` says what changed.
 * `other-version`: a sync tool's conflict copy of the plan in `file`, named
 * `movedTo` (left where the tool put it); `plans:mergeOtherVersion` merges it.
 */
export const StoreProblem = z.strictObject({
  kind: z.enum(['set-aside', 'newer-version', 'repaired', 'other-version']),
  file: z.string(),
  movedTo: z.string().nullable(),
  message: z.string(),
  /** For a set-aside file: the newest backup of that plan, which `backups:restore` can bring back. */
  newestBackup: BackupEntry.optional(),
});
export type StoreProblem = z.infer<typeof StoreProblem>;

export const TrashEntry = z.strictObject({
  trashId: z.string().regex(/^[0-9a-f-]{36}--\d{13}$/),
  planId: Id,
  name: z.string(),
  deletedAt: IsoDateTime,
});
export type TrashEntry = z.infer<typeof TrashEntry>;

/**
 * One field both sides changed in a merge (see shared/merge/README.md):
 * where, and its value in the common version, this window's and the other's
 * (absent: removed there). The merged plan holds `theirs`.
 */
export const FieldConflict = z.strictObject({
  path: z.array(z.string().max(LIMITS.shortText)).max(32),
  base: z.json().optional(),
  mine: z.json().optional(),
  theirs: z.json().optional(),
  /**
   * Set when `mine` is not this window's but another version's (a sync tool's
   * conflict copy): where it came from, e.g. "from ABCDEF7 (Syncthing), 2026-03-02 14:05:12".
   */
  source: z.string().max(LIMITS.shortText).optional(),
});
export type FieldConflict = z.infer<typeof FieldConflict>;

export const SaveResult = z.strictObject({
  revision: z.number().int(),
  updatedAt: IsoDateTime,
  /** Present when the file had moved on and the save was merged with it: the plan now on disk. */
  merged: Plan.optional(),
  /** With `merged`: the fields both sides changed; the plan on disk keeps the other version there. */
  conflicts: z.array(FieldConflict).optional(),
});

export const AppInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  /** `electron` in the desktop app, `web` in the browser harness. */
  transport: z.enum(['electron', 'web']),
  platform: z.string(),
  dataDir: z.string(),
  plansDir: z.string(),
  /** The folder holding plans/, trash/ and backups/ (the data folder unless the user chose another). */
  plansFolder: z.string().optional(),
  /** Set when the chosen plans folder could not be used at launch: what is wrong, in plain words. */
  folderProblem: z.string().nullable().optional(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** A plan's dates as an iCalendar (.ics) file. */
export const CalendarFile = z.strictObject({
  fileName: z.string(),
  text: z.string(),
  /** Events in the file; 0 for a plan with no dates (still a valid, empty calendar). */
  eventCount: z.number().int().min(0),
});

function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  /** Every readable plan, newest first, and the files that could not be used. */
  'plans:list': channel(Empty, z.strictObject({ plans: z.array(PlanSummary), problems: z.array(StoreProblem) })),
  /** A new plan, blank or from the sample, saved at revision 1. */
  'plans:create': channel(z.strictObject({ from: z.enum(['blank', 'sample']), name: PlanName.optional() }), Plan),
  'plans:get': channel(z.strictObject({ id: Id }), Plan),
  /**
   * Save a whole plan. `baseRevision` is the revision the edits started from
   * (the version this window last read or wrote). If the file on disk has
   * moved on since (another window, another computer through a sync tool)
   * the edits are merged with it field by field and the answer carries the
   * `merged` plan and the fields both changed (`conflicts`); a merge that
   * cannot be made, or a base this window never had, is a `conflict` error
   * and nothing is written.
   */
  'plans:save': channel(z.strictObject({ plan: Plan, baseRevision: z.number().int().min(0) }), SaveResult),
  'plans:rename': channel(z.strictObject({ id: Id, name: PlanName }), PlanSummary),
  /** A copy with new ids for the plan (parts keep theirs: they are plan-scoped). */
  'plans:duplicate': channel(z.strictObject({ id: Id, name: PlanName.optional() }), PlanSummary),
  /** Moves the plan file to the trash folder; `plans:restore` brings it back. */
  'plans:delete': channel(z.strictObject({ id: Id }), TrashEntry),
  'plans:restore': channel(z.strictObject({ trashId: TrashEntry.shape.trashId }), PlanSummary),
  'plans:trash': channel(Empty, z.strictObject({ entries: z.array(TrashEntry) })),
  /**
   * Import a plan from the text of a file the user picked (the page reads it;
   * it never names a path). Checked like a file from disk: size, encoding,
   * nesting depth, forbidden keys, duplicate ids, the plan schema; any
   * failure rejects the whole import. A plan whose id exists is imported as
   * a copy with a new id, unless `replace` is true: then the existing plan is
   * backed up first and replaced.
   */
  'plans:importText': channel(
    z.strictObject({ text: z.string().max(LIMITS.planBytes), replace: z.boolean().optional() }),
    PlanSummary,
  ),
  /**
   * Merges a sync tool's conflict copy (a `other-version` problem's `movedTo`)
   * into its plan, field by field from their common version where a backup
   * has it, then moves the copy to the trash. The plan file is backed up
   * first. `conflicts`: fields where the two differ and the plan kept its own
   * value; `mine` there is the copy's, `source` says where it came from.
   */
  'plans:mergeOtherVersion': channel(
    z.strictObject({ planId: Id, file: z.string().min(1).max(300) }),
    z.strictObject({ plan: PlanSummary, conflicts: z.array(FieldConflict) }),
  ),
  /** The plan file's text and a file name, for the page to offer as a download. */
  'plans:export': channel(z.strictObject({ id: Id }), z.strictObject({ fileName: z.string(), text: z.string() })),
  /** The rolling backups of one plan, newest first. */
  'backups:list': channel(z.strictObject({ planId: Id }), z.strictObject({ entries: z.array(BackupEntry) })),
  /** Restores a backup over the plan, after backing up the plan's current state. */
  'backups:restore': channel(z.strictObject({ planId: Id, backupId: BackupEntry.shape.id }), PlanSummary),
  /**
   * Brings back a plan that was set aside (its file failed to parse or
   * validate) from its newest backup that can be used, and stops offering
   * it on the plans screen. `backup` is the one restored. `not-found` when the
   * plan is not set aside or has no backup; `corrupt` when no backup can be used.
   */
  'problems:restoreNewestBackup': channel(
    z.strictObject({ planId: Id }),
    z.strictObject({ plan: PlanSummary, backup: BackupEntry }),
  ),
  /** Deletes one plan in the trash for good, with its backups unless another copy of the plan still needs them. */
  'trash:purge': channel(z.strictObject({ trashId: TrashEntry.shape.trashId }), TrashEntry),
  /** Deletes everything in the trash for good; `purged` is how many plans went. */
  'trash:empty': channel(Empty, z.strictObject({ purged: z.number().int().min(0) })),
  'settings:get': channel(Empty, Settings),
  'settings:set': channel(SettingsPatch, Settings),
  'app:info': channel(Empty, AppInfo),
  /** A native folder picker (desktop only; the browser harness answers `unsupported`: type the path). `path: null` when cancelled. */
  'folder:pick': channel(Empty, z.strictObject({ path: z.string().nullable() })),
  /**
   * Keeps plans in `path` from now on (e.g. a folder a sync tool keeps on every
   * computer). `move`: first copies every plan, trashed plan and backup there
   * (durable writes, each read back and compared; a file already there is
   * never overwritten) and leaves a note in the old folder, which is never
   * deleted. Without `move`: uses the plans already in `path` (the second
   * computer). Answers the new `app:info`.
   */
  'folder:use': channel(z.strictObject({ path: z.string().trim().min(1).max(4096), move: z.boolean() }), AppInfo),
  /**
   * Opens a plan in a window of its own (desktop only; the browser harness
   * answers `unsupported`: open the plan in another tab there).
   */
  'windows:openPlan': channel(z.strictObject({ planId: Id }), z.strictObject({ opened: z.literal(true) })),
  /**
   * Opens call mode for a dream role (`next`: the first in the call order) in
   * a window of its own beside the board (desktop only; the browser harness
   * answers `unsupported`, and the page shows call mode in its own window).
   */
  'windows:openCallMode': channel(
    z.strictObject({ planId: Id, roleId: z.union([Id, z.literal('next')]) }),
    z.strictObject({ opened: z.literal(true) }),
  ),
  /** A plan was opened: puts it first in the recent plans (settings, menu, OS recent documents). */
  'recent:opened': channel(z.strictObject({ planId: Id }), z.strictObject({ recentPlanIds: z.array(Id) })),
  /**
   * Opens a contact's phone number (`tel:`) or e-mail address (`mailto:`) with
   * the operating system: dial or write (desktop only; in the browser harness
   * the page's links open by themselves and this answers `unsupported`). Only
   * URLs on the allow-list of shared/contact-links.ts pass, here and again in
   * the main process.
   */
  'links:open': channel(
    z.strictObject({
      url: z.string().max(MAX_EXTERNAL_URL_LENGTH).refine(isAllowedExternalUrl, 'Only a phone number (tel:) or one e-mail address (mailto:) can be opened.'),
    }),
    z.strictObject({ opened: z.literal(true) }),
  ),
  /**
   * Exports a plan through a native save dialog and a durable write (desktop
   * only; `unsupported` in the browser harness, which downloads `plans:export`).
   * `saved: false` when the user cancelled the dialog.
   */
  'plans:exportToFile': channel(z.strictObject({ id: Id }), z.strictObject({ saved: z.boolean(), fileName: z.string() })),
  /**
   * Saves call sheets as a PDF through a native save dialog: one dream role's
   * sheet (`target` is its id) or the call pack (`'pack'`), printed by the
   * main process in a hidden window and written durably. `saved: false` when
   * the user cancelled. Desktop only: the browser harness answers
   * `unsupported` (print there and choose "Save as PDF").
   */
  'callsheet:exportPdf': channel(
    z.strictObject({
      planId: Id,
      target: z.union([Id, z.literal('pack')]),
      paper: z.enum(['a4', 'letter']),
      hideFigures: z.boolean(),
    }),
    z.strictObject({ saved: z.boolean(), fileName: z.string() }),
  ),
  /**
   * A plan's dates as an .ics calendar (RFC 5545): every offer's deadline in
   * its own zone with reminders 24 and 2 hours before, each dream role's
   * expected decision, call-by date and follow-up as all-day events. UIDs are
   * stable, so importing a newer export updates the events.
   */
  'calendar:exportIcs': channel(z.strictObject({ planId: Id }), CalendarFile),
  /**
   * The same calendar through a native save dialog and a durable write
   * (desktop only; `unsupported` in the browser harness, which downloads
   * `calendar:exportIcs`). `saved: false` when the user cancelled.
   */
  'calendar:exportIcsToFile': channel(
    z.strictObject({ planId: Id }),
    z.strictObject({ saved: z.boolean(), fileName: z.string(), eventCount: z.number().int().min(0) }),
  ),
  /** The dates of every readable plan (see shared/calendar/plan-dates.ts), for the Today list and in-page reminders. */
  'calendar:agenda': channel(Empty, z.strictObject({ dates: z.array(PlanDate) })),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Main → renderer events. Payloads are validated by the sender. */
export const events = {
  /**
   * A plan file changed (saved in another window, renamed, restored, deleted),
   * or appeared, changed or went in the plans folder by another program
   * (`from: 'folder'`: another computer through a sync tool, an editor).
   */
  'plans:changed': z.strictObject({ id: Id, revision: z.number().int().nullable(), from: z.enum(['window', 'folder']).optional() }),
  /** A native menu item was chosen; the page performs the action where it is. */
  'menu:action': z.strictObject({ action: MenuAction }),
  /**
   * Main asks the page to show a plan (Open Recent, a plan file opened from
   * the OS, a reminder clicked: that one names the board).
   */
  'plans:open': z.strictObject({ planId: Id, section: z.literal('board').optional() }),
} as const;
export type AppEvent = keyof typeof events;
export type EventPayload<E extends AppEvent> = z.output<(typeof events)[E]>;
export const EVENTS = Object.keys(events) as AppEvent[];

export const ERROR_CODES = [
  /** The input did not match the channel's schema. */
  'validation',
  'unknown-channel',
  /** The request did not come from the app's own page (or lacked the harness token). */
  'forbidden',
  'not-found',
  /** The plan changed since the revision the save was based on. */
  'conflict',
  /** The plan file could not be read; it was moved aside. */
  'corrupt',
  /** The plan file was written by a newer version of the app. */
  'newer-version',
  'too-large',
  /** Reading or writing a file failed (permissions, full disk…). */
  'io',
  'internal',
  /** This transport cannot do that (e.g. native windows or dialogs in the browser harness). */
  'unsupported',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorInfo = z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() });
export type ErrorInfo = z.infer<typeof ErrorInfo>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorInfo };

/** What the preload (or the harness bridge) puts on `window.planner`. */
export interface PlannerBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribe to a main → renderer event; returns the unsubscribe function. */
  on<E extends AppEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The IPC channel name an app event travels on, kept apart from request channels. */
export function eventChannel(event: AppEvent): `event:${AppEvent}` {
  return `event:${event}`;
}

/**
 * A channel or event name as it may appear in an error message. Never calls
 * the value's own toString: a hostile object (`{ toString: 0 }`) must get a
 * plain answer, not crash the handler.
 */
export function describeName(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).slice(0, 80);
  return `(a ${value === null ? 'null' : typeof value}, not a name)`;
}
