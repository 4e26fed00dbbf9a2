import { UserPlus } from 'lucide-react';
import type { Contact, ContactRole } from '../../src/api/clients';
import type { JobDetail } from '../../src/api/jobs';
import { roles } from '../clients/contactRoles';
import { Button } from '../ui/Button';
import { Initials } from '../ui/Initials';
import { openJobEditor } from './jobEditorStore';
import { ContactReach } from '../clients/ContactReach';

/** The two people a placement goes through: the decision maker and the gatekeeper. */
export function JobPeople({ detail }: { detail: JobDetail }) {
  return (
    <section className="card" aria-labelledby="job-people-heading">
      <h2 className="card-title" id="job-people-heading">
        People
      </h2>
      <div className="people">
        <Person title="Hiring manager" role="hiring_manager" contact={detail.hiringManager} detail={detail} />
        <Person title="HR contact" role="hr" contact={detail.hrContact} detail={detail} />
      </div>
    </section>
  );
}

interface PersonProps {
  title: string;
  role: ContactRole;
  contact: Contact | null;
  detail: JobDetail;
}

function Person({ title, role, contact, detail }: PersonProps) {
  const info = roles[role];
  const Icon = info.icon;
  const headingId = `person-${role}`;
  return (
    <section className={`person person--${role}`} aria-labelledby={headingId}>
      <h3 className="person-role" id={headingId}>
        <Icon size={13} aria-hidden />
        {title}
        <span className="person-part"> · {info.part}</span>
      </h3>
      {contact ? (
        <div className="person-body">
          <Initials name={contact.name} />
          <div className="person-text">
            <p className="person-name">{contact.name}</p>
            {contact.jobTitle && <p className="muted">{contact.jobTitle}</p>}
            <p className="person-reach">
              <ContactReach contact={contact} />
            </p>
            {contact.caresAbout && (
              <p className="person-cares">
                <span className="contact-cares-label">Cares about</span> {contact.caresAbout}
              </p>
            )}
          </div>
        </div>
      ) : (
        <div className="person-empty">
          <p className="muted">Not chosen yet.</p>
          <Button variant="ghost" icon={UserPlus} onClick={() => openJobEditor({ mode: 'edit', job: detail.job })}>
            Choose {info.noun}
          </Button>
        </div>
      )}
    </section>
  );
}
