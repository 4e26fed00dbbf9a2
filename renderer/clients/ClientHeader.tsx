import { ChevronLeft, Pencil, Trash2 } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import type { Client } from '../../src/api/clients';
import { asApiError } from '../api/data';
import { paths } from '../app/paths';
import { confirmTrash } from '../trash/confirmTrash';
import { moveToTrash } from '../trash/trashActions';
import { Button } from '../ui/Button';
import { Initials } from '../ui/Initials';
import { PageHeader } from '../ui/PageHeader';
import { StatusBadge } from '../ui/StatusBadge';
import { showToast } from '../ui/toasts';
import { setEditingClient } from './clientPageStore';

export function ClientHeader({ client }: { client: Client }) {
  const [, navigate] = useLocation();

  async function deleteClient() {
    if (!(await confirmTrash({ kind: 'client', id: client.id, name: client.name }))) return;
    // Leave first: this page is about to stop existing and should not try to show itself again.
    navigate(paths.clients);
    try {
      await moveToTrash({ kind: 'client', id: client.id, name: client.name }, () => navigate(paths.client(client.id)));
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    }
  }

  return (
    <PageHeader
      before={
        <Link href={paths.clients} className="back-link">
          <ChevronLeft size={15} aria-hidden />
          Clients
        </Link>
      }
      title={
        <span className="client-title">
          <Initials name={client.name} size="large" />
          <span>{client.name}</span>
          <StatusBadge status={client.status} />
        </span>
      }
      actions={
        <>
          <Button icon={Pencil} onClick={() => setEditingClient(true)}>
            Edit client
          </Button>
          <Button variant="ghost" className="button--danger-ghost" icon={Trash2} onClick={deleteClient}>
            Delete client
          </Button>
        </>
      }
    />
  );
}
