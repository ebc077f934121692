import { memo, useState } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LIMITS } from '@shared/limits';
import { readRoleLine } from '@shared/guided/role-line';
import { roleName } from '@shared/board/labels';
import { addDreamRole, newDreamRole } from '../editors/plan-edits';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';

/** Adds a dream role from one line on the board: "Harbor Climate, Staff engineer". */
export const QuickAddRole = memo(function QuickAddRole() {
  const session = usePlanSession();
  const count = usePlan((plan) => plan.dreamRoles.length);
  const [line, setLine] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const full = count >= LIMITS.dreamRoles;

  const add = () => {
    const read = readRoleLine(line);
    if (!read) return setSaid('Type the company, and the role after a comma if you like.');
    session.edit((plan) => addDreamRole(plan, { ...newDreamRole(plan), ...read }));
    setLine('');
    setSaid(`Added ${roleName(read)}. Its contact and timing can be added on its card or in the overview.`);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
      aria-label="Add a dream role"
      data-testid="quick-add-role"
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Add a dream role in one line"
          placeholder="Company, role (like Harbor Climate, Staff engineer)"
          maxLength={400}
          value={line}
          onChange={(event) => setLine(event.currentTarget.value)}
          disabled={full}
          style={{ flex: 1, minWidth: 260 }}
        />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} disabled={full}>
          Add
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mt={4} role="status" aria-live="polite">
        {full ? `A plan holds at most ${LIMITS.dreamRoles} dream roles.` : said}
      </Text>
    </form>
  );
});
