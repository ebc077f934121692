import classes from './callsheet.module.css';

/** Ruled lines to write on during the call, with the time of the call. */
export function NoteLines({ count = 4 }: { count?: number }) {
  return (
    <section aria-label="Notes" className={classes.lines}>
      <h2>Notes</h2>
      <p>Time of the call: ____________ Date: ____________ Spoke with: ______________________</p>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={classes.line} />
      ))}
    </section>
  );
}
