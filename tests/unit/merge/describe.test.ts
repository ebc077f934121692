import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from '@shared/merge/describe';
import type { Json } from '@shared/merge/three-way';

const plan = { name: 'P', situation: { notes: '' }, dreamRoles: [{ id: 'r1', company: 'Acme', timeline: { expectedDecisionOn: null } }, { id: 'r2', company: '' }] } as Json;

describe('describing a merge conflict', () => {
  it.each([
    [['name'], 'Name'],
    [['situation', 'notes'], 'Notes'],
    [['dreamRoles', 'r1', 'company'], 'Dream role Acme › company'],
    [['dreamRoles', 'r1', 'timeline', 'expectedDecisionOn'], 'Dream role Acme › timeline › expected decision on'],
    [['dreamRoles', 'r2'], 'Dream role'],
  ])('%j reads as %s', (path, text) => {
    expect(describePath(plan, path)).toBe(text);
  });

  it.each([
    [undefined, '(removed)'],
    [null, '(not set)'],
    ['', '(empty)'],
    ['Acme', 'Acme'],
    [true, 'Yes'],
    [3, '3'],
    [{ id: 'x', company: 'Acme' }, 'Acme'],
  ])('%j shows as %s', (value, text) => {
    expect(describeValue(value as Json | undefined)).toBe(text);
  });
});
