import { useEffect, useRef, useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import type { RoleCard } from '@shared/board';
import { AutoGrid } from './AutoGrid';
import { RoleCardView } from './RoleCardView';

/**
 * The first render holds only the first row of cards (they sit below the fold),
 * the next frame fills the first screenful, then more follow per step as the
 * user scrolls: a plan with 1,000 roles opens as fast as one with 20.
 */
export const FIRST_CARDS = 2;
const SCREENFUL = 12;
const STEP = 24;

interface Props {
  roles: RoleCard[];
  currency: string;
  locale: string;
}

/** The dream roles in call order, rendered progressively as the user scrolls. */
export function RoleCardList({ roles, currency, locale }: Props) {
  const [shown, setShown] = useState(FIRST_CARDS);
  const sentinel = useRef<HTMLDivElement>(null);
  const more = roles.length - shown;

  useEffect(() => {
    const frame = requestAnimationFrame(() => setShown((n) => Math.max(n, SCREENFUL)));
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    const el = sentinel.current;
    if (!el || more <= 0 || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + STEP);
    }, { rootMargin: '600px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [more]);

  if (roles.length === 0) {
    return <Text>No dream roles yet. Add the employers you prefer and are still interviewing with in the overview.</Text>;
  }
  return (
    <Stack gap="md">
      <AutoGrid min="30rem" testId="role-cards">
        {roles.slice(0, shown).map((role) => (
          <RoleCardView key={role.roleId} role={role} currency={currency} locale={locale} />
        ))}
      </AutoGrid>
      {more > 0 ? (
        <Group ref={sentinel} justify="center" gap="sm">
          <Text size="sm" c="dimmed">
            Showing {shown} of {roles.length} dream roles.
          </Text>
          <Button variant="light" onClick={() => setShown((n) => n + STEP)}>
            Show {Math.min(STEP, more)} more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
