// The benchmark floor: React and Mantine rendering one button, built the same
// way as the app. Board load is reported as a ratio of this page's load.
import '@mantine/core/styles.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, MantineProvider } from '@mantine/core';

function Floor() {
  useEffect(() => {
    performance.mark('floor-interactive');
  }, []);
  return <Button>Floor</Button>;
}

createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <Floor />
  </MantineProvider>,
);
