import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { BoardTimeline } from '@shared/board';
import { layoutCallBys, layoutTimeline } from './timeline-layout';

const LANE_H = 22;
const CALL_BY_ROW_H = 16;
const TOP = 8;

/** The drawing: today → deadline, with a marker per decision date. Hidden from screen readers; the list beside it says the same. */
export function TimelineChart({ timeline }: { timeline: BoardTimeline }) {
  const { ref, width: measured } = useElementSize();
  const width = measured > 0 ? measured : 720;
  const { groups, lanes, x } = layoutTimeline(timeline, width);
  const axisY = TOP + lanes * LANE_H + 14;
  const callBys = layoutCallBys(timeline, x, width);
  const height = axisY + (callBys.rows ? 42 + callBys.rows * CALL_BY_ROW_H : 40);
  const dl = timeline.deadlineOffset;
  const text = 'var(--mantine-color-text)';
  const dimmed = 'var(--mantine-color-dimmed)';
  return (
    <Box ref={ref} w="100%" data-testid="timeline-chart">
      <svg width={width} height={height} aria-hidden="true" focusable="false" style={{ display: 'block', overflow: 'visible' }}>
        {dl !== null ? (
          <rect x={x(dl)} y={TOP} width={Math.max(0, width - 16 - x(dl))} height={axisY - TOP + 8} fill="var(--mantine-color-orange-6)" fillOpacity={0.12} />
        ) : null}
        <line x1={x(Math.min(0, ...groups.map((g) => g.dayOffset)))} x2={width - 16} y1={axisY} y2={axisY} stroke={dimmed} strokeWidth={2} />
        <line x1={x(0)} x2={x(0)} y1={axisY - 8} y2={axisY + 8} stroke={text} strokeWidth={2} />
        <text x={x(0)} y={axisY + 24} fontSize={12} fill={text} textAnchor={x(0) < 40 ? 'start' : 'middle'}>Today</text>
        {dl !== null ? (
          <g>
            <line x1={x(dl)} x2={x(dl)} y1={TOP} y2={axisY + 10} stroke="var(--mantine-color-red-6)" strokeWidth={2} strokeDasharray="4 3" />
            {/* A passed deadline sits left of Today: its label takes a second row so the two never overlap. */}
            <text
              x={x(dl)}
              y={axisY + (dl < 0 && Math.abs(x(dl) - x(0)) < 110 ? 38 : 24)}
              fontSize={12}
              fontWeight={700}
              fill="var(--mantine-color-red-text)"
              textAnchor={x(dl) < 60 ? 'start' : x(dl) > width - 60 ? 'end' : 'middle'}
            >
              {dl < 0 ? 'Plan B deadline (passed)' : 'Plan B deadline'}
            </text>
          </g>
        ) : null}
        {callBys.labels.map((c) => {
          const y = axisY + 52 + c.row * CALL_BY_ROW_H;
          return (
            <g key={`call-by-${c.date}`}>
              <path d={`M ${c.x} ${axisY + 30} l -5 8 l 10 0 z`} fill={c.late ? 'var(--mantine-color-red-6)' : dimmed} />
              <text x={c.x} y={y} fontSize={11} fill={dimmed} textAnchor={c.anchor}>{c.label}</text>
            </g>
          );
        })}
        {groups.map((g) => {
          const y = TOP + (lanes - 1 - g.lane) * LANE_H + 12;
          const color = g.afterDeadline ? 'var(--mantine-color-orange-6)' : g.fits ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-gray-6)';
          return (
            <g key={g.date}>
              <line x1={g.x} x2={g.x} y1={y + 4} y2={axisY} stroke={color} strokeWidth={1} />
              {g.afterDeadline ? (
                <rect x={g.x - 6} y={axisY - 6} width={12} height={12} fill={color} transform={`rotate(45 ${g.x} ${axisY})`} />
              ) : (
                <circle cx={g.x} cy={axisY} r={6} fill={color} />
              )}
              <text x={g.x} y={y} fontSize={12} fill={text} textAnchor={g.anchor}>{g.label}</text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
