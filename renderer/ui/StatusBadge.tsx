import type { ClientStatus } from '../../src/api/clients';

export const statusLabels: Record<ClientStatus, string> = {
  prospect: 'Prospect',
  active: 'Active',
  dormant: 'Dormant',
};

export function StatusBadge({ status }: { status: ClientStatus }) {
  return (
    <span className={`badge badge--${status}`}>
      <span className="badge-dot" aria-hidden />
      {statusLabels[status]}
    </span>
  );
}
