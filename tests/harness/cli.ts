/**
 * `npm run web`: builds the renderer, then runs the web harness until
 * Ctrl+C. Options: `--port N` (default: a free port); `--data-dir PATH`
 * (default: the desktop app's data folder, so a person's plans are the same
 * in both and never vanish between runs); `--temp-data` for a fresh temp
 * folder instead (trying things out, tests); `--renderer-dir PATH` serves
 * another build (default: out/renderer).
 */
import { parseArgs } from 'node:util';
import { desktopDataDir } from '../../electron/main/desktop-data-dir';
import { startHarness } from './server';

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (got ${JSON.stringify(value)}).`);
  }
  return port;
}

const USAGE = 'Usage: npm run web -- [--port N] [--data-dir PATH | --temp-data] [--renderer-dir PATH]';

function readOptions() {
  try {
    const { values } = parseArgs({
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'temp-data': { type: 'boolean' }, 'renderer-dir': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    if (values['temp-data'] && values['data-dir'] !== undefined) throw new Error('Give --data-dir or --temp-data, not both.');
    return values;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
}

async function main(): Promise<void> {
  const values = readOptions();
  const dataDir = values['temp-data'] ? undefined : (values['data-dir'] ?? desktopDataDir());
  const harness = await startHarness({ port: parsePort(values.port), dataDir, rendererDir: values['renderer-dir'] });
  console.log(`Bird in Hand web harness: ${harness.url}`);
  console.log(
    harness.dataDirIsTemporary
      ? `Data folder: ${harness.dataDir} (a fresh temp folder, from --temp-data; it is kept after you stop)`
      : `Data folder: ${harness.dataDir}${values['data-dir'] === undefined ? ' (the desktop app’s; --temp-data for a fresh one)' : ''}`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping the web harness (${signal})…`);
    harness.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('The web harness did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
