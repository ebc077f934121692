import { modals } from '@mantine/modals';
import type { PlanSummary } from '@shared/contract';
import type { ClashAnswer } from './import-export';
import { ImportClashChoice } from './ImportClashChoice';

/** Shows the import clash question in a modal; closing it counts as Cancel. */
export function askOnClash(existing: PlanSummary): Promise<ClashAnswer> {
  return new Promise((resolve) => {
    let answered = false;
    const id = modals.open({
      title: 'This plan is already here',
      onClose: () => {
        if (!answered) resolve('cancel');
      },
      children: (
        <ImportClashChoice
          existing={existing}
          onAnswer={(answer) => {
            answered = true;
            resolve(answer);
            modals.close(id);
          }}
        />
      ),
    });
  });
}
