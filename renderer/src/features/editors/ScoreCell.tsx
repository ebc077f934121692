import { NativeSelect } from '@mantine/core';
import { usePlanSession } from '../plan/usePlanSession';
import { setScore, type ScoredOption } from './plan-edits';

/** "–" is an explicit choice: unscored, which the board treats as missing, never as zero. */
const OPTIONS = [
  { value: '', label: '–' },
  { value: '1', label: '1 · poor' },
  { value: '2', label: '2' },
  { value: '3', label: '3 · fair' },
  { value: '4', label: '4' },
  { value: '5', label: '5 · excellent' },
];

interface Props {
  option: ScoredOption;
  criterionId: string;
  score: number | undefined;
  /** "Growth score for Lumen Health", for screen readers and tests. */
  label: string;
}

/**
 * One score, 1 to 5 or unscored. A native select: arrow keys and typing a
 * digit work everywhere, and no value outside 1–5 can be chosen.
 */
export function ScoreCell({ option, criterionId, score, label }: Props) {
  const session = usePlanSession();
  return (
    <NativeSelect
      aria-label={label}
      data={OPTIONS}
      value={score === undefined ? '' : String(score)}
      size="sm"
      miw={120}
      onChange={(event) => {
        const value = event.currentTarget.value;
        session.edit((plan) => setScore(plan, option, criterionId, value === '' ? null : Number(value)));
      }}
    />
  );
}
