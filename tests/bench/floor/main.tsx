// The benchmark floor: React and Mantine rendering one button, built the same
// way as the app. Board load is reported as a ratio of this page's load.
import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { Button, MantineProvider } from '@mantine/core';

// Timed as the app's board is: the first frame painted with it (Element Timing).
function Floor() {
  return (
    <Button>
      <span elementtiming="floor-painted">Floor</span>
    </Button>
  );
}

createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <Floor />
  </MantineProvider>,
);
