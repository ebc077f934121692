import { plural } from '@shared/board';
import { PhoneLink } from '../../components/PhoneLink';
import type { CallSheetData } from './call-sheet-model';
import { NoteLines } from './NoteLines';
import { PieceText } from './PieceText';
import { SheetOutcomes } from './SheetOutcomes';
import { SheetPlanB } from './SheetPlanB';
import { SheetSignals } from './SheetSignals';
import classes from './callsheet.module.css';

function daysLeftText(days: number | null, lapsed: boolean): string {
  if (days === null) return '';
  if (lapsed) return days === 0 ? ' (passed earlier today: the offer has lapsed)' : ` (passed ${plural(-days, 'day')} ago: the offer has lapsed)`;
  return days === 0 ? ' (today)' : days === 1 ? ' (tomorrow)' : ` (${plural(days, 'day')} left)`;
}

/** One dream role's call sheet: everything needed on paper during the call. */
export function CallSheet({ sheet, hideFigures }: { sheet: CallSheetData; hideFigures: boolean }) {
  const { contact, deadline } = sheet;
  return (
    <article className={classes.sheet} aria-label={`Call sheet: ${sheet.company}`} data-testid="call-sheet">
      <h1>
        {sheet.callPosition ? `${sheet.callPosition}. ` : ''}
        {sheet.company}
      </h1>
      {sheet.roleTitle ? <p>{sheet.roleTitle}</p> : null}
      <dl className={classes.meta}>
        <dt>Call</dt>
        <dd data-testid="sheet-contact">
          {contact.name || <span className={classes.missing}>[missing: contact name]</span>}
          {contact.title ? `, ${contact.title}` : ''}
        </dd>
        <dt>Phone</dt>
        <dd className={classes.phone} data-testid="sheet-phone">
          {contact.phone ? (
            <PhoneLink phone={contact.phone} who={contact.name || sheet.company} className={classes.phoneLink} plain />
          ) : (
            <span className={classes.missing}>[missing: phone number]</span>
          )}
        </dd>
        <dt>My deadline</dt>
        <dd data-testid="sheet-deadline">
          {deadline.display ? `${deadline.display}${daysLeftText(deadline.daysLeft, deadline.lapsed)}` : <span className={classes.missing}>[missing: {deadline.label}]</span>}
        </dd>
        {sheet.callBy ? (
          <>
            <dt>Call by</dt>
            <dd data-testid="sheet-call-by">{sheet.callBy.late ? <strong>{sheet.callBy.label}</strong> : sheet.callBy.label.replace(/^Call by /, '')}</dd>
          </>
        ) : null}
        <dt>Goal</dt>
        <dd>{sheet.goal}</dd>
      </dl>
      {contact.missing.map((m) => (
        <p key={m} className={classes.notice}>
          {m}
        </p>
      ))}

      <h2>Remember</h2>
      <ul>
        {sheet.reminders.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>

      <h2>What I will say</h2>
      {sheet.source.kind !== 'own' ? (
        <p className={classes.notice} data-testid="sheet-script-notice">
          {sheet.source.reason}
        </p>
      ) : null}
      <div className={classes.script} data-testid="sheet-script">
        <PieceText pieces={sheet.script} />
      </div>
      <div className={classes.ask} data-testid="sheet-ask">
        {sheet.ask ? `The ask: ${sheet.ask}` : 'The ask: [missing: the script asks no question; end with a plain, direct question]'}
      </div>

      <SheetOutcomes outcomes={sheet.outcomes} />
      <SheetSignals />

      <h2>My walk-away answer</h2>
      <p data-testid="sheet-walk-away">
        {sheet.walkAway.applies ? (
          <>
            If they cannot match my timeline: <strong>{sheet.walkAway.label}</strong>
            {sheet.walkAway.decided ? '.' : ': decide this before you call.'}
          </>
        ) : (
          'No offer held: this is a check-in, so there is nothing to walk away to yet.'
        )}
      </p>

      <SheetPlanB planB={sheet.planB} hideFigures={hideFigures} />
      <NoteLines />
    </article>
  );
}
