import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isCsvExportKind, isCsvKind } from '../api/csv';
import { explainFailure } from '../db/errors';
import { defaultDatabasePath } from '../platform/paths';
import { backup, restore } from './backup';
import { check } from './check';
import { demo } from './demo';
import { exportCsv } from './exportCsv';
import { importCsv } from './importCsv';
import { exportDatabase } from './export';
import { importFrom } from './import';
import { printReports } from './report';
import { hubInitCommand, syncCommand } from './sync';
import { serve } from './serve';
import { init } from './init';
import { UsageError } from './usageError';

const usage = `Usage: shortlist <command> [options]

Commands:
  init --db <file>                create an empty database (never over an existing file)
  check --db <file> [--repair]    check a database's integrity and its derived tables; print its
                                  schema version and counts; --repair rebuilds a derived table that
                                  differs from the records it is kept from
  serve [--db <file>] [--port n]  serve the app in a browser on 127.0.0.1 (the preview)
  demo --db <file> --candidates <n> [--seed <s>]
                                  make a new database full of realistic, reproducible data
  import-csv --db <file> --kind candidates|contacts|clients|jobs [--map "<header>=<field>"]... [--show-mapping] <file.csv>
                                  add the rows of a CSV file, its columns matched by their headers
                                  (or as --map says: a field, note, tags or nothing); columns that
                                  are not fields are kept as a note on each record; --show-mapping
                                  prints where each column goes and what the first rows become,
                                  and writes nothing
  export-csv --db <file> --kind candidates|contacts|clients --out <file.csv>
                                  write every live record of that kind to a CSV file
  backup --db <file> [--out <file>]
                                  a consistent copy of the database (it may be in use), into
                                  backups/ beside it or to a new file
  restore --db <file> --from <backup>
                                  put a backup in the database's place (close the app first); the
                                  database as it was is kept in backups/, and candidates erased
                                  since the backup was taken are erased again
  export --db <file> --out <file.shortlist> [--by <name>]
                                  write what a colleague needs to merge your work into theirs
  import --db <file> [--dry-run] <file.shortlist>
                                  merge a colleague's export; --dry-run says what it would change
  report --db <file> [--from <date>] [--to <date>] [--format json|csv]
                                  the figures of the Reports screen (this year to today by default)
  sync --db <file> --hub <postgres URL>
                                  push this database's changes to the agency server and merge the
                                  others'; the password comes from PGPASSWORD or ~/.pgpass
  hub init --hub <postgres URL> [--recruiter <user>]...
                                  set up the agency server (schema, roles, row-level security),
                                  as its admin; each --recruiter may then sync

--db defaults to the desktop app's database: ${defaultDatabasePath()}`;

