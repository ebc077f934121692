import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { draftPart } from '../../../renderer/src/features/editors/draft-part';
import { useDraftForm, type DraftForm, type DraftSpec } from '../../../renderer/src/features/editors/useDraftForm';

interface Entity {
  a: string;
  b: string;
}
type Draft = Entity & Record<string, unknown>;

const spec: DraftSpec<Entity, Draft> = {
  toDraft: (e) => ({ ...e }),
  // An error that another field can bring: B may not repeat A.
  errors: (v) => ({ b: v.b === v.a ? 'Not the same as A' : null }),
  apply: (e, key, v) => ({ ...e, [key]: v[key] }),
};

/** How often each part rendered, by name. */
const renders = new Map<string, number>();
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);

type PartProps = { draft: DraftForm<Draft>; hint?: { text: string } };

/** Reads `a` through `field`. */
const FieldA = draftPart(function FieldA({ draft, hint }: PartProps) {
  count('a');
  const { value, onChange } = draft.field('a');
  return <input aria-label={`A${hint ? ` (${hint.text})` : ''}`} value={value as string} onChange={onChange as never} />;
});

/** Reads `b` through `form.values` and its error through `form.errors`. */
const ShowB = draftPart(function ShowB({ draft }: PartProps) {
  count('b');
  return (
    <p>
      B is {String(draft.form.values.b)}
      {draft.form.errors.b ? `: ${String(draft.form.errors.b)}` : ''}
    </p>
  );
});

/** Reads the whole form. */
const Everything = draftPart(function Everything({ draft }: PartProps) {
  count('all');
  return <p>{Object.values(draft.form.getValues()).join(' ')}</p>;
});

/** Reads the form through a method the part cannot track field by field. */
const Dirty = draftPart(function Dirty({ draft }: PartProps) {
  count('dirty');
  return <p>{draft.form.isDirty() ? 'Changed' : 'As opened'}</p>;
});

function Card({ hintText }: { hintText: string }) {
  const [entity, setEntity] = useState<Entity>({ a: 'one', b: 'two' });
  const draft = useDraftForm(entity, spec, (recipe) => setEntity(recipe), 'test');
  const fieldB = draft.field('b');
  return (
    <>
      <FieldA draft={draft} hint={{ text: hintText }} />
      <input aria-label="B" value={fieldB.value as string} onChange={fieldB.onChange as never} />
      <ShowB draft={draft} />
      <Everything draft={draft} />
      <Dirty draft={draft} />
      <button type="button" onClick={() => draft.form.validate()}>
        Check every field
      </button>
    </>
  );
}

describe('a draft part', () => {
  it('renders again only when a field it read changes', async () => {
    const user = userEvent.setup();
    renders.clear();
    render(<Card hintText="same" />);
    const first = { a: renders.get('a'), b: renders.get('b'), all: renders.get('all'), dirty: renders.get('dirty') };

    await user.type(screen.getByLabelText('B'), 'x');
    expect(screen.getByText('B is twox')).toBeInTheDocument();
    // The part showing `a` was skipped; the ones reading the whole form were not.
    expect(renders.get('a')).toBe(first.a);
    expect(renders.get('b')).toBeGreaterThan(first.b!);
    expect(renders.get('all')).toBeGreaterThan(first.all!);
    expect(renders.get('dirty')).toBeGreaterThan(first.dirty!);
    expect(screen.getByText('Changed')).toBeInTheDocument();

    const b = renders.get('b');
    await user.type(screen.getByLabelText('A (same)'), 'y');
    expect(screen.getByLabelText('A (same)')).toHaveValue('oney');
    expect(renders.get('a')).toBeGreaterThan(first.a!);
    expect(renders.get('b')).toBe(b);
  });

  it('renders again when a field it read gets an error, or another prop changes', async () => {
    const user = userEvent.setup();
    renders.clear();
    const { rerender } = render(<Card hintText="first" />);
    // Typing in A, then checking every field, gives B an error while B's value stays the same.
    const fieldA = screen.getByLabelText('A (first)');
    await user.clear(fieldA);
    await user.type(fieldA, 'two');
    expect(screen.getByText('B is two')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check every field' }));
    expect(screen.getByText('B is two: Not the same as A')).toBeInTheDocument();
    await user.type(fieldA, '!');

    const a = renders.get('a');
    // A plain-object prop with the same entries is the same prop…
    rerender(<Card hintText="first" />);
    expect(renders.get('a')).toBe(a);
    // …and one with other entries is not.
    rerender(<Card hintText="second" />);
    expect(screen.getByLabelText('A (second)')).toHaveValue('two!');
    expect(renders.get('a')).toBe(a! + 1);
  });
});
