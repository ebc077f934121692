import { useState } from 'react';
import { List, NumberInput, Stack, Text } from '@mantine/core';
import { formatMoney } from '@shared/board';
import { ifILeaveAfter, type Compensation } from '@shared/compensation';
import { draftNumber } from '../draft-values';
import { userLocale } from '../../board/user-locale';

/** "If I leave after N months": what has been paid, what is owed back and what is left behind (shared/compensation). */
export function LeaveAfter({ compensation }: { compensation: Compensation }) {
  const [typed, setTyped] = useState<number | string>(12);
  const n = draftNumber(typed);
  const months = n !== null && Number.isInteger(n) && n >= 0 && n <= 120 ? n : null;
  const money = (amount: number) => formatMoney(amount, compensation.currency, userLocale());
  const leave = months === null ? null : ifILeaveAfter(compensation, months);
  return (
    <Stack gap="xs" data-testid="leave-after">
      <NumberInput
        label="If I leave after … months"
        value={typed}
        onChange={setTyped}
        min={0}
        max={120}
        allowDecimal={false}
        clampBehavior="none"
        suffix=" months"
        maw={200}
        error={months === null ? 'Give whole months from 0 to 120.' : null}
      />
      {leave ? (
        <List size="sm" spacing={2}>
          <List.Item>
            Paid so far: {leave.missing.length ? 'at least ' : ''}
            {money(leave.paid)}
          </List.Item>
          <List.Item>
            Sign-on to pay back: {leave.clawbackOwed === null ? 'not known until the clawback months are given' : money(leave.clawbackOwed)}
          </List.Item>
          <List.Item>
            Unvested equity left behind: {leave.unvestedLeft === null ? 'not known until the grant is given' : money(leave.unvestedLeft)}
          </List.Item>
        </List>
      ) : null}
      <Text size="xs" c="dimmed">
        In {compensation.currency}. Pay and benefits count as earned month by month, a bonus for each full year.
      </Text>
    </Stack>
  );
}
