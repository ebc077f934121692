import type { SheetOutcome } from './call-sheet-model';
import { PieceText } from './PieceText';
import classes from './callsheet.module.css';

function isBlank(pieces: SheetOutcome['say']): boolean {
  return pieces.every((p) => p.kind === 'text' && !p.text.trim());
}

/** The three outcomes, each a block that never splits across pages, with a box to tick. */
export function SheetOutcomes({ outcomes }: { outcomes: readonly SheetOutcome[] }) {
  return (
    <section aria-label="The three outcomes">
      <h2>If they say…</h2>
      {outcomes.map((o) => (
        <div key={o.key} className={classes.outcome} data-testid="sheet-outcome">
          <h3>
            <span className={classes.box} role="img" aria-label="Box to tick" />
            {o.label}
          </h3>
          <p>
            <strong>I say: </strong>
            {isBlank(o.say) ? <span className={classes.missing}>[missing: prepared answer]</span> : <PieceText pieces={o.say} />}
          </p>
          <p>
            <strong>Next steps: </strong>
            {isBlank(o.nextSteps) ? <span className={classes.missing}>[missing: next steps]</span> : <PieceText pieces={o.nextSteps} />}
          </p>
        </div>
      ))}
    </section>
  );
}
