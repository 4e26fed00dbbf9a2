import { Copy, FileWarning } from 'lucide-react';
import { useState } from 'react';
import { useData } from '../api/data';
import { Button } from '../ui/Button';

/** The second way on: leave the file as it is and send it to someone who can look at it. */
export function KeepFileCard() {
  const { data: info } = useData('app.info', {});
  const [copied, setCopied] = useState<'yes' | 'no'>();

  async function copy() {
    if (!info) return;
    try {
      await navigator.clipboard.writeText(info.databasePath);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <section className="card damaged-card" aria-labelledby="damaged-keep">
      <h3 className="card-title card-title--icon" id="damaged-keep">
        <FileWarning size={15} aria-hidden />
        Keep the file to send to someone
      </h3>
      <p className="muted">
        Quit Shortlist, then copy this file somewhere safe or send it to whoever looks after your computers. Shortlist will not
        change it.
      </p>
      {info && (
        <div className="damaged-path">
          <code className="mono selectable">{info.databasePath}</code>
          <Button icon={Copy} onClick={() => void copy()}>
            {copied === 'yes' ? 'Copied' : 'Copy the path'}
          </Button>
        </div>
      )}
      {copied === 'no' && <p className="hint">This window may not copy: select the path above and copy it yourself.</p>}
    </section>
  );
}
