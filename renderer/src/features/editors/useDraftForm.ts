import { useEffect, useRef } from 'react';

type InputProps = Record<string, unknown> & { onChange: (input: unknown) => void; onFocus?: () => void; onBlur?: () => void };
import { useForm, type UseFormReturnType } from '@mantine/form';
import { sameDraftValue } from './draft-values';

/** Blocking problems by field: a field with an error is never written to the plan. */
export type DraftErrors<D> = Partial<Record<keyof D & string, string | null>>;

/** How one plan entity (an offer, a dream role, a contact…) is edited as a form. */
export interface DraftSpec<E, D extends Record<string, unknown>> {
  /** The form's values for the entity as the plan holds it. */
  toDraft(entity: E): D;
  /** What is wrong, by field. Drafts with errors stay in the form, visible. */
  errors(values: D): DraftErrors<D>;
  /** Writes one valid field of the draft into the entity (may derive from other fields). */
  apply(entity: E, key: keyof D & string, values: D): E;
}

export interface DraftForm<D extends Record<string, unknown>> {
  form: UseFormReturnType<D>;
  /** Input props for one field: value, error, and an onChange that commits when valid. */
  field(key: keyof D & string, options?: { type?: 'input' | 'checkbox' }): ReturnType<UseFormReturnType<D>['getInputProps']>;
}

/**
 * A form over one entity of the open plan. Invariants:
 * - What the user typed stays in the form, valid or not; a field is never
 *   reset to its last valid value.
 * - Only valid fields reach the plan (through `save`, so autosave and undo
 *   apply). When a change makes other pending drafts valid (fixing the
 *   received date clears the deadline's error), those are written too.
 * - When the plan changes underneath (undo, redo, another window), fields
 *   whose plan value changed follow it; other drafts are left alone.
 *
 * `save(recipe, coalesceKey)` applies a change to the entity; `keyPrefix`
 * names the entity so each field's typing coalesces into one undo step.
 */
export function useDraftForm<E, D extends Record<string, unknown>>(
  entity: E,
  spec: DraftSpec<E, D>,
  save: (recipe: (entity: E) => E, coalesceKey: string) => void,
  keyPrefix: string,
): DraftForm<D> {
  const form = useForm<D>({
    mode: 'controlled',
    initialValues: spec.toDraft(entity),
    validate: (values) => spec.errors(values) as Record<string, string | null>,
    validateInputOnChange: true,
    validateInputOnBlur: true,
    clearInputErrorOnChange: false,
  });

  const committed = useRef(spec.toDraft(entity));
  const latest = useRef({ spec, save });
  useEffect(() => {
    latest.current = { spec, save };
  });

  useEffect(() => {
    const next = latest.current.spec.toDraft(entity);
    const previous = committed.current;
    committed.current = next;
    const values = form.getValues();
    for (const key of Object.keys(next) as (keyof D & string)[]) {
      const changedInPlan = !sameDraftValue(next[key], previous[key]);
      if (changedInPlan && !sameDraftValue(next[key], values[key])) {
        form.setFieldValue(key, next[key] as never);
      }
    }
    // `form` is stable in behaviour; only the entity drives the sync.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entity]);

  const commit = (changed: keyof D & string) => {
    const { spec: current, save: write } = latest.current;
    const values = form.getValues();
    const errors = current.errors(values);
    const inPlan = committed.current;
    const keys = (Object.keys(values) as (keyof D & string)[]).filter(
      (key) => !errors[key] && (key === changed || !sameDraftValue(values[key], inPlan[key])),
    );
    if (!keys.includes(changed)) return;
    write((e) => keys.reduce((acc, key) => current.apply(acc, key, values), e), `${keyPrefix}:${changed}`);
  };

  // Each field's handlers keep their identity across renders (they call this
  // render's props and commit through refs), so a memoized input
  // (memo-inputs.ts) renders again only when its value or error changes.
  const latestProps = useRef(new Map<string, InputProps>());
  const handlers = useRef(new Map<string, Pick<InputProps, 'onChange' | 'onFocus' | 'onBlur'>>());
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });

  const field: DraftForm<D>['field'] = (key, options) => {
    const props = form.getInputProps(key, options) as InputProps;
    const id = `${key}:${options?.type ?? 'input'}`;
    latestProps.current.set(id, props);
    let stable = handlers.current.get(id);
    if (!stable) {
      const current = () => latestProps.current.get(id)!;
      stable = {
        onChange: (input: unknown) => {
          current().onChange(input);
          latestCommit.current(key);
        },
        onFocus: () => current().onFocus?.(),
        onBlur: () => current().onBlur?.(),
      };
      handlers.current.set(id, stable);
    }
    return {
      ...props,
      onChange: stable.onChange,
      ...(props.onFocus ? { onFocus: stable.onFocus } : {}),
      ...(props.onBlur ? { onBlur: stable.onBlur } : {}),
    } as ReturnType<UseFormReturnType<D>['getInputProps']>;
  };

  return { form, field };
}
