import { setCreateMissingClients } from './csvImportStore';

/** A contact's company, or a job's client, that is not on file yet: add it as a client, or turn the row away. */
export function NewClientsSwitch({ kind, checked }: { kind: 'contacts' | 'jobs'; checked: boolean }) {
  return (
    <div className="csv-new-clients">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-describedby="csv-new-clients-hint"
          onChange={(event) => setCreateMissingClients(event.target.checked)}
        />
        <span className="switch-track" aria-hidden>
          <span className="switch-thumb" />
        </span>
        <span>Add companies not on file yet as new clients</span>
      </label>
      <p className="hint" id="csv-new-clients-hint">
        {checked
          ? `They are added as prospects, with their ${kind}.`
          : `${kind === 'jobs' ? 'Jobs' : 'Contacts'} of a company not on file yet are rejected, and listed so you can add the company first.`}
      </p>
    </div>
  );
}
