/**
 * The plans folder changed by another program while the app is open, through
 * the real watcher and store of the web harness: an external rewrite shows at
 * once with "Updated from another computer" and Undo; a rewrite that meets
 * unsaved edits is merged, the one field both changed shown side by side; a
 * sync tool's conflict copy and a rename over the file reach the plans screen
 * live; a delete leaves the plans screen. Screenshots, light and dark, of the
 * folder setting, the notice and the field conflict.
 */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, rpc, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`changes made in the plans folder elsewhere reach the app at once (${scheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const plan = await rpc<{ id: string; name: string }>(app, 'plans:create', { from: 'sample' });
    const file = join(app.dataDir, 'plans', `${plan.id}.json`);
    const rewrite = async (change: (p: Record<string, unknown> & { situation: Record<string, unknown>; revision: number }) => object) => {
      const onDisk = JSON.parse(await readFile(file, 'utf8'));
      const temp = join(app.dataDir, 'plans', `.syncthing.${plan.id}.json.tmp`);
      await writeFile(temp, JSON.stringify(change(onDisk), null, 2));
      await rename(temp, file); // as a sync tool brings a file in: written aside, renamed over
    };

    await app.open(page, `/plans/${plan.id}/overview`);
    await expect(page.getByLabel('Plan name')).toHaveValue(plan.name);
    await rewrite((p) => ({ ...p, name: 'Renamed on the laptop', revision: p.revision + 1 }));
    // The watcher waits for the file to settle, then debounces, then the window reloads: seconds on a loaded CI machine.
    await expect(page.getByLabel('Plan name')).toHaveValue('Renamed on the laptop', { timeout: 20_000 });
    const notice = page.getByTestId('remote-update');
    await expect(notice).toContainText('Updated from another computer');
    await page.screenshot({ path: join(shots, `synced-notice-${scheme}.png`) });
    await notice.getByRole('button', { name: 'Undo update' }).click();
    await expect(page.getByLabel('Plan name')).toHaveValue(plan.name);
    await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).name).toBe(plan.name);

    // Unsaved edits here meet a change from elsewhere: the laptop's change lands while this save is on its way.
    let held = false;
    await page.route(/\/rpc\/plans(:|%3A)save$/, async (route) => {
      if (!held) {
        held = true;
        await rewrite((p) => ({ ...p, name: 'Named on the laptop', situation: { ...p.situation, userName: 'Alex on the laptop' }, revision: p.revision + 1 }));
      }
      await route.continue();
    });
    await page.getByLabel('Your name (used in scripts)').fill('Alex on this desktop');
    const card = page.getByTestId('field-conflicts');
    await expect(card.getByTestId('field-conflict')).toHaveCount(1);
    await expect(card).toContainText('Alex on this desktop');
    await expect(card).toContainText('Alex on the laptop');
    await expect(page.getByLabel('Plan name')).toHaveValue('Named on the laptop');
    await page.screenshot({ path: join(shots, `synced-field-conflict-${scheme}.png`) });
    await card.getByRole('button', { name: /^Use yours/ }).click();
    await expect(card).toHaveCount(0);
    await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).situation.userName).toBe('Alex on this desktop');

    // The plans screen, live: a conflict copy appears, the plan is deleted elsewhere.
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    const onDisk = await readFile(file, 'utf8');
    await writeFile(join(app.dataDir, 'plans', `${plan.id}.sync-conflict-20260302-140512-ABCDEF7.json`), onDisk);
    await expect(page.getByTestId('store-problems')).toContainText('another version from ABCDEF7 (Syncthing), 2026-03-02 14:05:12');
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    await page.getByTestId('plans-folder').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `synced-plans-folder-${scheme}.png`), fullPage: true });
    await page.getByRole('button', { name: 'Merge into the plan' }).click();
    await expect(page.getByTestId('store-problems')).toHaveCount(0);
    await unlink(file);
    await expect(page.getByTestId('plan-row')).toHaveCount(0);
  });
}
