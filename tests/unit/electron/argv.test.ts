/** A plan file named on the command line (double-click, `open`, a second launch). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFileFromArgv } from '../../../electron/main/argv';

describe('planFileFromArgv', () => {
  const cwd = resolve('/home/sam/Downloads');

  it('finds an exported plan next to the executable', () => {
    expect(planFileFromArgv(['/opt/Bird in Hand/bird-in-hand', 'Offer plan.bird-in-hand.json'], cwd)).toBe(
      resolve(cwd, 'Offer plan.bird-in-hand.json'),
    );
  });

  it('keeps an absolute path as it is and ignores switches and the dev entry script', () => {
    const file = resolve('/tmp/plan.JSON');
    expect(planFileFromArgv(['electron', 'out/main/index.js', '--no-sandbox', '--allow-file-access-from-files', file], cwd)).toBe(file);
  });

  it('takes the last file when several are named, and .birdplan too', () => {
    expect(planFileFromArgv(['app', 'a.json', 'b.birdplan'], cwd)).toBe(resolve(cwd, 'b.birdplan'));
  });

  it('answers null with no plan file, and never takes argv[0]', () => {
    expect(planFileFromArgv(['app'], cwd)).toBeNull();
    expect(planFileFromArgv(['/weird/app.json'], cwd)).toBeNull();
    expect(planFileFromArgv(['app', '--flag=plan.json', 'notes.txt', ''], cwd)).toBeNull();
  });
});
