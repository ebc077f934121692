import { PhoneLink } from '../../components/PhoneLink';
import type { CallSheetData } from './call-sheet-model';
import classes from './callsheet.module.css';

export interface CallPackCoverProps {
  planName: string;
  sheets: readonly CallSheetData[];
  deadline: string;
}

/** The call pack's first page: who to call, in order, with their numbers and the deadline. */
export function CallPackCover({ planName, sheets, deadline }: CallPackCoverProps) {
  return (
    <section className={classes.cover} aria-label="Call pack cover" data-testid="call-pack-cover">
      <h1>Call pack</h1>
      <p>{planName}</p>
      <p>
        <strong>My deadline: </strong>
        {deadline}
      </p>
      {sheets.length === 0 ? (
        <p className={classes.notice}>No dream role needs a call right now, so this pack has no sheets.</p>
      ) : (
        <table className={classes.coverTable}>
          <thead>
            <tr>
              <th>Order</th>
              <th>Company</th>
              <th>Contact</th>
              <th>Phone</th>
              <th>Done</th>
            </tr>
          </thead>
          <tbody>
            {sheets.map((s, i) => (
              <tr key={s.roleId}>
                <td>{s.callPosition ?? i + 1}</td>
                <td>{s.company}</td>
                <td>{s.contact.name || <span className={classes.missing}>[missing: contact name]</span>}</td>
                <td>
                  {s.contact.phone ? (
                    <PhoneLink phone={s.contact.phone} who={s.contact.name || s.company} className={classes.phoneLink} plain />
                  ) : (
                    <span className={classes.missing}>[missing: phone number]</span>
                  )}
                </td>
                <td>
                  <span className={classes.box} role="img" aria-label="Box to tick" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
