import { describe, expect, it } from 'vitest';
import { boardToCsv, comparisonCsvFileName, computeBoard, csvField, type Board } from '@shared/board';
import { samplePlan } from '@shared/sample-plan';
import { offer, plan, role } from './fixtures';

const created = new Date('2026-11-26T15:00:00Z');

/** Splits CSV text with no quoted line breaks into rows of raw fields. */
const lines = (csv: string): string[] => csv.split('\r\n');

describe('boardToCsv on the sample plan', () => {
  const board = computeBoard(samplePlan(created), { now: created, locale: 'en-US' });
  const csv = boardToCsv(board);

  it('writes a header of column headings, then one line per figure, CRLF-ended', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = lines(csv).slice(0, -1);
    expect(rows[0]).toBe(['Figure', ...board.table.columns.map((c) => c.heading)].map(csvField).join(','));
    expect(rows[0]).toBe('Figure,Plan B: Northwind Logistics,Lumen Health,Tessellate Studio,Harbor Climate');
    expect(rows).toHaveLength(1 + board.table.rows.length);
    expect(rows[1]).toBe('Stage,Written offer,Final round,Awaiting decision,Interviewing');
  });

  it('quotes money that contains commas', () => {
    const firstYear = lines(csv).find((l) => l.startsWith('First-year total,'));
    expect(firstYear?.startsWith('First-year total,"$197,800","$244,000",')).toBe(true);
  });
});

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Written offer')).toBe('Written offer');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvField('-$4,000 (-2%)')).toBe('"\'-$4,000 (-2%)"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('boardToCsv with awkward names', () => {
  it('guards and quotes a dream role named like a formula', () => {
    const p = plan({ offers: [offer()], dreamRoles: [role({ company: '=cmd|"/c calc"!A1' })] });
    const board = computeBoard(p, { now: new Date('2026-11-25T15:00:00Z'), locale: 'en-US' });
    const header = lines(boardToCsv(board))[0];
    expect(header).toBe('Figure,Plan B: Northwind,"\'=cmd|""/c calc""!A1"');
  });

  it('writes a missing cell as a dash and an empty table as its header', () => {
    const base = computeBoard(plan(), { now: created, locale: 'en-US' });
    const board: Board = {
      ...base,
      table: {
        columns: [{ id: 'r1', kind: 'role', heading: 'Lumen', subheading: '' }],
        rows: [{ key: 'stage', label: 'Stage', cells: [] }],
      },
    };
    expect(boardToCsv(board)).toBe('Figure,Lumen\r\nStage,—\r\n');
    expect(boardToCsv({ ...base, table: { columns: [], rows: [] } })).toBe('Figure\r\n');
  });
});

describe('comparisonCsvFileName', () => {
  it('names the file after the plan, without characters a file system refuses', () => {
    expect(comparisonCsvFileName('Autumn search')).toBe('Autumn search comparison.csv');
    expect(comparisonCsvFileName('Q4: a/b "final"')).toBe('Q4 ab final comparison.csv');
    expect(comparisonCsvFileName('***')).toBe('Plan comparison.csv');
  });
});

describe('boardToCsv with the new totals', () => {
  it('writes year 1 to year 4, the 4-year average, the basis, "at least" and the rate used', () => {
    const p = plan({
      situation: { ...plan().situation, currency: 'USD', rates: [{ currency: 'EUR', rate: 1.05, takenOn: '2026-11-19' }] },
      offers: [offer()],
      dreamRoles: [role({ company: 'Eurotech', estimatedCompensation: { ...offer().compensation, currency: 'EUR', bonus: { kind: 'amount', value: null, expectedPayoutPercent: 100 } } })],
    });
    const rows = lines(boardToCsv(computeBoard(p, { now: new Date('2026-11-25T15:00:00Z'), locale: 'en-US' })));
    const find = (label: string) => rows.find((l) => l.startsWith(`${label},`));
    // Plan B: 100,000 + 10,000 + 5,000 sign-on in year 1; Eurotech: (100,000 + 5,000) EUR × 1.05 = 110,250 USD, bonus not known.
    expect(find('First-year total')).toBe('First-year total,"$115,000","at least $110,250"');
    expect(find('Year 2 total')).toBe('Year 2 total,"$110,000","at least $105,000"');
    expect(find('Year 4 total')).toBe('Year 4 total,"$110,000","at least $105,000"');
    // (115,000 + 3 × 110,000) / 4 = 111,250; Eurotech (110,250 + 3 × 105,000) / 4 = 106,312.50, rounded to the dollar.
    expect(find('4-year average')).toBe('4-year average,"$111,250","at least $106,313"');
    expect(find('vs Plan B (first year)')).toBe('vs Plan B (first year),—,Unknown');
    expect(find('Exchange rate')).toBe('Exchange rate,None needed,1 EUR = 1.05 USD on 2026-11-19');
  });
});
