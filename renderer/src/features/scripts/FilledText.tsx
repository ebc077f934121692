import { Fragment } from 'react';
import { Mark, Text, Tooltip } from '@mantine/core';
import type { Segment } from '@shared/scripts/placeholders';

/**
 * Filled script segments as text nodes (React escapes them: nothing typed
 * becomes markup). Filled values are marked subtly; empty and unknown
 * placeholders and broken braces stand out with a reason on hover.
 */
export function FilledText({ segments, size = 'md' }: { segments: Segment[]; size?: string }) {
  return (
    <Text size={size} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lh={1.7} component="div">
      {segments.map((s, i) => {
        if (s.kind === 'text') return <Fragment key={i}>{s.text}</Fragment>;
        if (s.kind === 'filled') {
          return (
            <Mark key={i} color="teal" px={2} data-placeholder={s.name} style={{ borderRadius: 4 }}>
              {s.text}
            </Mark>
          );
        }
        const why =
          s.kind === 'empty'
            ? `No value for {{${s.name}}} for this role yet`
            : s.kind === 'unknown'
              ? `{{${s.name}}} is not a placeholder`
              : 'A broken placeholder: use two braces on each side';
        return (
          <Tooltip key={i} label={why}>
            <Mark color={s.kind === 'empty' ? 'yellow' : 'red'} px={2} data-missing={s.kind} style={{ borderRadius: 4 }}>
              {s.raw}
            </Mark>
          </Tooltip>
        );
      })}
    </Text>
  );
}
