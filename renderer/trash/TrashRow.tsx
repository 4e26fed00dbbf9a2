import { ArchiveRestore, BriefcaseBusiness, Building2, FileText, UserRound, UserSquare } from 'lucide-react';
import { useId, useState } from 'react';
import type { TrashItem } from '../../src/api/trash';
import { asApiError } from '../api/data';
import { Button } from '../ui/Button';
import { formatAgo, formatFull } from '../ui/dates';
import { restoreFromTrash } from './trashActions';

const kinds = {
  client: { label: 'Client', icon: Building2, detail: (d: string) => d },
  contact: { label: 'Contact', icon: UserRound, detail: (d: string) => `At ${d}` },
  job: { label: 'Job', icon: BriefcaseBusiness, detail: (d: string) => `For ${d}` },
  candidate: { label: 'Candidate', icon: UserSquare, detail: (d: string) => `At ${d}` },
  file: { label: 'File', icon: FileText, detail: (d: string) => `Of ${d}` },
} as const satisfies Record<TrashItem['kind'], unknown>;

export function TrashRow({ item }: { item: TrashItem }) {
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const nameId = useId();
  const problemId = useId();
  const kind = kinds[item.kind];
  const Icon = kind.icon;

  async function restore() {
    setRestoring(true);
    setProblem(null);
    try {
      await restoreFromTrash(item);
    } catch (error) {
      setProblem(asApiError(error).message);
      setRestoring(false);
    }
  }

  return (
    <li className="trash-item" aria-labelledby={nameId}>
      <span className="trash-icon" aria-hidden>
        <Icon size={15} />
      </span>
      <div className="trash-text">
        <p className="trash-heading">
          <span className="trash-name" id={nameId}>
            {item.name}
          </span>
          <span className="badge badge--kind">{kind.label}</span>
        </p>
        <p className="trash-detail">
          {item.detail && <>{kind.detail(item.detail)} · </>}
          <time dateTime={item.deletedAt} title={formatFull(item.deletedAt)}>
            Deleted {formatAgo(item.deletedAt)}
          </time>
        </p>
        {problem && (
          <p className="field-error" role="alert" id={problemId}>
            {problem}
          </p>
        )}
      </div>
      <Button
        icon={ArchiveRestore}
        onClick={restore}
        disabled={restoring}
        aria-label={`Restore ${item.name}`}
        aria-describedby={problem ? problemId : undefined}
      >
        Restore
      </Button>
    </li>
  );
}
