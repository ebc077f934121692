import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTempFiles, writeFileDurable } from '../../../electron/main/store/durable-write';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder();

/** A pid that no process can have (above Linux's largest pid_max, 2^22). */
const DEAD_PID = 99_999_999;

describe('writeFileDurable', () => {
  it('writes text and bytes exactly and leaves no temp file behind', async () => {
    const text = join(tmp.path, 'plan.json');
    const bytes = join(tmp.path, 'raw.bin');
    await writeFileDurable(text, '{"a": "ünïcode ✓"}\n');
    await writeFileDurable(bytes, new Uint8Array([0, 1, 2, 255]));
    expect(await readFile(text, 'utf8')).toBe('{"a": "ünïcode ✓"}\n');
    expect([...(await readFile(bytes))]).toEqual([0, 1, 2, 255]);
    expect((await readdir(tmp.path)).sort()).toEqual(['plan.json', 'raw.bin']);
  });

  it('replaces an existing file with the new content, longer or shorter', async () => {
    const file = join(tmp.path, 'plan.json');
    await writeFileDurable(file, 'x'.repeat(10_000));
    await writeFileDurable(file, 'short');
    expect(await readFile(file, 'utf8')).toBe('short');
    expect(await readdir(tmp.path)).toEqual(['plan.json']);
  });

  it('fails when the rename cannot happen (target is a folder), removing its temp file', async () => {
    // Proves the clean-up after a failure at the last step; the folder at the
    // target is left as it was.
    const target = join(tmp.path, 'plan.json');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(writeFileDurable(target, 'new')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(await readdir(tmp.path)).toEqual(['plan.json']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('fails part-way through (data that cannot be written) with the old file intact and no temp file', async () => {
    // The temp file is created, then writing the data throws: this is the
    // "crash between open and rename" path, and the old bytes must survive.
    const file = join(tmp.path, 'plan.json');
    await writeFileDurable(file, 'old content');
    const notData = { length: 3 } as unknown as string;
    await expect(writeFileDurable(file, notData)).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await readdir(tmp.path)).toEqual(['plan.json']);
  });

  it('fails for a folder that does not exist and creates nothing', async () => {
    const missing = join(tmp.path, 'missing', 'plan.json');
    await expect(writeFileDurable(missing, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('leaves exactly one complete version when many writes to one file race', async () => {
    // No queue here on purpose: atomic rename alone must keep the file whole.
    const file = join(tmp.path, 'plan.json');
    const versions = Array.from({ length: 40 }, (_, i) => `${i}:`.padEnd(2_000 + i * 50, String(i % 10)));
    await Promise.all(versions.map((v) => writeFileDurable(file, v)));
    expect(versions).toContain(await readFile(file, 'utf8'));
    expect(await readdir(tmp.path)).toEqual(['plan.json']);
  });
});

describe('cleanTempFiles', () => {
  it('removes temp files of dead processes and keeps live ones and unrelated files', async () => {
    const dead = `.plan.json.${DEAD_PID}.0123456789ab.tmp`;
    const mine = `.plan.json.${process.pid}.0123456789ab.tmp`;
    const unrelated = ['plan.json', 'notes.tmp', '.plan.json.tmp', `.plan.json.${DEAD_PID}.xyz.tmp`];
    for (const name of [dead, mine, ...unrelated]) await writeFile(join(tmp.path, name), 'x');
    expect(await cleanTempFiles(tmp.path)).toEqual([dead]);
    expect((await readdir(tmp.path)).sort()).toEqual([mine, ...unrelated].sort());
  });

  it('can limit itself to the temp files of one target name', async () => {
    const plan = `.plan.json.${DEAD_PID}.0123456789ab.tmp`;
    const settings = `.settings.json.${DEAD_PID}.0123456789ab.tmp`;
    for (const name of [plan, settings]) await writeFile(join(tmp.path, name), 'x');
    expect(await cleanTempFiles(tmp.path, 'settings.json')).toEqual([settings]);
    expect(await readdir(tmp.path)).toEqual([plan]);
  });

  it('treats a missing folder as clean', async () => {
    expect(await cleanTempFiles(join(tmp.path, 'nope'))).toEqual([]);
  });
});
