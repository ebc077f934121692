import { Text } from '@mantine/core';

/**
 * Said once per card while any field has an error: those fields are kept as
 * typed but not saved, so "Saved" in the header never misleads.
 */
export function UnsavedDraftsNote({ errors }: { errors: Record<string, unknown> }) {
  if (!Object.values(errors).some(Boolean)) return null;
  return (
    <Text size="sm" c="var(--mantine-color-error)" role="status" data-testid="unsaved-drafts">
      Fields marked in red keep what you typed but are not saved until they are corrected.
    </Text>
  );
}
