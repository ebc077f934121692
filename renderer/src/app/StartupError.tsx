import { Alert, Center, Stack, Text, Title } from '@mantine/core';
import { NO_BRIDGE_MESSAGE } from '../api/planner';

/** Shown when the page was opened outside the app (no `window.planner`). */
export function StartupError() {
  return (
    <Center mih="100vh" p="xl">
      <Stack maw={520}>
        <Title order={1}>Bird in Hand</Title>
        <Alert color="red" title="Bird in Hand cannot start here" role="alert">
          <Text>{NO_BRIDGE_MESSAGE}</Text>
          <Text size="sm" mt="xs">
            Open the Bird in Hand app, or start the web harness and open the address it prints.
          </Text>
        </Alert>
      </Stack>
    </Center>
  );
}
