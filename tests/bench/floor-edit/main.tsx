// The edit benchmark's floor: a Mantine NumberInput whose value React shows
// as formatted money beside it, and a Mantine TextInput, built the same way
// as the app. The app's keystroke times are reported as ratios of these.
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, NumberInput, Text, TextInput } from '@mantine/core';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

function EditFloor() {
  const [value, setValue] = useState<number | string>(148000);
  const [company, setCompany] = useState('Northwind');
  return (
    <>
      <NumberInput label="Base salary" value={value} onChange={setValue} thousandSeparator="," hideControls />
      <Text data-testid="figure">{money.format(Number(value) || 0)}</Text>
      <TextInput label="Company" value={company} onChange={(e) => setCompany(e.currentTarget.value)} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <EditFloor />
  </MantineProvider>,
);
