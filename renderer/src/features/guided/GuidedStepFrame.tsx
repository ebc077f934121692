import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { GUIDED_STEPS, stepIndex, type GuidedStep } from './guided-steps';

interface Props {
  step: GuidedStep;
  title: string;
  lead: ReactNode;
  children: ReactNode;
  /** The label of the button that moves on, e.g. "Next: employers". */
  nextLabel: string;
  onNext(): void;
  onBack(): void;
  onSkip(): void;
  /** Escape: leave for the board; what was entered is already in the plan. */
  onLeave(): void;
  onGoTo(step: GuidedStep): void;
}

/** An open calendar or list: Escape closes it (its own handler does not claim the key), and must not leave too. */
function dropdownOpen(): boolean {
  return document.querySelector('.mantine-Popover-dropdown, .mantine-Combobox-dropdown') !== null;
}

/** Where Enter belongs to the control itself, not to "move on". */
function enterIsTheControls(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
}

/**
 * One step of the guided start: the stepper, the fields, and Back / Skip /
 * Next. Enter moves on from any field (a control that uses Enter itself, like
 * an open list, keeps it); Escape leaves with everything entered kept.
 */
export function GuidedStepFrame({ step, title, lead, children, nextLabel, onNext, onBack, onSkip, onLeave, onGoTo }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [blocked, setBlocked] = useState(false);
  const index = stepIndex(step);

  // A field with a problem keeps the user on the step, with what they typed, until fixed or skipped.
  const next = () => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    setBlocked(Boolean(invalid));
    if (invalid) invalid.focus();
    else onNext();
  };

  // Each step mounts afresh (keyed by step), so focus starts on its first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, [step]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      if (dropdownOpen()) return;
      event.preventDefault();
      onLeave();
    } else if (event.key === 'Enter' && !enterIsTheControls(event.target)) {
      event.preventDefault();
      next();
    }
  };

  return (
    <Stack gap="lg" maw={960} data-testid="guided-start">
      <Stepper active={index} onStepClick={(i) => onGoTo(GUIDED_STEPS[i]!.key)} size="sm" aria-label="Guided start steps">
        {GUIDED_STEPS.map((s) => (
          <Stepper.Step key={s.key} label={s.label} />
        ))}
      </Stepper>
      <form
        ref={formRef}
        aria-labelledby="guided-step-title"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                Step {index + 1} of {GUIDED_STEPS.length - 1}
              </Text>
              <Title order={1} size="h2" id="guided-step-title">
                {title}
              </Title>
              <Text c="dimmed">{lead}</Text>
            </Stack>
            {children}
            {blocked ? (
              <Text c="red.7" size="sm" role="alert">
                One field above needs fixing before you go on; what you typed is still there. Or skip this step.
              </Text>
            ) : null}
            <Group justify="space-between" mt="sm">
              <Group gap="xs">
                {index > 0 ? (
                  <Button variant="default" onClick={onBack}>
                    Back
                  </Button>
                ) : null}
                <Button variant="subtle" onClick={onLeave}>
                  Leave the guided start
                </Button>
              </Group>
              <Group gap="xs">
                <Button variant="subtle" onClick={onSkip}>
                  Skip this step
                </Button>
                <Button type="submit">{nextLabel}</Button>
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              Enter moves on, Escape leaves; everything you type is saved as you go and can be changed later in the
              overview.
            </Text>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
