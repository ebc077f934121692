/**
 * Turns file-system failures into errors a person can act on. The renderer
 * keeps unsaved edits in the window, so a failed write says so.
 */
import { AppError } from '@shared/errors';

/** What the user was doing, as the start of the message. */
export type StoreAction =
  | 'list'
  | 'open'
  | 'save'
  | 'create'
  | 'rename'
  | 'duplicate'
  | 'delete'
  | 'restore'
  | 'trash'
  | 'import'
  | 'export'
  | 'backups'
  | 'backup-restore'
  | 'purge'
  | 'settings-read'
  | 'settings-save';

const ACTION_TEXT: Record<StoreAction, string> = {
  list: 'Could not read the plans folder',
  open: 'Could not open the plan',
  save: 'Could not save',
  create: 'Could not create the plan',
  rename: 'Could not rename the plan',
  duplicate: 'Could not duplicate the plan',
  delete: 'Could not move the plan to the trash',
  restore: 'Could not restore the plan',
  trash: 'Could not read the trash',
  import: 'Could not import the plan',
  export: 'Could not export the plan',
  backups: 'Could not read the backups',
  'backup-restore': 'Could not restore the backup',
  purge: 'Could not delete the plan for good',
  'settings-read': 'Could not read the settings',
  'settings-save': 'Could not save the settings',
};

const WRITES = new Set<StoreAction>(['save', 'create', 'rename', 'duplicate', 'delete', 'restore', 'import', 'backup-restore', 'purge', 'settings-save']);

const REASONS: Record<string, string> = {
  EACCES: 'Bird in Hand is not allowed to use {folder} (check its permissions)',
  EPERM: 'Bird in Hand is not allowed to use {folder} (check its permissions, or whether another program has the file open)',
  EROFS: '{folder} is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EMFILE: 'too many files are open at once',
  ENFILE: 'too many files are open at once',
  EIO: 'the disk reported a read or write error',
  EBUSY: 'the file is in use by another program',
  ENOTDIR: 'part of the folder path is not a folder',
  ENAMETOOLONG: 'the folder path is too long',
  ELOOP: 'the folder path loops through links',
};

function folderOf(action: StoreAction): string {
  if (action === 'settings-read' || action === 'settings-save') return 'the app data folder';
  if (action === 'trash' || action === 'purge') return 'the trash folder';
  if (action === 'backups') return 'the backups folder';
  return 'the plans folder';
}

/** The errno code of a Node file-system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** An `io` AppError for a file-system error; anything else comes back unchanged. */
export function toIoError(error: unknown, action: StoreAction): unknown {
  if (error instanceof AppError) return error;
  const code = errnoCode(error);
  if (code === undefined) return error;
  const reason = (REASONS[code] ?? `the file system refused (${code})`).replace('{folder}', folderOf(action));
  const next = WRITES.has(action)
    ? action === 'save'
      ? 'Your changes are kept in the window; try again after fixing the folder.'
      : 'Nothing was changed; try again after fixing the folder.'
    : 'Try again after fixing the folder.';
  return new AppError('io', `${ACTION_TEXT[action]}: ${reason}. ${next}`);
}

/** Runs `work`, turning file-system errors into `io` AppErrors. */
export async function withIoErrors<T>(action: StoreAction, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toIoError(error, action);
  }
}
