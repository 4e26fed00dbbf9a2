import type { Core } from '../db/core';
import { statement } from '../db/statements';
import type { KnownDevice } from './mergeSource';

/**
 * Learns the names of the laptops an export (or the agency server) speaks for: the exporter's own
 * (its header) and those it had learned itself. A later naming replaces an earlier one, so every
 * laptop ends up agreeing.
 */
export function rememberDevices(core: Core, devices: readonly KnownDevice[]): void {
  const remember = statement(
    core.db,
    `INSERT INTO devices (id, name, person, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, person = excluded.person, seen_at = excluded.seen_at
     WHERE excluded.seen_at > devices.seen_at`,
  );
  for (const device of devices) {
    if (device.id !== core.deviceId) remember.run(device.id, device.name, device.person, device.seen_at);
  }
}

/** A laptop as a recruiter knows it: "This computer", or the name and person its exports gave. */
export function deviceName(core: Core, deviceId: string): string {
  if (deviceId === core.deviceId) return 'This computer';
  const device = statement(core.db, 'SELECT name, person FROM devices WHERE id = ?').get(deviceId) as
    | { name: string; person: string | null }
    | undefined;
  if (!device) return `Another computer (${deviceId.slice(-8)})`;
  return device.person ? `${device.person} on ${device.name}` : device.name;
}
