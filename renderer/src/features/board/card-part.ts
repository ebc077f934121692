/**
 * A part of a dream role's card that renders again only when a card field it
 * shows changed. Each edit computes a new board, but keeps the previous
 * card's objects wherever nothing changed (share-board.ts); a part compares
 * just its own fields, so a keystroke in Plan B's salary renders each card's
 * "Pay vs Plan B", not its heading, contact, timeline, calls and buttons.
 * The part's props type lets it read only the fields it names.
 */
import { memo, type FunctionComponent, type NamedExoticComponent } from 'react';
import type { RoleCard } from '@shared/board';

type Fields = readonly (keyof RoleCard)[];

/** A part's props: the card, as far as the part may read it, and its other props. */
export type CardPartProps<F extends Fields, Other = unknown> = { role: Pick<RoleCard, F[number]> } & Other;

export function cardPart<F extends Fields, P extends CardPartProps<F>>(fields: F, render: FunctionComponent<P>): NamedExoticComponent<P> {
  const unchanged = (previous: P, next: P): boolean => {
    const keys = Object.keys(next) as (keyof P)[];
    if (keys.length !== Object.keys(previous).length) return false;
    if (!keys.every((key) => key === 'role' || Object.is(previous[key], next[key]))) return false;
    const [before, after] = [previous.role as Partial<RoleCard>, next.role as Partial<RoleCard>];
    return fields.every((field) => Object.is(before[field], after[field]));
  };
  return memo(render, unchanged);
}
