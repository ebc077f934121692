import { describe, expect, it } from 'vitest';
import { describeConflictCopy, parseConflictCopy } from '@shared/sync/conflict-copies';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('sync tools’ conflict copies of a plan file', () => {
  it.each([
    [`${ID}.sync-conflict-20260302-140512-ABCDEF7.json`, { tool: 'Syncthing', device: 'ABCDEF7', date: '2026-03-02 14:05:12' }],
    [`${ID} (Alex's conflicted copy 2026-03-02).json`, { tool: 'Dropbox', device: 'Alex', date: '2026-03-02' }],
    [`${ID} (Work Laptop’s conflicted copy 2026-03-02 (1)).json`, { tool: 'Dropbox', device: 'Work Laptop', date: '2026-03-02' }],
    [`${ID} (conflicted copy 2026-03-02 140512).json`, { tool: 'Nextcloud', device: null, date: '2026-03-02 14:05:12' }],
    [`${ID} (conflicted copy alex 2026-03-02 140512).json`, { tool: 'Nextcloud', device: 'alex', date: '2026-03-02 14:05:12' }],
    [`${ID}-DESKTOP-AB12CD.json`, { tool: 'OneDrive', device: 'DESKTOP-AB12CD', date: null }],
    [`${ID} 2.json`, { tool: 'iCloud', device: null, date: null }],
    [`${ID} 12.json`, { tool: 'iCloud', device: null, date: null }],
  ])('%s is another version of the plan', (name, expected) => {
    expect(parseConflictCopy(name)).toEqual({ planId: ID, ...expected });
  });

  it.each([
    `${ID}.json`,
    `${ID}.corrupt-20260302T140512Z.json`,
    `${ID}.backup-v1-20260302T140512Z.json`,
    `.${ID}.json.1234.0123456789ab.tmp`,
    `.syncthing.${ID}.json.tmp`,
    `${ID} 1.json`,
    `${ID}.sync-conflict-20260302-140512-ABCDEF7.json.tmp`,
    `${ID.toUpperCase()} 2.json`,
    'notes.json',
  ])('%s is not', (name) => {
    expect(parseConflictCopy(name)).toBeUndefined();
  });

  it('says where the other version came from', () => {
    expect(describeConflictCopy(parseConflictCopy(`${ID}.sync-conflict-20260302-140512-ABCDEF7.json`)!)).toBe('another version from ABCDEF7 (Syncthing), 2026-03-02 14:05:12');
    expect(describeConflictCopy(parseConflictCopy(`${ID} 2.json`)!)).toBe('another version kept by iCloud');
  });
});
