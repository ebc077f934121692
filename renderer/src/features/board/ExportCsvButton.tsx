import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { boardToCsv, comparisonCsvFileName, type Board } from '@shared/board';
import { downloadText } from '../plans/import-export';
import { usePlan } from '../plan/usePlan';

/**
 * Downloads the comparison table as `<plan name> comparison.csv`. A Blob URL
 * and an `<a download>` work both in the browser and in the desktop app
 * (Electron asks where to save), so no IPC channel is needed.
 */
export function ExportCsvButton({ board }: { board: Board }) {
  const planName = usePlan((p) => p.name);
  const exportCsv = () => {
    const fileName = comparisonCsvFileName(planName);
    downloadText(fileName, boardToCsv(board), 'text/csv');
    notifications.show({ color: 'teal', title: 'Comparison exported', message: `Downloading ${fileName}.` });
  };
  return (
    <Button variant="default" size="sm" onClick={exportCsv}>
      Export comparison as CSV
    </Button>
  );
}
