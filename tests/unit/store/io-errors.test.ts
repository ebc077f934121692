import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { toIoError } from '../../../electron/main/store/io-errors';

// These codes cannot be produced for real here (the tests run as root, so a
// read-only folder does not stop them, and a full disk cannot be arranged):
// the mapping itself is what is checked.
const errno = (code: string) => Object.assign(new Error(`${code}: raw`), { code });

describe('toIoError', () => {
  it('says what failed, why, and that the edits are kept', () => {
    const error = toIoError(errno('EROFS'), 'save');
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'io',
      message: 'Could not save: the plans folder is read-only. Your changes are kept in the window; try again after fixing the folder.',
    });
  });

  it('names each common reason', () => {
    expect(toIoError(errno('ENOSPC'), 'create')).toMatchObject({ message: expect.stringContaining('the disk is full') });
    expect(toIoError(errno('EACCES'), 'list')).toMatchObject({ message: expect.stringContaining('not allowed to use the plans folder') });
    expect(toIoError(errno('EPERM'), 'settings-save')).toMatchObject({ message: expect.stringContaining('the app data folder') });
    expect(toIoError(errno('EMFILE'), 'open')).toMatchObject({ message: expect.stringContaining('too many files') });
    expect(toIoError(errno('EWEIRD'), 'open')).toMatchObject({ code: 'io', message: expect.stringContaining('(EWEIRD)') });
  });

  it('passes app errors and non-file-system errors through unchanged', () => {
    const app = new AppError('conflict', 'x');
    const bug = new TypeError('bug');
    expect(toIoError(app, 'save')).toBe(app);
    expect(toIoError(bug, 'save')).toBe(bug);
  });
});
