import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useDesktopUi } from '../../app/desktop-ui';

/** "Import plan…": opens the file picker (the picker itself lives in the desktop layer, for the menu too). */
export function ImportPlanButton() {
  const { importPlan } = useDesktopUi();
  return (
    <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={importPlan}>
      Import plan…
    </Button>
  );
}
