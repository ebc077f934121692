import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { PLACEHOLDERS, type FilledScript } from '@shared/scripts/placeholders';

/** Placeholders with no value for this role, unknown names, and a deadline that differs from Plan B's. */
export function ScriptWarnings({ filled, mismatches, roleName }: { filled: FilledScript; mismatches: string[]; roleName: string }) {
  if (!filled.empty.length && !filled.unknown.length && !mismatches.length) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={20} aria-hidden />} title="Check before the call" data-testid="script-warnings">
      <List size="sm" spacing={4}>
        {filled.empty.map((name) => (
          <List.Item key={`e-${name}`}>
            {`{{${name}}}`} is empty for {roleName}: add the {PLACEHOLDERS[name].label.toLowerCase()} to the plan, or remove it from the script.
          </List.Item>
        ))}
        {filled.unknown.map((name) => (
          <List.Item key={`u-${name}`}>
            {`{{${name}}}`} is not a placeholder (a typo?). Type {'{{'} to pick one from the list.
          </List.Item>
        ))}
        {mismatches.map((date) => (
          <List.Item key={`d-${date}`}>
            The script says “{date}”, which is not Plan B’s deadline. Use {'{{deadline}}'} so it always matches.
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
