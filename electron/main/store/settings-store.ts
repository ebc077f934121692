/**
 * App settings (theme, recent plans, first-run flag) in one small JSON file.
 * Settings are not precious: a file that cannot be used is moved aside
 * (`settings.corrupt-<stamp>.json`), logged, and the defaults are used.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '@shared/errors';
import { DEFAULT_SETTINGS, Settings, SettingsPatch } from '@shared/settings';
import { cleanTempFiles } from './durable-write';
import { withIoErrors } from './io-errors';
import { JsonFileAdapter, SETTLE_TRIES, stillHolds, UnreadableFileError, type JsonObject } from './plan-file-adapter';
import { fileStamp, freeName, moveFile } from './plan-files';
import { fileQueues } from './write-queue';

/** Far above any real settings file; a bigger one is treated as broken. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export interface SettingsStoreOptions {
  /** The settings file, e.g. `<data folder>/settings.json`. */
  file: string;
  now?: () => Date;
  /** The wait before a settings file that read as no JSON is read again (default `waitToSettle`); tests inject a write finishing. */
  settle?: () => Promise<void>;
}

export class SettingsStore {
  readonly file: string;
  private readonly now: () => Date;
  private readonly adapter: JsonFileAdapter;
  private readonly settle: (() => Promise<void>) | undefined;
  private cleaned = false;

  constructor(opts: SettingsStoreOptions) {
    this.file = resolve(opts.file);
    this.now = opts.now ?? (() => new Date());
    this.settle = opts.settle;
    this.adapter = new JsonFileAdapter(this.file, { maxBytes: MAX_SETTINGS_BYTES });
  }

  /** The current settings; the defaults if there is no usable file (nothing is written). */
  async get(): Promise<Settings> {
    return withIoErrors('settings-read', () => fileQueues.run(this.file, () => this.read()));
  }

  /** Applies `patch` and writes the result durably; an invalid patch is refused and nothing written. */
  async set(patch: SettingsPatch): Promise<Settings> {
    const checkedPatch = SettingsPatch.safeParse(patch);
    if (!checkedPatch.success) throw new AppError('validation', 'Those settings are not valid; nothing was changed.');
    return this.write(checkedPatch.data);
  }

  /** Where plans live (null: the app's own data folder); only the folder service sets it, after moving or finding the plans. */
  async setPlansFolder(plansFolder: string | null): Promise<Settings> {
    return this.write({ plansFolder });
  }

  private async write(patch: Partial<Settings>): Promise<Settings> {
    return withIoErrors('settings-save', () =>
      fileQueues.run(this.file, async () => {
        const next = Settings.parse({ ...(await this.read()), ...patch });
        await mkdir(dirname(this.file), { recursive: true });
        const db = new Low<JsonObject>(this.adapter, next);
        await db.write();
        return next;
      }),
    );
  }

  private async read(): Promise<Settings> {
    if (!this.cleaned) {
      await cleanTempFiles(dirname(this.file), basename(this.file));
      this.cleaned = true;
    }
    const db = new Low<JsonObject>(this.adapter, { ...DEFAULT_SETTINGS });
    for (let tries = 1; ; tries++) {
      try {
        await db.read();
        break;
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        // Set aside only once settled: a settings file being written in place is read again.
        const judged = this.adapter.lastBytes;
        if (tries >= SETTLE_TRIES || (await stillHolds(() => readFile(this.file).catch(() => null), judged, this.settle))) return this.setAside(error.message);
      }
    }
    const parsed = Settings.safeParse(db.data);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    return this.setAside(`its content is not valid${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}`);
  }

  private async setAside(why: string): Promise<Settings> {
    const dir = dirname(this.file);
    const stem = basename(this.file).replace(/\.json$/, '');
    const movedTo = await freeName(dir, `${stem}.corrupt-${fileStamp(this.now())}`);
    await moveFile(this.file, join(dir, movedTo));
    console.warn(`The settings file could not be used because ${why}. It was moved to ${movedTo}; the default settings are used.`);
    return { ...DEFAULT_SETTINGS, recentPlanIds: [] };
  }
}
