import { Alert, Stack } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import type { StoreProblem } from '@shared/contract';
import { MergeOtherVersionButton } from './MergeOtherVersionButton';
import { RestoreNewestBackupButton } from './RestoreNewestBackupButton';

/** The sentence for one plan file the store could not use. */
export function describeProblem(problem: StoreProblem): string {
  if (problem.kind === 'repaired') return problem.message;
  if (problem.kind === 'newer-version') {
    return `A plan file (${problem.file}) was saved by a newer version of Bird in Hand; it was left as it is. Update the app to open it.`;
  }
  // The store's message already names the file, where it went and what can be restored.
  return problem.message;
}

const TITLE: Record<StoreProblem['kind'], string> = {
  'newer-version': 'A plan needs a newer Bird in Hand',
  'set-aside': 'A plan file was set aside',
  repaired: 'A plan was repaired',
  'other-version': 'Another version of a plan',
};

interface Props {
  problems: StoreProblem[];
  /** Told after a set-aside plan was restored from its newest backup. */
  onRestored: () => void;
}

/**
 * One alert per plan file that could not be opened, so nothing disappears
 * silently; a set-aside plan with a backup offers it right there, since a
 * plan that cannot open has no Backups section to go to.
 */
export function StoreProblems({ problems, onRestored }: Props) {
  if (problems.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="store-problems">
      {problems.map((problem) => (
        <Alert
          key={`${problem.kind}:${problem.movedTo ?? problem.file}`}
          color={problem.kind === 'set-aside' ? 'orange' : 'indigo'}
          title={TITLE[problem.kind]}
          icon={<IconFileAlert aria-hidden />}
          role="alert"
          // The tinted title colour falls short of AA on the tinted background.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          {describeProblem(problem)}
          {problem.kind === 'set-aside' && problem.newestBackup ? (
            <RestoreNewestBackupButton backup={problem.newestBackup} onRestored={onRestored} />
          ) : null}
          {problem.kind === 'other-version' && problem.movedTo ? (
            <MergeOtherVersionButton planId={problem.file.replace(/\.json$/, '')} file={problem.movedTo} onMerged={onRestored} />
          ) : null}
        </Alert>
      ))}
    </Stack>
  );
}
