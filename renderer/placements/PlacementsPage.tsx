import { Download, HandCoins } from 'lucide-react';
import { useState } from 'react';
import type { PlacementListInput } from '../../src/api/placements';
import { call } from '../api/client';
import { useData } from '../api/data';
import { Button } from '../ui/Button';
import { downloadFile } from '../ui/downloadFile';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { PlacementDialog } from './PlacementDialog';
import { PlacementFilters } from './PlacementFilters';
import { PlacementTable } from './PlacementTable';

/** Every placement with its fee, invoice and payment, filtered, with the sums at the foot. */
export function PlacementsPage() {
  const [filters, setFilters] = useState<PlacementListInput>({});
  const [open, setOpen] = useState<string | null>(null);
  const { data, error } = useData('placements.list', filters);
  return (
    <div className="page">
      <PageHeader
        title="Placements"
        subtitle="What you have placed and billed, what is unpaid, and what fell off."
        actions={
          <Button icon={Download} onClick={() => void call('placements.export', filters).then(downloadFile)}>
            Export CSV
          </Button>
        }
      />
      <PlacementFilters filters={filters} onChange={setFilters} />
      {error && (
        <p className="page-error" role="alert">
          {error.message}
        </p>
      )}
      {data?.items.length === 0 && (
        <EmptyState icon={HandCoins} title="No placements here">
          <p>Move a submission to Placed and it shows here, with its fee from the client’s terms.</p>
        </EmptyState>
      )}
      {data && data.items.length > 0 && <PlacementTable list={data} onOpen={setOpen} />}
      {open && <PlacementDialog submissionId={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
