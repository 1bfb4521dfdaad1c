#!/usr/bin/env node
// Offline Cypher linter built on Neo4j's own parser and semantic analyser
// (npm package @neo4j-cypher/language-support, pinned in package.json).
//
// Input (stdin), either:
//   ["MATCH (n) RETURN n", "MATCH (n RETURN n", ...]
// or
//   {"statements": [...], "schema": {...DbSchema...}}
//
// Output (stdout): a JSON array, one entry per input statement, in order:
//   [{"index": 0,
//     "errors":   [{"message": "...", "line": 1, "column": 10, "offset": 9}],
//     "warnings": [{"message": "...", "line": 1, "column": 18, "offset": 17}]},
//    ...]
// line and column are 1-based (as in Neo4j server error messages), offset is a
// 0-based character offset into the statement.
//
// Rules:
// * Statements are linted as Neo4j 5 Cypher (schema.defaultLanguage defaults
//   to "CYPHER 5"; an explicit "CYPHER 25" prefix in a statement still wins).
// * Only ERROR-severity diagnostics are errors. Everything else (deprecations,
//   performance hints, unknown labels/properties when a schema is supplied) goes
//   to "warnings".
// * "Parameter $x is not defined." is dropped: parameters are bound at run time.
//   Pass a schema with a "parameters" map to get those errors back.
// * Console commands (":param", ":use", ...) are errors, not allowed.
// * The default schema is empty, so unknown procedures/functions/labels are not
//   reported at all (FalkorDB procedures such as db.idx.* therefore pass).
//
// Exit status: 0 when linting ran (whatever it found), 2 on bad input.

import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const SEVERITY_ERROR = 1; // vscode-languageserver-types DiagnosticSeverity.Error

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function fail(message) {
  process.stderr.write(`cypherlint: ${message}\n`);
  process.exit(2);
}

function toEntry(d) {
  const start = d.range?.start ?? { line: 0, character: 0 };
  return {
    message: d.message,
    line: start.line + 1,
    column: start.character + 1,
    offset: d.offsets?.start ?? null,
  };
}

export function lintOne(statement, schema) {
  const { diagnostics } = lintCypherQuery(statement, schema, {
    consoleCommandsEnabled: false,
  });
  const keepParamErrors = schema.parameters !== undefined;
  const errors = [];
  const warnings = [];
  for (const d of diagnostics) {
    if (d.severity === SEVERITY_ERROR) {
      if (!keepParamErrors && !isNotParamError(d)) continue;
      errors.push(toEntry(d));
    } else {
      warnings.push(toEntry(d));
    }
  }
  return { errors, warnings };
}

async function main() {
  let input;
  try {
    input = JSON.parse(await readStdin());
  } catch (e) {
    fail(`stdin is not valid JSON: ${e.message}`);
  }
  let statements;
  let schema = {};
  if (Array.isArray(input)) {
    statements = input;
  } else if (input && typeof input === 'object' && Array.isArray(input.statements)) {
    statements = input.statements;
    schema = input.schema ?? {};
  } else {
    fail('expected a JSON array of strings or {"statements": [...], "schema": {...}}');
  }
  statements.forEach((s, i) => {
    if (typeof s !== 'string') fail(`statement ${i} is not a string`);
  });
  // graphSchema path checks rely on Set/iterator helpers missing from older
  // Node versions; they are not needed here.
  const { graphSchema: _ignored, ...rest } = schema;
  const dbSchema = { defaultLanguage: 'CYPHER 5', ...rest };

  const out = statements.map((statement, index) => {
    try {
      return { index, ...lintOne(statement, dbSchema) };
    } catch (e) {
      return {
        index,
        errors: [{ message: `internal linter error: ${e?.stack ?? e}`, line: 1, column: 1, offset: 0 }],
        warnings: [],
      };
    }
  });
  process.stdout.write(JSON.stringify(out) + '\n');
}

await main();
