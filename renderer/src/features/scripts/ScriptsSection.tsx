import { Stack, Tabs, Title } from '@mantine/core';
import { CallLogSection } from '../calls/CallLogSection';
import { FollowUpsDue } from '../calls/FollowUpsDue';
import { ScriptWorkspace } from './ScriptWorkspace';

/** The scripts screen: write and rehearse the calls, then log what happened. */
export function ScriptsSection() {
  return (
    <Stack gap="lg" maw={1400} data-testid="section-scripts">
      <Title order={1}>Scripts and calls</Title>
      <FollowUpsDue />
      <Tabs defaultValue="scripts" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="scripts">Scripts</Tabs.Tab>
          <Tabs.Tab value="calls">Call log</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="scripts" pt="lg">
          <ScriptWorkspace />
        </Tabs.Panel>
        <Tabs.Panel value="calls" pt="lg">
          <CallLogSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
