/**
 * `npm run web`: builds the renderer, then runs the web harness until
 * Ctrl+C. Options: `--port N` (default: a free port) and `--data-dir PATH`
 * (default: a new temp folder, so trying things out never touches real plans);
 * `--renderer-dir PATH` serves another build (default: out/renderer).
 */
import { parseArgs } from 'node:util';
import { startHarness } from './server';

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (got ${JSON.stringify(value)}).`);
  }
  return port;
}

const USAGE = 'Usage: npm run web -- [--port N] [--data-dir PATH] [--renderer-dir PATH]';

function readOptions() {
  try {
    return parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'renderer-dir': { type: 'string' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
}

async function main(): Promise<void> {
  const values = readOptions();
  const harness = await startHarness({ port: parsePort(values.port), dataDir: values['data-dir'], rendererDir: values['renderer-dir'] });
  console.log(`Bird in Hand web harness: ${harness.url}`);
  console.log(
    harness.dataDirIsTemporary
      ? `Data folder: ${harness.dataDir} (a temp folder, since no --data-dir was given; it is kept after you stop)`
      : `Data folder: ${harness.dataDir}`,
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
