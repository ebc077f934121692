/**
 * Electron fuses are flipped in the packaged binary by electron-builder's
 * `electronFuses` setting (package.json `build`), which hands them to
 * @electron/fuses right before signing. Checked on the config itself, and
 * through the pinned electron-builder's own translation to the fuse wire, so
 * a renamed key that electron-builder would silently ignore fails here.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as Fuses from '@electron/fuses';
import { LinuxPackager } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The very copy of @electron/fuses that electron-builder loads (not a second one of ours). */
const builderRequire = createRequire(createRequire(resolve(ROOT, 'package.json')).resolve('app-builder-lib'));
const { FuseV1Options, FuseVersion } = builderRequire('@electron/fuses') as typeof Fuses;

async function buildConfig(): Promise<{ asar?: unknown; electronFuses?: Record<string, unknown> }> {
  return JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')).build;
}

/** What each fuse must be in a packaged Bird in Hand. */
const EXPECTED: Array<[keyof typeof FuseV1Options, boolean]> = [
  ['RunAsNode', false],
  ['EnableNodeOptionsEnvironmentVariable', false],
  ['EnableNodeCliInspectArguments', false],
  ['OnlyLoadAppFromAsar', true],
  ['EnableEmbeddedAsarIntegrityValidation', true],
  ['EnableCookieEncryption', true],
  // The app is served from app://, never file://, so file pages need no extra powers.
  ['GrantFileProtocolExtraPrivileges', false],
];

describe('Electron fuses in the packaging step', () => {
  it('package.json sets each fuse, and packs the app into an asar (which asar-only loading needs)', async () => {
    const build = await buildConfig();
    expect(build.asar).toBe(true);
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it.each(EXPECTED)('electron-builder turns the config into the fuse wire with %s = %s', async (fuse, value) => {
    const { electronFuses } = await buildConfig();
    // generateFuseConfig is what electron-builder runs after packing; it does not use `this`.
    const wire = await (LinuxPackager.prototype as unknown as { generateFuseConfig(f: unknown): Promise<Record<string, unknown>> }).generateFuseConfig.call(
      null,
      electronFuses,
    );
    expect(wire.version).toBe(FuseVersion.V1);
    expect(wire[FuseV1Options[fuse]]).toBe(value);
  });
});
