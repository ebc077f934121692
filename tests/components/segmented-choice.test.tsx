import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../../renderer/src/app/theme';
import { SegmentedChoice, type SegmentedChoiceProps } from '../../renderer/src/components/SegmentedChoice';

const VIEWS = [
  { value: 'cards', label: 'Cards' },
  { value: 'table', label: 'Table' },
  { value: 'pay', label: 'Pay chart', disabled: true },
];

function Chooser({ onChosen, ...props }: Partial<SegmentedChoiceProps> & { onChosen?: (value: string) => void }) {
  const [value, setValue] = useState('cards');
  return (
    <SegmentedChoice
      aria-label="Show dream roles as"
      data={VIEWS}
      value={value}
      onChange={(next) => {
        onChosen?.(next);
        setValue(next);
      }}
      {...props}
    />
  );
}

function show(element: React.ReactElement) {
  return render(<MantineProvider theme={theme}>{element}</MantineProvider>);
}

afterEach(() => vi.restoreAllMocks());

describe('a segmented choice', () => {
  it('is one radio group: the chosen segment is checked and marked active, a click on another label chooses it', async () => {
    const user = userEvent.setup();
    const chosen = vi.fn();
    show(<Chooser onChosen={chosen} />);
    const group = screen.getByRole('radiogroup', { name: 'Show dream roles as' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    expect(within(group).getByRole('radio', { name: 'Cards' })).toBeChecked();
    expect(within(group).getByText('Cards').closest('label')).toHaveAttribute('data-active');

    await user.click(within(group).getByText('Table'));
    expect(chosen).toHaveBeenCalledWith('table');
    expect(within(group).getByRole('radio', { name: 'Table' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Cards' })).not.toBeChecked();
    expect(within(group).getByText('Table').closest('label')).toHaveAttribute('data-active');
    expect(within(group).getByText('Cards').closest('label')).not.toHaveAttribute('data-active');
  });

  it('keeps a disabled segment and a read-only group from being chosen', async () => {
    const user = userEvent.setup();
    const chosen = vi.fn();
    const { unmount } = show(<Chooser onChosen={chosen} />);
    expect(screen.getByRole('radio', { name: 'Pay chart' })).toBeDisabled();
    await user.click(screen.getByText('Pay chart'));
    expect(chosen).not.toHaveBeenCalled();
    unmount();

    show(<Chooser onChosen={chosen} readOnly />);
    await user.click(screen.getByText('Table'));
    expect(chosen).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Cards' })).toBeChecked();
  });

  it('gives two groups on one screen their own names, so choosing in one leaves the other alone', async () => {
    const user = userEvent.setup();
    show(
      <>
        <Chooser aria-label="First" />
        <Chooser aria-label="Second" />
      </>,
    );
    const first = screen.getByRole('radiogroup', { name: 'First' });
    const second = screen.getByRole('radiogroup', { name: 'Second' });
    await user.click(within(first).getByText('Table'));
    expect(within(first).getByRole('radio', { name: 'Table' })).toBeChecked();
    expect(within(second).getByRole('radio', { name: 'Cards' })).toBeChecked();
  });

  it('measures nothing when it mounts or changes: the chosen segment is drawn by CSS', async () => {
    const user = userEvent.setup();
    const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    show(<Chooser />);
    await user.click(screen.getByText('Table'));
    expect(measured).not.toHaveBeenCalled();
  });
});
