import type { SheetPlanB as PlanBData } from './call-sheet-model';
import classes from './callsheet.module.css';

/** Plan B in brief; its money figures are left out entirely when hidden (not just blurred). */
export function SheetPlanB({ planB, hideFigures }: { planB: PlanBData | null; hideFigures: boolean }) {
  return (
    <section aria-label="Plan B">
      <h2>Plan B</h2>
      {planB ? (
        <dl className={classes.meta}>
          <dt>Offer</dt>
          <dd>
            {planB.company}
            {planB.role ? `, ${planB.role}` : ''} ({planB.form.toLowerCase()})
          </dd>
          {planB.notHeld ? (
            <>
              <dt>Not held</dt>
              <dd className={classes.missing} data-testid="plan-b-not-held">
                {planB.notHeld}
              </dd>
            </>
          ) : null}
          <dt>Can I live with it?</dt>
          <dd>{planB.liveability}</dd>
          {hideFigures ? (
            <>
              <dt>Figures</dt>
              <dd>Hidden on this sheet.</dd>
            </>
          ) : (
            planB.figures.map((f) => (
              <FigureRow key={f.label} label={f.label} value={f.value} />
            ))
          )}
        </dl>
      ) : (
        <p className={classes.missing}>[missing: no Plan B offer in this plan]</p>
      )}
    </section>
  );
}

function FigureRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid="plan-b-figure">{value}</dd>
    </>
  );
}
