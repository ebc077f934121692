/**
 * How the pay details drawer last said a record's grant is given. The record
 * cannot hold it while no grant figure is typed (value, units and price all
 * empty read as "a value"), so it is kept per plan and record in the page's
 * storage, and the drawer reopens as the user left it.
 */
import { readPageValue, writePageValue } from '../../plan/page-storage';

type GrantBy = 'value' | 'units';

const key = (planId: string, record: string) => `bird-in-hand:grant-by:${planId}:${record}`;
const parse = (raw: unknown): GrantBy | null => (raw === 'value' || raw === 'units' ? raw : null);

export const loadGrantByChoice = (planId: string, record: string) => readPageValue(key(planId, record), parse);
export const saveGrantByChoice = (planId: string, record: string, by: GrantBy) => writePageValue(key(planId, record), by);
