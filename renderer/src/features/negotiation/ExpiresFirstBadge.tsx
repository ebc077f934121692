import { Badge } from '@mantine/core';

/** The live offer whose deadline comes first, Plan B or not. */
export function ExpiresFirstBadge() {
  return (
    <Badge variant="light" color="orange" styles={{ root: { textTransform: 'none' } }} data-testid="expires-first">
      Expires first
    </Badge>
  );
}
