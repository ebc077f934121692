import { Alert, Stack } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import type { StoreProblem } from '@shared/contract';

/** The sentence for one plan file the store could not use. */
export function describeProblem(problem: StoreProblem): string {
  if (problem.kind === 'repaired') return problem.message;
  if (problem.kind === 'newer-version') {
    return `A plan file (${problem.file}) was saved by a newer version of Bird in Hand; it was left as it is. Update the app to open it.`;
  }
  const moved = problem.movedTo ? ` → ${problem.movedTo}` : '';
  return `A plan file could not be read and was set aside, untouched: ${problem.file}${moved}. ${problem.message}`;
}

const TITLE: Record<StoreProblem['kind'], string> = {
  'newer-version': 'A plan needs a newer Bird in Hand',
  'set-aside': 'A plan file was set aside',
  repaired: 'A plan was repaired',
};

/** One alert per plan file that could not be opened, so nothing disappears silently. */
export function StoreProblems({ problems }: { problems: StoreProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="store-problems">
      {problems.map((problem) => (
        <Alert
          key={`${problem.kind}:${problem.file}`}
          color={problem.kind === 'set-aside' ? 'orange' : 'indigo'}
          title={TITLE[problem.kind]}
          icon={<IconFileAlert aria-hidden />}
          role="alert"
        >
          {describeProblem(problem)}
        </Alert>
      ))}
    </Stack>
  );
}
