import { useMemo, useRef, useState } from 'react';
import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import type { Script } from '@shared/plan';
import { fillScript } from '@shared/scripts/placeholders';
import { BRANCH_KEYS, BRANCH_LABELS } from '@shared/scripts/templates';
import { FilledText } from './FilledText';
import { RehearsalKeys } from './RehearsalKeys';
import { formatClock, useRehearsalTimer } from './useRehearsalTimer';
import { useRehearsalKeys } from './useRehearsalKeys';
import { useScriptPreview } from './useScriptPreview';
import { Modal } from '../../components/dialogs';
import { SegmentedChoice } from '../../components/SegmentedChoice';

/**
 * Rehearse the call: the filled script large and calm, each answer one key
 * away, a stopwatch, and full screen where the Fullscreen API exists. Opened
 * only for scripts the honesty guard allows; if the verdict changes while it
 * is open (Plan B's deadline passes), the script gives way to the reason.
 */
export function RehearsalModal({ script, roleId, opened, onClose }: { script: Script; roleId: string | null; opened: boolean; onClose: () => void }) {
  const { ctx, filled, role, verdict } = useScriptPreview(script, roleId);
  const [view, setView] = useState<0 | 1 | 2 | 3>(0);
  const timer = useRehearsalTimer();
  const box = useRef<HTMLDivElement>(null);
  const canFullScreen = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const toggleFullScreen = () => {
    if (!canFullScreen) return;
    if (document.fullscreenElement) void document.exitFullscreen();
    else void box.current?.requestFullscreen();
  };
  const handlers = useMemo(
    () => ({ show: setView, toggleTimer: timer.toggle, resetTimer: timer.reset, toggleFullScreen }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- timer functions change every render; the latest are wanted
    [timer.running, timer.elapsedMs, canFullScreen],
  );
  useRehearsalKeys(opened, handlers);
  const branch = view > 0 ? script.branches[BRANCH_KEYS[view - 1]!] : null;
  const options = [{ value: '0', label: '0 · Script' }, ...BRANCH_KEYS.map((k, i) => ({ value: String(i + 1), label: `${i + 1} · ${BRANCH_LABELS[k]}` }))];

  return (
    <Modal opened={opened} onClose={onClose} fullScreen title={`Rehearsal: ${script.name}${role ? ` · ${role.company}` : ''}`} data-testid="rehearsal">
      <Container size="md" ref={box} bg="var(--mantine-color-body)" py="md" tabIndex={-1} data-autofocus style={{ outline: 'none' }}>
        <Stack gap="lg">
          <Group justify="space-between" wrap="wrap">
            <SegmentedChoice value={String(view)} onChange={(v) => setView(Number(v) as 0 | 1 | 2 | 3)} data={options} aria-label="Show" />
            <Group gap="xs">
              <Text ff="monospace" size="xl" fw={600} aria-live="off" data-testid="rehearsal-timer">
                {formatClock(timer.elapsedMs)}
              </Text>
              <Button size="compact-md" variant="light" onClick={timer.toggle}>
                {timer.running ? 'Pause' : 'Start'}
              </Button>
              <Button size="compact-md" variant="default" onClick={timer.reset}>
                Reset
              </Button>
              {canFullScreen ? (
                <Button size="compact-md" variant="default" onClick={toggleFullScreen}>
                  Full screen
                </Button>
              ) : null}
            </Group>
          </Group>
          <div data-testid="rehearsal-content" aria-live="polite">
            {!verdict.allowed ? (
              <Text size="lg" data-testid="rehearsal-blocked">
                {verdict.reason}
              </Text>
            ) : branch ? (
              <Stack gap="md">
                <Title order={2}>{BRANCH_LABELS[BRANCH_KEYS[view - 1]!]}</Title>
                <FilledText size="xl" segments={fillScript(branch.say || 'Nothing written yet for this answer.', ctx).segments} />
                <Title order={3} size="h4">
                  Next steps
                </Title>
                <FilledText size="lg" segments={fillScript(branch.nextSteps || '—', ctx).segments} />
              </Stack>
            ) : (
              <FilledText size="xl" segments={filled.segments} />
            )}
          </div>
          <RehearsalKeys />
        </Stack>
      </Container>
    </Modal>
  );
}
