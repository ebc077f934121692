import type { Piece } from './sheet-text';
import classes from './callsheet.module.css';

/** Printable script pieces as text nodes; missing values stand out in place. */
export function PieceText({ pieces }: { pieces: readonly Piece[] }) {
  return (
    <>
      {pieces.map((p, i) =>
        p.kind === 'missing' ? (
          <span key={i} className={classes.missing} data-missing="">
            {p.text}
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
