import initSqlJs from 'sql.js';
import type { TableDef } from './tables.js';

// SQLite through sql.js: SQLite compiled to WebAssembly, so no native build and the same bytes
// on every platform. Identifiers are fixed names from tables.ts; every value is a bound parameter.

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function createTableSql(table: TableDef): string {
  const columns = table.columns.map((c) => `  ${quote(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}${c.references ? ` REFERENCES ${c.references.replace(/^(\w+)\((\w+)\)$/, (_, t: string, col: string) => `${quote(t)}(${quote(col)})`)}` : ''}`);
  const key = table.primaryKey.length ? [`  PRIMARY KEY (${table.primaryKey.map(quote).join(', ')})`] : [];
  return `CREATE TABLE ${quote(table.name)} (\n${[...columns, ...key].join(',\n')}\n)`;
}

function indexSql(table: TableDef, columns: readonly string[]): string {
  return `CREATE INDEX ${quote(`${table.name}_by_${columns.join('_')}`)} ON ${quote(table.name)} (${columns.map(quote).join(', ')})`;
}

/** A database file holding the tables, with foreign keys checked and indexes built. */
export async function sqliteDatabase(tables: readonly TableDef[]): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON');
    db.run('BEGIN');
    for (const table of tables) {
      db.run(createTableSql(table));
      const insert = db.prepare(`INSERT INTO ${quote(table.name)} (${table.columns.map((c) => quote(c.name)).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`);
      for (const row of table.rows) insert.run(row);
      insert.free();
      for (const columns of table.indexes) db.run(indexSql(table, columns));
    }
    db.run('COMMIT');
    const broken = db.exec('PRAGMA foreign_key_check');
    if (broken.length > 0) throw new Error(`export broke a foreign key: ${JSON.stringify(broken[0]!.values.slice(0, 3))}`);
    db.run('ANALYZE');
    return db.export();
  } finally {
    db.close();
  }
}
