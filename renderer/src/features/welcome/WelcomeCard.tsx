import { useState } from 'react';
import { Button, Card, CloseButton, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { BirdMark } from '../../components/BirdMark';
import { newPlanPath } from '../plan/sections';
import { createPlan } from '../plans/plan-actions';
import { PlansFolderCard } from '../plans/PlansFolderCard';

export interface WelcomeCardProps {
  /** The data folder (`app:info`), when known. */
  dataDir: string | null;
  onDone: () => void;
}

/** First run: what the app is for, where the data lives, and two ways to start. */
export function WelcomeCard({ dataDir, onDone }: WelcomeCardProps) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const start = async (from: 'sample' | 'blank') => {
    setBusy(true);
    const plan = await createPlan(from);
    setBusy(false);
    if (!plan) return;
    onDone();
    navigate(newPlanPath(plan.id, from));
  };
  return (
    <Card withBorder padding="xl" component="section" aria-labelledby="welcome-title" data-testid="welcome">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <BirdMark size={40} />
            <Title order={2} id="welcome-title">
              Welcome to Bird in Hand
            </Title>
          </Group>
          <CloseButton aria-label="Close the welcome" onClick={onDone} />
        </Group>
        <Text>
          A bird in the hand can help you catch the one in the bush: the offer you hold (your Plan B) can help you ask
          the employers you prefer to move faster, honestly. Bird in Hand helps you prepare those calls.
        </Text>
        <List spacing="xs" icon={<IconLock size={16} aria-hidden />}>
          <List.Item>Nothing leaves this computer: no account, no network, no tracking.</List.Item>
          <List.Item>
            Your plans are files in {dataDir ? <Code>{dataDir}</Code> : 'the app’s data folder'}; export a plan to keep
            or move a copy.
          </List.Item>
        </List>
        <Group gap="sm">
          <Button loading={busy} onClick={() => void start('sample')}>
            Explore the sample plan
          </Button>
          <Button variant="light" disabled={busy} onClick={() => void start('blank')}>
            Begin a blank plan
          </Button>
          <Button variant="subtle" onClick={onDone}>
            Got it
          </Button>
        </Group>
        <PlansFolderCard />
      </Stack>
    </Card>
  );
}
