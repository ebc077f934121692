import { INTEREST_WORDS, LISTEN_FOR, URGENCY_WORDS } from '@shared/board/role-progress';
import classes from './callsheet.module.css';

function Scale({ label, words }: { label: string; words: readonly string[] }) {
  return (
    <p>
      <strong>{label}: </strong>
      {words.map((w, i) => (
        <span key={w} className={classes.scaleStep}>
          <span className={classes.box} role="img" aria-label="Box to tick" />
          {i + 1} {w}
        </span>
      ))}
    </p>
  );
}

/** What to listen for, and boxes to note what the call told you (logged afterwards in the call log; who you spoke to goes in the notes). */
export function SheetSignals() {
  return (
    <section aria-label="What to listen for" data-testid="sheet-listen-for">
      <h2>What to listen for</h2>
      <ul>
        {LISTEN_FOR.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <div className={classes.outcome} data-testid="sheet-signals">
        <Scale label="How interested they sounded" words={INTEREST_WORDS} />
        <Scale label="How urgent they sounded" words={URGENCY_WORDS} />
        <p><strong>New expected decision date: </strong>______________</p>
      </div>
    </section>
  );
}
