import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixBoardClock, openSample } from './board-helpers';

fixBoardClock();

// jsdom has neither Blob URLs nor downloads: record what the page hands over.
const made: Blob[] = [];
const revoked: string[] = [];
const downloads: { name: string; href: string }[] = [];
beforeEach(() => {
  made.length = 0;
  revoked.length = 0;
  downloads.length = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      made.push(blob);
      return `blob:test/${made.length}`;
    },
    revokeObjectURL: (url: string) => void revoked.push(url),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('exporting the comparison as CSV', () => {
  it('downloads the board’s comparison table as "<plan name> comparison.csv" and frees the URL', async () => {
    const user = userEvent.setup();
    const { root } = await openSample();
    await user.click(within(root).getByRole('button', { name: 'Export comparison as CSV' }));

    // The plan is "Sample: Alex weighs …": the colon is left out of the file name.
    expect(downloads).toEqual([{ name: 'Sample Alex weighs Northwind against three dream roles comparison.csv', href: 'blob:test/1' }]);
    expect(made).toHaveLength(1);
    expect(made[0]!.type).toBe('text/csv;charset=utf-8');
    const lines = (await made[0]!.text()).split('\r\n');
    expect(lines[0]).toBe('Figure,Plan B: Northwind Logistics,Lumen Health,Tessellate Studio,Harbor Climate');
    expect(lines).toContain('Stage,Written offer,Final round,Awaiting decision,Interviewing');
    expect(lines.find((l) => l.startsWith('First-year total,'))).toMatch(/^First-year total,"\$197,800","\$244,000",/);
    // No anchor is left behind in the page.
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoked).toEqual(['blob:test/1']));
  });
});