// bin/shortlist.js runs this from a bundle in node_modules/.cache, and says where the built window is.
const rendererDir = process.env.SHORTLIST_RENDERER_DIR ?? fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The database the command works on, for naming it when a fault stops the command. */
let workingOn = defaultDatabasePath();

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      candidates: { type: 'string' },
      seed: { type: 'string' },
      kind: { type: 'string' },
      out: { type: 'string' },
      by: { type: 'string' },
      'dry-run': { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      hub: { type: 'string' },
      recruiter: { type: 'string', multiple: true },
      map: { type: 'string', multiple: true },
      'show-mapping': { type: 'boolean' },
      repair: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help || command === undefined || ['help', '--help', '-h'].includes(command)) {
    console.log(usage);
    return;
  }
  const db = path.resolve(values.db ?? defaultDatabasePath());
  workingOn = db;
  if (positionals.length > (['import-csv', 'import', 'hub'].includes(command) ? 1 : 0)) throw new UsageError(`Unexpected argument “${positionals.at(-1)}”.`);
  switch (command) {
    case 'init':
      if (!values.db) throw new UsageError('init needs --db <file>: the new database.');
      console.log(await init(db));
      return;
    case 'check':
      if (!values.db) throw new UsageError('check needs --db <file>.');
      {
        const { lines, healthy } = check(db, { repair: values.repair });
        for (const line of lines) console.log(line);
        if (!healthy) process.exitCode = 1;
      }
      return;
    case 'serve': {
      const port = Number(values.port ?? 4780);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
      await serve(db, port, rendererDir);
      return;
    }
    case 'demo': {
      if (!values.db) throw new UsageError('demo needs --db <file>: a new file for the data set.');
      const candidates = Number(values.candidates ?? 1000);
      const seed = Number(values.seed ?? 1);
      if (!Number.isInteger(candidates) || candidates < 1 || candidates > 1_000_000) {
        throw new UsageError('--candidates must be a whole number from 1 to 1000000.');
      }
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number.');
      console.log(await demo(db, candidates, seed));
      return;
    }
    case 'import-csv':
    case 'export-csv': {
      if (!values.db) throw new UsageError(`${command} needs --db <file>.`);
      if (command === 'export-csv') {
        if (!isCsvExportKind(values.kind)) throw new UsageError('export-csv needs --kind candidates, contacts or clients.');
        if (!values.out) throw new UsageError('export-csv needs --out <file.csv>.');
        console.log(await exportCsv(db, values.kind, path.resolve(values.out)));
        return;
      }
      if (!isCsvKind(values.kind)) throw new UsageError('import-csv needs --kind candidates, contacts, clients or jobs.');
      if (positionals.length !== 1) throw new UsageError('import-csv needs the CSV file to import.');
      const csvOptions = { map: values.map ?? [], showMapping: values['show-mapping'] ?? false };
      process.exitCode = await importCsv(db, values.kind, path.resolve(positionals[0]!), csvOptions);
      return;
    }
    case 'export': {
      if (!values.db) throw new UsageError('export needs --db <file>.');
      if (!values.out) throw new UsageError('export needs --out <file.shortlist>.');
      for (const line of await exportDatabase(db, path.resolve(values.out), values.by ?? null)) console.log(line);
      return;
    }
    case 'backup':
      if (!values.db) throw new UsageError('backup needs --db <file>.');
      for (const line of backup(db, values.out === undefined ? undefined : path.resolve(values.out))) console.log(line);
      return;
    case 'restore':
      if (!values.db) throw new UsageError('restore needs --db <file>.');
      if (!values.from) throw new UsageError('restore needs --from <backup>: the backup file to restore.');
      for (const line of await restore(db, path.resolve(values.from))) console.log(line);
      return;
    case 'import': {
      if (!values.db) throw new UsageError('import needs --db <file>.');
      if (positionals.length !== 1) throw new UsageError('import needs the .shortlist file to import.');
      for (const line of await importFrom(db, path.resolve(positionals[0]!), values['dry-run'] ?? false)) console.log(line);
      return;
    }
    case 'sync': {
      if (!values.db) throw new UsageError('sync needs --db <file>.');
      if (!values.hub) throw new UsageError('sync needs --hub <postgres URL>: the agency server.');
      const { lines, ok } = await syncCommand(db, values.hub);
      for (const line of lines) console.log(line);
      if (!ok) process.exitCode = 1;
      return;
    }
    case 'hub':
      if (positionals[0] !== 'init') throw new UsageError('hub needs a subcommand: hub init --hub <postgres URL>.');
      if (!values.hub) throw new UsageError('hub init needs --hub <postgres URL>: the agency server, as its admin.');
      for (const line of await hubInitCommand(values.hub, values.recruiter ?? [])) console.log(line);
      return;
    case 'report': {
      if (!values.db) throw new UsageError('report needs --db <file>.');
      const format = values.format ?? 'json';
      if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv.');
      for (const day of [values.from, values.to]) {
        if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UsageError(`Use dates like 2026-11-22, not “${day}”.`);
      }
      console.log(await printReports(db, values.from, values.to, format));
      return;
    }
    default:
      throw new UsageError(`Unknown command “${command}”.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`shortlist: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  // What went wrong and what to do, naming the file; never a stack trace (a bug's is printed by the core as it happens).
  console.error(`shortlist: ${explainFailure(error, workingOn) ?? (error instanceof Error ? error.message : String(error))}`);
  process.exit(1);
});
