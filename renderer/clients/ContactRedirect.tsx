import { UserRound } from 'lucide-react';
import { Redirect } from 'wouter';
import { useData } from '../api/data';
import { paths } from '../app/paths';
import { MissingRecord } from '../ui/MissingRecord';

/** A contact lives on its client's page: a link to the contact (a follow-up's, a notification's) opens that. */
export function ContactRedirect({ id }: { id: string }) {
  const { data: contact, error } = useData('contacts.get', { id });
  if (error) {
    return (
      <MissingRecord
        icon={UserRound}
        title="This contact is not here"
        error={error}
        gone="They may have been moved to the trash, where you can restore them."
        back={{ href: paths.clients, label: 'Back to clients' }}
      />
    );
  }
  return contact ? <Redirect to={paths.client(contact.clientId)} replace /> : <div className="page" aria-busy="true" />;
}
