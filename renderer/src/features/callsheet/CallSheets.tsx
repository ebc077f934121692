import { useEffect, useMemo } from 'react';
import { computeBoard } from '@shared/board';
import type { Plan } from '@shared/plan';
import { userTimeZone } from '../scripts/user-time-zone';
import { callPackRoleIds, callSheetData, type CallSheetData } from './call-sheet-model';
import { CallPackCover } from './CallPackCover';
import { CallSheet } from './CallSheet';
import { pageRule, READY_MARK, type PrintOptions } from './print-options';
import classes from './callsheet.module.css';

export interface CallSheetsProps {
  plan: Plan;
  /** A dream role's id, or `pack` for the call pack. */
  target: string;
  options: PrintOptions;
  now: Date;
  locale?: string;
  /** `preview`: framed like a page in the app; `bare`: the print route, nothing around it. */
  variant: 'preview' | 'bare';
}

/**
 * One call sheet or the call pack, always light (its own colour scheme and
 * explicit colours), with the `@page` rule for the chosen paper. Sets the
 * `callsheet-ready` mark once rendered, which the PDF window waits for.
 */
export function CallSheets({ plan, target, options, now, locale, variant }: CallSheetsProps) {
  const board = useMemo(() => computeBoard(plan, { now, locale }), [plan, now, locale]);
  const pack = target === 'pack';
  const sheets = useMemo(() => {
    const ids = pack ? callPackRoleIds(board) : [target];
    return ids.map((id) => callSheetData(plan, board, id, now, userTimeZone())).filter((s): s is CallSheetData => Boolean(s));
  }, [board, pack, plan, target, now]);

  useEffect(() => {
    performance.clearMarks(READY_MARK);
    performance.mark(READY_MARK);
  }, [sheets, options]);

  const frame = `${classes.paper} ${variant === 'bare' ? classes.bare : classes.preview}`;
  return (
    <div className={frame} data-mantine-color-scheme="light" data-callsheet-root="" data-paper={options.paper} data-testid="call-sheets">
      <style>{pageRule(options.paper)}</style>
      {pack ? (
        <CallPackCover
          planName={plan.name}
          sheets={sheets}
          deadline={board.deadline.deadlineDisplay ?? board.deadline.detail}
        />
      ) : null}
      {!pack && sheets.length === 0 ? (
        <p className={classes.notice}>This dream role is not in the plan any more. Choose another role or the call pack.</p>
      ) : null}
      {sheets.map((s) => (
        <CallSheet key={s.roleId} sheet={s} hideFigures={options.hideFigures} />
      ))}
    </div>
  );
}
