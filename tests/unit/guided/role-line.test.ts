import { describe, expect, it } from 'vitest';
import { readRoleLine } from '@shared/guided/role-line';

describe('readRoleLine', () => {
  it.each([
    ['Harbor Climate, Staff engineer', 'Harbor Climate', 'Staff engineer'],
    ['Harbor Climate — Staff engineer', 'Harbor Climate', 'Staff engineer'],
    ['Staff engineer at Harbor Climate', 'Harbor Climate', 'Staff engineer'],
    ['  Lumen   Health  ', 'Lumen Health', ''],
    ['Coca-Cola, Analyst', 'Coca-Cola', 'Analyst'],
  ])('%s', (line, company, role) => {
    expect(readRoleLine(line)).toEqual({ company, role });
  });

  it('is null for a blank line', () => {
    expect(readRoleLine('   ')).toBeNull();
  });
});
