// export --sqlite: the documents as relational rows a tracking system can query, in a SQLite
// file. sql.js (SQLite compiled to WebAssembly, from the npm registry) needs no native build and
// runs on Node 20, where node:sqlite does not exist yet.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs, { type Database } from 'sql.js';
import type { PlanDocument, Section } from '../model/schema.js';
import { writeAtomic } from './json.js';

const SCHEMA = `
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,          -- a document is its bytes: loading it twice changes nothing
  file TEXT NOT NULL,                   -- a new version (same file name, other bytes) replaces the old
  format TEXT NOT NULL, doc_type TEXT, number TEXT, issuer TEXT, place TEXT, issued_date TEXT, title TEXT,
  co_issuers TEXT                       -- a joint plan's other issuing bodies, a JSON array; null for one issuer
);
CREATE TABLE IF NOT EXISTS sections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id TEXT NOT NULL, parent_section_id TEXT, label TEXT NOT NULL, kind TEXT NOT NULL, level INTEGER NOT NULL,
  title TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER
);
CREATE TABLE IF NOT EXISTS targets (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  target_id TEXT NOT NULL, section_id TEXT, text TEXT NOT NULL, min REAL NOT NULL, max REAL NOT NULL,
  comparator TEXT NOT NULL, change TEXT, year INTEGER, subject TEXT NOT NULL, quote TEXT NOT NULL, line INTEGER NOT NULL, page INTEGER
);
CREATE TABLE IF NOT EXISTS agencies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE             -- the canonical full name
);
CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  task_id TEXT NOT NULL, section_id TEXT, kind TEXT NOT NULL, title TEXT NOT NULL,
  start TEXT, "end" TEXT, period_text TEXT, line INTEGER NOT NULL, page INTEGER
);
CREATE TABLE IF NOT EXISTS task_agencies (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
  PRIMARY KEY (task_id, agency_id, role)
);
-- The units in brackets after a lead or partner that do its work: "Công an tỉnh (Phòng Cảnh sát giao thông)".
CREATE TABLE IF NOT EXISTS task_agency_units (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  unit_id INTEGER NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (task_id, agency_id, unit_id)
);
-- "tasks of agency X due before date Y"
CREATE INDEX IF NOT EXISTS task_agencies_by_agency ON task_agencies (agency_id, role);
CREATE INDEX IF NOT EXISTS tasks_by_end ON tasks ("end");
CREATE INDEX IF NOT EXISTS tasks_by_document ON tasks (document_id);
CREATE INDEX IF NOT EXISTS targets_by_document ON targets (document_id);
CREATE INDEX IF NOT EXISTS sections_by_document ON sections (document_id);
`;

export interface ExportSummary {
  added: number;
  replaced: number;
  unchanged: number;
}

const ADDED_COLUMNS = [
  { table: 'targets', column: 'change', type: 'TEXT' },
  { table: 'documents', column: 'co_issuers', type: 'TEXT' },
];

async function openDatabase(path: string): Promise<Database> {
  const require = createRequire(import.meta.url);
  const SQL = await initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) });
  const db = existsSync(path) ? new SQL.Database(readFileSync(path)) : new SQL.Database();
  db.exec(SCHEMA);
  // Columns added since the first version: a database written before them gets them, empty.
  for (const { table, column, type } of ADDED_COLUMNS) {
    const columns = db.exec(`PRAGMA table_info(${table})`)[0]?.values.map((row) => row[1]) ?? [];
    if (!columns.includes(column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
  return db;
}

/** Loads documents into the database at `path`, each in its own transaction, and writes it back atomically. */
export async function exportSqlite(path: string, documents: PlanDocument[]): Promise<ExportSummary> {
  const db = await openDatabase(path);
  const summary: ExportSummary = { added: 0, replaced: 0, unchanged: 0 };
  try {
    for (const document of documents) {
      const same = db.exec('SELECT id FROM documents WHERE sha256 = ?', [document.source.sha256]);
      if (same.length) {
        summary.unchanged++;
        continue;
      }
      db.exec('BEGIN');
      try {
        const previous = db.exec('SELECT id FROM documents WHERE file = ?', [document.source.file]);
        if (previous.length) {
          db.run('DELETE FROM documents WHERE file = ?', [document.source.file]);
          summary.replaced++;
        } else summary.added++;
        insertDocument(db, document);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    }
    await writeAtomic(path, db.export());
    return summary;
  } finally {
    db.close();
  }
}

function insertDocument(db: Database, d: PlanDocument): void {
  const m = d.meta;
  db.run('INSERT INTO documents (sha256, file, format, doc_type, number, issuer, place, issued_date, title, co_issuers) VALUES (?,?,?,?,?,?,?,?,?,?)', [
    d.source.sha256, d.source.file, d.source.format, m.docType, m.number, m.issuer, m.place, m.issuedDate, m.title, m.coIssuers ? JSON.stringify(m.coIssuers) : null,
  ]);
  const documentId = db.exec('SELECT last_insert_rowid()')[0].values[0][0] as number;
  const walk = (sections: Section[], parent: string | null) => {
    for (const s of sections) {
      db.run('INSERT INTO sections (document_id, section_id, parent_section_id, label, kind, level, title, line, page) VALUES (?,?,?,?,?,?,?,?,?)', [
        documentId, s.id, parent, s.label, s.kind, s.level, s.title, s.span.line, s.span.page ?? null,
      ]);
      walk(s.children, s.id);
    }
  };
  walk(d.sections, null);
  for (const t of d.targets) {
    db.run('INSERT INTO targets (document_id, target_id, section_id, text, min, max, comparator, change, year, subject, quote, line, page) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', [
      documentId, t.id, t.sectionId, t.text, t.value.min, t.value.max, t.comparator, t.change, t.year, t.subject, t.quote, t.span.line, t.span.page ?? null,
    ]);
  }
  for (const t of d.tasks) {
    db.run('INSERT INTO tasks (document_id, task_id, section_id, kind, title, start, "end", period_text, line, page) VALUES (?,?,?,?,?,?,?,?,?,?)', [
      documentId, t.id, t.sectionId, t.kind, t.title, t.period.start, t.period.end, t.period.text, t.span.line, t.span.page ?? null,
    ]);
    const taskId = db.exec('SELECT last_insert_rowid()')[0].values[0][0] as number;
    for (const [role, refs] of [['lead', t.lead], ['partner', t.partners]] as const) {
      for (const ref of refs) {
        const agencyId = agencyRow(db, ref.name);
        db.run('INSERT OR IGNORE INTO task_agencies (task_id, agency_id, role) VALUES (?,?,?)', [taskId, agencyId, role]);
        for (const unit of ref.units ?? []) db.run('INSERT OR IGNORE INTO task_agency_units (task_id, agency_id, unit_id) VALUES (?,?,?)', [taskId, agencyId, agencyRow(db, unit.name)]);
      }
    }
  }
}

/** The row of the agency of that canonical name, added when it is new. */
function agencyRow(db: Database, name: string): number {
  db.run('INSERT OR IGNORE INTO agencies (name) VALUES (?)', [name]);
  return db.exec('SELECT id FROM agencies WHERE name = ?', [name])[0].values[0][0] as number;
}

/** Runs a read-only query against a database file (for the README examples and tests). */
export async function querySqlite(path: string, sql: string, params: (string | number | null)[] = []): Promise<Record<string, unknown>[]> {
  const db = await openDatabase(path);
  try {
    const statement = db.prepare(sql);
    statement.bind(params);
    const rows: Record<string, unknown>[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    statement.free();
    return rows;
  } finally {
    db.close();
  }
}
