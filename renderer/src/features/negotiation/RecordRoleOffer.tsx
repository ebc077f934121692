import { useState } from 'react';
import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { newId } from '@shared/ids';
import { recordRoleOffer } from '@shared/offers/offer-actions';
import { planB } from '@shared/plan';
import { localToday } from '../editors/time-zones';
import { usePlan } from '../plan/usePlan';
import { deadlineFromInput, usableZone } from './deadline-input';
import { useNegotiationAction } from './useNegotiationAction';

/**
 * "Record their offer": one action turns a dream role's offer into an offer,
 * its estimated pay copied as the figures to confirm.
 */
export function RecordRoleOffer({ roleId, name, estimate }: { roleId: string; name: string; estimate: string }) {
  const act = useNegotiationAction();
  const zone = usePlan((plan) => usableZone(planB(plan)?.deadlineTimeZone));
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<'written' | 'verbal'>('verbal');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('17:00');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <Button size="compact-sm" variant="light" color="teal" onClick={() => setOpen(true)} aria-label={`Record ${name}’s offer`}>
        Record their offer
      </Button>
    );
  }
  const save = () => {
    const deadline = date ? deadlineFromInput(date, time, zone) : null;
    if (date && !deadline) return setError('Give the deadline as a date and a time, like 17:00.');
    const receivedOn = localToday();
    setError(act((plan) => recordRoleOffer(plan, roleId, { id: newId(), form, receivedOn, deadline, deadlineTimeZone: zone })));
  };
  return (
    <Stack gap="xs" data-testid="record-offer-form">
      <Text size="sm">
        Their offer becomes one of your offers, with your estimate ({estimate} in the first year) as the figures to confirm.
      </Text>
      <Radio.Group label="The offer is" value={form} onChange={(v) => setForm(v === 'written' ? 'written' : 'verbal')}>
        <Group gap="lg" mt={4}>
          <Radio value="verbal" label="Verbal" />
          <Radio value="written" label="Written" />
        </Group>
      </Radio.Group>
      <Group grow align="flex-start">
        <TextInput type="date" label="They need my answer by" description="Optional until they say" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={error} />
        <TextInput type="time" label={`Time (${zone})`} value={time} onChange={(e) => setTime(e.currentTarget.value)} />
      </Group>
      <Group justify="flex-end" gap="xs">
        <Button size="sm" variant="default" onClick={() => setOpen(false)}>Cancel</Button>
        <Button size="sm" onClick={save}>Record the offer</Button>
      </Group>
    </Stack>
  );
}
