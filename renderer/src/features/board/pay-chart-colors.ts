import type { Part } from '@shared/compensation';

/** One Mantine theme colour per pay part, the same in the chart, its legend and both colour schemes. */
export const PART_COLORS: Record<Part, string> = {
  base: 'blue.6',
  bonus: 'teal.6',
  signOn: 'yellow.6',
  relocation: 'orange.6',
  equity: 'violet.5',
  benefits: 'pink.6',
};

/** "sign-on bonus" → "Sign-on bonus", for headings and the legend. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
