import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isCsvKind } from '../api/csv';
import { OpenError } from '../db/errors';
import { closeDatabase, openDatabase } from '../db/open';
import { defaultDatabasePath } from '../platform/paths';
import { startPreviewServer } from '../server/http';
import { check } from './check';
import { demo } from './demo';
import { exportCsv } from './exportCsv';
import { importCsv } from './importCsv';
import { exportDatabase } from './export';
import { importFrom } from './import';

const usage = `Usage: shortlist <command> [options]

Commands:
  check --db <file>               check a database's integrity; print its schema version and counts
  serve [--db <file>] [--port n]  serve the app in a browser on 127.0.0.1 (the preview)
  demo --db <file> --candidates <n> [--seed <s>]
                                  make a new database full of realistic, reproducible data
  import-csv --db <file> --kind candidates|contacts|clients <file.csv>
                                  add the rows of a CSV file, its columns matched by their headers
  export-csv --db <file> --kind candidates|contacts|clients --out <file.csv>
                                  write every live record of that kind to a CSV file
  export --db <file> --out <file.shortlist> [--by <name>]
                                  write what a colleague needs to merge your work into theirs
  import --db <file> [--dry-run] <file.shortlist>
                                  merge a colleague's export; --dry-run says what it would change

--db defaults to the desktop app's database: ${defaultDatabasePath()}`;

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

class UsageError extends Error {}

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
  if (positionals.length > (command === 'import-csv' || command === 'import' ? 1 : 0)) throw new UsageError(`Unexpected argument “${positionals.at(-1)}”.`);
  switch (command) {
    case 'check':
      if (!values.db) throw new UsageError('check needs --db <file>.');
      for (const line of check(db)) console.log(line);
      return;
    case 'serve': {
      const port = Number(values.port ?? 4780);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
      const core = await openDatabase(db);
      const server = await startPreviewServer(core, { port, staticDir: rendererDir });
      console.log(`Shortlist preview: ${server.url}`);
      console.log(`Database: ${db}`);
      const stop = () => void server.close().finally(() => (closeDatabase(core), process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
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
      if (!isCsvKind(values.kind)) throw new UsageError(`${command} needs --kind candidates, contacts or clients.`);
      if (command === 'export-csv') {
        if (!values.out) throw new UsageError('export-csv needs --out <file.csv>.');
        console.log(await exportCsv(db, values.kind, path.resolve(values.out)));
        return;
      }
      if (positionals.length !== 1) throw new UsageError('import-csv needs the CSV file to import.');
      process.exitCode = await importCsv(db, values.kind, path.resolve(positionals[0]!));
      return;
    }
    case 'export': {
      if (!values.db) throw new UsageError('export needs --db <file>.');
      if (!values.out) throw new UsageError('export needs --out <file.shortlist>.');
      for (const line of await exportDatabase(db, path.resolve(values.out), values.by ?? null)) console.log(line);
      return;
    }
    case 'import': {
      if (!values.db) throw new UsageError('import needs --db <file>.');
      if (positionals.length !== 1) throw new UsageError('import needs the .shortlist file to import.');
      for (const line of await importFrom(db, path.resolve(positionals[0]!), values['dry-run'] ?? false)) console.log(line);
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
  console.error(`shortlist: ${error instanceof OpenError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
