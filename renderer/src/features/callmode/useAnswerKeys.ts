import { useEffect, useRef } from 'react';
import { OUTCOMES, type Outcome } from '@shared/plan';
import { isTextEditing } from '../../app/text-editing';

/**
 * Keys 1, 2, 3 choose their answer (immediate offer, non-answer, green
 * light). In a text field the digits are typing, so there Alt+1/2/3 does it.
 */
export function useAnswerKeys(active: boolean, choose: (outcome: Outcome) => void): void {
  const latest = useRef(choose);
  useEffect(() => {
    latest.current = choose;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.repeat) return;
      // `code`, not `key`: Alt+digit types another character on some keyboards.
      const digit = /^Digit([123])$/.exec(e.code)?.[1] ?? (/^[123]$/.test(e.key) ? e.key : null);
      if (!digit) return;
      if (!e.altKey && isTextEditing(e.target)) return;
      e.preventDefault();
      latest.current(OUTCOMES[Number(digit) - 1]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
