import { Building2, FileSpreadsheet, Sparkles } from 'lucide-react';
import { Link } from 'wouter';
import { paths } from '../app/paths';

/** Today on a new database: what to do first, rather than "nothing due". */
export function GettingStarted() {
  return (
    <section className="getting-started" aria-labelledby="getting-started-title">
      <h2 className="getting-started-title" id="getting-started-title">
        Welcome to Shortlist: where to begin
      </h2>
      <p className="muted">Today fills with follow-ups once there is work to follow up. Start with one of these.</p>
      <ol className="getting-started-steps">
        <li>
          <Building2 size={18} aria-hidden className="getting-started-icon" />
          <div>
            <Link href={paths.clients} className="link getting-started-link">
              Add your first client
            </Link>
            <p className="muted">The company you recruit for, its hiring manager and HR contact; then a job and its intake.</p>
          </div>
        </li>
        <li>
          <FileSpreadsheet size={18} aria-hidden className="getting-started-icon" />
          <div>
            <Link href={paths.csvImport()} className="link getting-started-link">
              Import candidates from a CSV
            </Link>
            <p className="muted">From a spreadsheet, LinkedIn, Bullhorn or OpenCATS: the columns are matched for you.</p>
          </div>
        </li>
        <li>
          <Sparkles size={18} aria-hidden className="getting-started-icon" />
          <div>
            <span className="getting-started-link">Try the demo</span>
            <p className="muted">
              Made-up clients, jobs and candidates to look around in: run <code>shortlist demo --db demo.db</code>, then{' '}
              <code>shortlist serve --db demo.db</code>.
            </p>
          </div>
        </li>
      </ol>
    </section>
  );
}
