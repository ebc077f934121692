import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { PLACEHOLDERS, type FilledScript } from '@shared/scripts/placeholders';

const WHY_EMPTY: Partial<Record<keyof typeof PLACEHOLDERS, string>> = {
  deadline: 'Plan B has no deadline that is still ahead: record the deadline (or its extension) on the offer, or remove it from the script.',
  days_left: 'Plan B has no deadline that is still ahead: record the deadline (or its extension) on the offer, or remove it from the script.',
  time_left: 'Plan B has no deadline that is still ahead: record the deadline (or its extension) on the offer, or remove it from the script.',
};

/** Placeholders with no value for this role, unknown names and broken braces. */
export function ScriptWarnings({ filled, roleName }: { filled: FilledScript; roleName: string }) {
  if (!filled.empty.length && !filled.unknown.length && !filled.malformed.length) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={20} aria-hidden />} title="Check before the call" data-testid="script-warnings">
      <List size="sm" spacing={4}>
        {filled.empty.map((name) => (
          <List.Item key={`e-${name}`}>
            {`{{${name}}}`} is empty for {roleName}:{' '}
            {WHY_EMPTY[name] ?? `add the ${PLACEHOLDERS[name].label.toLowerCase()} to the plan, or remove it from the script.`}
          </List.Item>
        ))}
        {filled.unknown.map((name) => (
          <List.Item key={`u-${name}`}>
            {`{{${name}}}`} is not a placeholder (a typo?). Type {'{{'} to pick one from the list.
          </List.Item>
        ))}
        {filled.malformed.map((raw) => (
          <List.Item key={`m-${raw}`}>
            “{raw}” is a broken placeholder: write it with two braces on each side, like {'{{company}}'}.
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
