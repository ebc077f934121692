/**
 * Two real Syncthing instances (Debian's `syncthing`) on loopback only, for
 * the synced-folder e2e: each with its own home in a temp folder, GUI/REST on
 * 127.0.0.1 with an API key, listening on 127.0.0.1 only, with global and
 * local discovery, relays, NAT traversal, usage reports and upgrades off;
 * each knows the other's device id at a static tcp://127.0.0.1 address and
 * shares one folder (`plans`) with it, watched (fsWatcher, 1 s) and
 * rescanned every 5 s. Nothing reaches the network.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect } from '@playwright/test';

export const FOLDER_ID = 'plans';

export interface SyncthingNode {
  name: string;
  deviceId: string;
  /** The shared folder on this node. */
  folder: string;
  /** Calls the REST API; throws on a non-2xx answer. */
  rest<T = unknown>(method: 'GET' | 'POST', path: string): Promise<T>;
}

export interface SyncthingPair {
  a: SyncthingNode;
  b: SyncthingNode;
  /** Stops both processes and waits for them to exit. */
  stop(): Promise<void>;
}

/** The plain failure when Syncthing is not installed (never a silent skip). */
export function syncthingMissing(): string | null {
  const probe = spawnSync('syncthing', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return 'Syncthing is not installed, so the synced-folder test cannot run. Install it with `apt-get install -y syncthing` (.ci/run does).';
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function generate(home: string): string {
  const out = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { encoding: 'utf8' });
  const id = /Device ID:\s*([A-Z0-9-]{63})/.exec(`${out.stdout}${out.stderr}`)?.[1];
  if (!id) throw new Error(`syncthing generate did not print a device id:\n${out.stdout}\n${out.stderr}`);
  return id;
}

interface Planned {
  name: string;
  home: string;
  folder: string;
  deviceId: string;
  listen: number;
  gui: number;
  apiKey: string;
}

function configXml(me: Planned, peer: Planned): string {
  const device = (d: Planned) => `
  <device id="${d.deviceId}" name="${d.name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
    <address>tcp://127.0.0.1:${d.listen}</address>
    <paused>false</paused>
    <autoAcceptFolders>false</autoAcceptFolders>
  </device>`;
  return `<configuration version="36">
  <folder id="${FOLDER_ID}" label="Plans" path="${me.folder}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="${me.deviceId}" introducedBy=""></device>
    <device id="${peer.deviceId}" introducedBy=""></device>
    <markerName>.stfolder</markerName>
    <maxConflicts>10</maxConflicts>
  </folder>${device(me)}${device(peer)}
  <gui enabled="true" tls="false" debugging="false">
    <address>127.0.0.1:${me.gui}</address>
    <apikey>${me.apiKey}</apikey>
    <theme>default</theme>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${me.listen}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <announceLANAddresses>false</announceLANAddresses>
    <startBrowser>false</startBrowser>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <reconnectionIntervalS>1</reconnectionIntervalS>
    <releasesURL></releasesURL>
  </options>
</configuration>
`;
}

function restOf(planned: Planned): SyncthingNode['rest'] {
  return async <T>(method: 'GET' | 'POST', path: string) => {
    const res = await fetch(`http://127.0.0.1:${planned.gui}${path}`, { method, headers: { 'X-API-Key': planned.apiKey } });
    if (!res.ok) throw new Error(`Syncthing ${planned.name} ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** Polls `check` until it is true (Playwright's expect.poll: no fixed sleeps), saying what was awaited when it is not. */
export async function until(what: string, check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  await expect
    .poll(async () => {
      try {
        return await check();
      } catch {
        return false;
      }
    }, { message: `waiting for ${what}`, timeout: ms })
    .toBe(true);
}

/** Starts two connected Syncthing nodes sharing `folders[0]` and `folders[1]` (made if needed). */
export async function startSyncthingPair(root: string, folders: [string, string]): Promise<SyncthingPair> {
  const planned: Planned[] = [];
  for (const [i, name] of ['laptop', 'desktop'].entries()) {
    const home = join(root, `syncthing-${name}`);
    await mkdir(home, { recursive: true });
    const folder = folders[i]!;
    await mkdir(join(folder, '.stfolder'), { recursive: true });
    planned.push({ name, home, folder, deviceId: generate(home), listen: await freePort(), gui: await freePort(), apiKey: randomBytes(16).toString('hex') });
  }
  const [pa, pb] = planned as [Planned, Planned];
  await writeFile(join(pa.home, 'config.xml'), configXml(pa, pb));
  await writeFile(join(pb.home, 'config.xml'), configXml(pb, pa));

  const children: ChildProcess[] = [];
  const logs = new Map<string, string>();
  for (const p of planned) {
    const child = spawn('syncthing', ['serve', `--home=${p.home}`, '--no-browser', '--no-restart', '--no-upgrade', `--gui-address=127.0.0.1:${p.gui}`, `--gui-apikey=${p.apiKey}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1', HOME: p.home },
    });
    logs.set(p.name, '');
    const keep = (chunk: Buffer) => logs.set(p.name, (logs.get(p.name)! + chunk.toString()).slice(-20_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.push(child);
  }
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  const nodes = planned.map((p) => ({ name: p.name, deviceId: p.deviceId, folder: p.folder, rest: restOf(p) })) as [SyncthingNode, SyncthingNode];
  try {
    for (const [i, node] of nodes.entries()) {
      const peer = nodes[1 - i]!;
      await until(`Syncthing ${node.name} to answer`, async () => (await node.rest<{ ping: string }>('GET', '/rest/system/ping')).ping === 'pong');
      await until(`Syncthing ${node.name} to connect to ${peer.name}`, async () => {
        const { connections } = await node.rest<{ connections: Record<string, { connected: boolean }> }>('GET', '/rest/system/connections');
        return connections[peer.deviceId]?.connected === true;
      });
    }
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${[...logs].map(([n, l]) => `--- ${n}\n${l}`).join('\n')}`, { cause: error });
  }
  return { a: nodes[0], b: nodes[1], stop };
}

/** Sync-tool conflict copies in a folder. */
export async function conflictCopies(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.includes('.sync-conflict-'));
}
