import { Pause, Play, RefreshCw, Server } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { z } from 'zod';
import { SyncSettingsInput, type SyncStatus, type SyncSummary } from '../../src/api/sync';
import { call } from '../api/client';
import { asApiError, change } from '../api/data';
import { paths } from '../app/paths';
import { Button, SaveButton } from '../ui/Button';
import { TextField } from '../ui/Field';
import { showToast } from '../ui/toasts';
import { useForm } from '../ui/useForm';
import { describeSyncStatus } from './syncWords';
import { useSyncStatus } from './useSyncStatus';
import '../styles/sync.css';

const SettingsWithPassword = SyncSettingsInput.extend({ password: z.string().max(500) });
type SyncDraft = { address: string; user: string; password: string };

/**
 * Settings → Agency sync: the agency's PostgreSQL server, this recruiter's user on it and their
 * password (kept in the system's keychain by the desktop app, never in the database), Sync now,
 * and pause.
 */
export function AgencySyncSection() {
  const status = useSyncStatus();
  return (
    <section className="card" id="agency-sync" aria-labelledby="agency-sync-heading">
      <h2 className="card-title card-title--icon" id="agency-sync-heading">
        <Server size={15} aria-hidden />
        Agency sync
      </h2>
      <p className="muted card-lead">
        Stay in step with your colleagues through your agency’s PostgreSQL server: your changes go up and theirs come
        down every 30 seconds while Shortlist is open. Without a server, share by exporting files instead.
      </p>
      {status && <SyncForm status={status} />}
      {status?.configured && <SyncControls status={status} />}
    </section>
  );
}

function SyncForm({ status }: { status: SyncStatus }) {
  const form = useForm({
    id: 'agency-sync',
    initial: { address: status.address ?? '', user: status.user ?? '', password: '' } satisfies SyncDraft,
    schema: SettingsWithPassword,
    toInput: (draft: SyncDraft) => draft,
    save: async ({ address, user, password }) => {
      await change('sync.configure', { address, user });
      if (password !== '') await call('desktop.keepSyncPassword', { password });
      form.set('password', '');
      showToast({ message: address ? 'Agency sync saved' : 'Agency sync turned off' });
    },
  });
  return (
    <form className="agency-sync-form" noValidate onSubmit={form.onSubmit}>
      <TextField
        form={form}
        name="address"
        label="Server address"
        placeholder="postgres://db.youragency.com/shortlist"
        hint="From your agency’s admin. The connection is encrypted unless the server is this computer."
        spellCheck={false}
        autoComplete="off"
      />
      <div className="field-row agency-sync-row">
        <TextField form={form} name="user" label="Your user" autoComplete="username" spellCheck={false} />
        <TextField
          form={form}
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          placeholder={status.configured ? 'Unchanged' : ''}
          hint="Kept in this computer’s keychain."
        />
      </div>
      <div className="agency-sync-actions">
        <SaveButton saving={form.saving}>Save agency sync</SaveButton>
      </div>
    </form>
  );
}

function SyncControls({ status }: { status: SyncStatus }) {
  const [syncing, setSyncing] = useState(false);
  const [last, setLast] = useState<SyncSummary>();
  const { headline, detail, tone } = describeSyncStatus(status);

  async function syncNow() {
    setSyncing(true);
    try {
      setLast(await change('sync.now', {}));
    } catch (error) {
      showToast({ message: asApiError(error).message, tone: 'error' });
    } finally {
      setSyncing(false);
    }
  }

  return (
    <div className="agency-sync-controls">
      <p className={`agency-sync-state agency-sync-state--${tone}`} role="status">
        <strong>{headline}.</strong> {detail}
      </p>
      {last && <LastRound summary={last} />}
      <div className="agency-sync-actions">
        <Button variant="primary" icon={RefreshCw} onClick={() => void syncNow()} disabled={syncing}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </Button>
        <Button icon={status.paused ? Play : Pause} onClick={() => void change('sync.pause', { paused: !status.paused })}>
          {status.paused ? 'Resume syncing' : 'Pause syncing'}
        </Button>
      </div>
    </div>
  );
}

function LastRound({ summary }: { summary: SyncSummary }) {
  const toReview = summary.conflicts.length + summary.likelyDuplicates.length;
  return (
    <p className="muted agency-sync-last">
      Sent {summary.pushed.toLocaleString()} and received {summary.pulled.toLocaleString()} changes.
      {toReview > 0 && (
        <>
          {' '}
          {summary.conflicts.length} conflicts and {summary.likelyDuplicates.length} likely duplicates to{' '}
          <Link href={paths.sharing}>review in Sharing</Link>.
        </>
      )}
    </p>
  );
}
