// conformance.mjs checks the GraphQL server against the reference
// implementation (the `graphql` package) and every query the documentation
// shows against the server.
//
//   node conformance.mjs [--update-outputs] URL [FILE.md ...]
//
// URL is the running server's GraphQL endpoint (http://127.0.0.1:8080/graphql).
// The files default to README.md and docs/*.md of the repository.
//
// With --update-outputs, the output block shown after each query (see below)
// is rewritten with the server's answer: run it on a server holding only the
// sample articles (testdata/articles) when the answers change.
//
// 1. The server's schema is introspected and built with buildClientSchema, so
//    a standard client understands it; the SDL served at /schema.graphql must
//    describe the same schema.
// 2. Every ```graphql fenced block of the files is parsed and validated
//    against that schema with `validate`, then executed on the server: the
//    answer must have data and no errors.
//
// Conventions for the blocks (docs/GRAPHQL.md says the same to writers):
//   - a ```json variables block right after a query (only blank lines or
//     nothing between) gives its variables;
//   - a plain ```json block after a query is its output as shown to readers,
//     and is only checked to be valid JSON;
//   - a document with several operations runs each of them by name;
//   - a ```graphql expect-error block must validate but the server must
//     refuse it with an error (used to show the limits);
//   - mutations are validated; they run only when $CONFORMANCE_WRITE_URL
//     names a second server started with --allow-writes and the token
//     $CONFORMANCE_WRITE_TOKEN (on a throwaway copy of the data, since they
//     change it), where each must be refused without the token (HTTP 401)
//     and answer without errors with it;
//   - in ```sh, ```bash, ```console and ```python blocks, every string
//     literal that reads as a GraphQL document (`{ field…`, `query…`,
//     `mutation…`, `query=…` for curl, or a JSON request body with its
//     variables) is validated too, and run unless it needs variables that
//     the surrounding code gives.
//
// Any failure names the file, the line of the block and the operation. The
// last line is "conformance: N passed, N failed".

import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildClientSchema,
  buildSchema,
  GraphQLSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  parse,
  printSchema,
  validate,
  Kind,
} from "graphql";

// A second server started with --allow-writes and a token, on a copy of the
// data: mutations run there (and must be refused without the token).
const writeURL = process.env.CONFORMANCE_WRITE_URL;
const writeToken = process.env.CONFORMANCE_WRITE_TOKEN ?? "";
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function usage(msg) {
  console.error(`conformance: ${msg}\nusage: node conformance.mjs [--update-outputs] URL [FILE.md ...]`);
  process.exit(2);
}

async function post(url, body, headers = {}) {
  let resp;
  try {
    resp = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw new Error(`POST ${url}: ${e.cause?.message ?? e.message}`);
  }
  const text = await resp.text();
  try {
    return { status: resp.status, doc: JSON.parse(text) };
  } catch {
    throw new Error(`POST ${url}: HTTP ${resp.status}, not JSON: ${text.slice(0, 200)}`);
  }
}

// blocks returns the fenced code blocks of a Markdown text, each with its
// info string, its body and the line its fence opens on (from 1).
function blocks(text) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j]);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(lines[j]);
    }
    out.push({ info: open[3].trim().split(/\s+/).filter(Boolean), body: body.join("\n"), line: i + 1, end: j + 1 });
    i = j;
  }
  return out;
}

// queries returns the GraphQL examples of a Markdown text with the variables
// and expectations their neighbouring blocks give.
function queries(text) {
  const all = blocks(text);
  const lines = text.split("\n");
  const out = [];
  all.forEach((b, k) => {
    if (EMBEDDING.has(b.info[0])) {
      for (const e of embedded(b.body)) {
        out.push({ source: e.source, line: b.line + 1 + e.line, embedded: true, expectError: false, variables: e.variables && { source: e.variables, line: b.line + 1 + e.line }, output: null });
      }
      return;
    }
    if (b.info[0] !== "graphql") return;
    const q = { source: b.body, line: b.line, expectError: b.info.includes("expect-error"), variables: null, output: null };
    // The blocks right after it (blank lines between only) may give the
    // variables and then the output.
    for (let n = k + 1, prevEnd = b.end; n < all.length; n++) {
      const next = all[n];
      const between = lines.slice(prevEnd, next.line - 1);
      if (between.some((l) => l.trim() !== "") || next.info[0] !== "json") break;
      if (next.info.includes("variables") && q.variables === null && q.output === null) {
        q.variables = { source: next.body, line: next.line };
      } else if (q.output === null) {
        q.output = { source: next.body, line: next.line, end: next.end };
      } else {
        break;
      }
      prevEnd = next.end;
    }
    out.push(q);
  });
  return out;
}

// Code blocks of these languages are searched for queries in their string
// literals ('…', "…", '''…''', """…"""): a curl or `actorgraph query`
// line, a notebook snippet.
const EMBEDDING = new Set(["sh", "bash", "shell", "console", "python", "py"]);

// embedded returns the string literals of a code block that look like
// GraphQL documents (an opening brace then a field name, or the keyword
// query or mutation), each with its line within the block (from 0).
function embedded(body) {
  const out = [];
  const re = /'''([\s\S]*?)'''|"""([\s\S]*?)"""|'([^'\n]*)'|"((?:[^"\\\n]|\\.)*)"/g;
  for (let m; (m = re.exec(body)); ) {
    let source = m[1] ?? m[2] ?? m[3] ?? m[4].replace(/\\(.)/g, "$1");
    let variables = null;
    if (/^\s*\{\s*"/.test(source)) {
      // A JSON request body: {"query": "…", "variables": {…}}.
      try {
        const req = JSON.parse(source);
        if (typeof req.query !== "string") continue;
        source = req.query;
        if (req.variables) variables = JSON.stringify(req.variables);
      } catch {
        continue;
      }
    }
    source = source.replace(/^query=/, ""); // curl --data-urlencode 'query=…'
    if (!/^\s*(\{\s*[A-Za-z_]|(query|mutation)\b\s*[A-Za-z_({])/.test(source)) continue;
    out.push({ source, variables, line: body.slice(0, m.index).split("\n").length - 1 });
  }
  return out;
}

// pretty prints JSON two spaces deep, with the objects and arrays that fit
// in 100 columns on one line, as the answers in the docs are shown.
function pretty(v, depth = 0, col = 0) {
  const flat = JSON.stringify(v, null, 1).replace(/\n\s*/g, " ").replace(/([[{]) /g, "$1").replace(/ ([\]}])/g, "$1");
  if (col + flat.length <= 100 || v === null || typeof v !== "object" || Object.keys(v).length === 0) return flat;
  const pad = "  ".repeat(depth + 1);
  if (Array.isArray(v)) return "[\n" + v.map((x) => pad + pretty(x, depth + 1, pad.length)).join(",\n") + "\n" + "  ".repeat(depth) + "]";
  return "{\n" + Object.entries(v).map(([k, x]) => {
    const key = JSON.stringify(k) + ": ";
    return pad + key + pretty(x, depth + 1, pad.length + key.length);
  }).join(",\n") + "\n" + "  ".repeat(depth) + "}";
}

async function defaultFiles() {
  const files = [path.join(repo, "README.md")];
  const docs = path.join(repo, "docs");
  for (const f of (await readdir(docs)).sort()) if (f.endsWith(".md")) files.push(path.join(docs, f));
  return files;
}

async function main() {
  const args = process.argv.slice(2);
  const update = args.includes("--update-outputs");
  const [url, ...given] = args.filter((a) => a !== "--update-outputs");
  if (!url || !/^https?:\/\//.test(url)) usage("want the server's GraphQL URL first");
  const files = given.length > 0 ? given.map((f) => path.resolve(f)) : await defaultFiles();

  // 1. The schema as a standard client sees it.
  const intro = await post(url, { query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }) });
  if (intro.doc.errors?.length || !intro.doc.data) {
    throw new Error(`introspection of ${url} failed: ${JSON.stringify(intro.doc.errors ?? intro.doc)}`);
  }
  const schema = buildClientSchema(intro.doc.data); // throws on an invalid introspection result
  const types = Object.keys(schema.getTypeMap()).filter((t) => !t.startsWith("__"));
  console.log(`schema introspected from ${url}: ${types.length} types, query type ${schema.getQueryType()?.name}, mutation type ${schema.getMutationType()?.name ?? "none"}`);

  const sdlURL = new URL("/schema.graphql", url);
  const sdlResp = await fetch(sdlURL, { signal: AbortSignal.timeout(30_000) });
  if (!sdlResp.ok) throw new Error(`GET ${sdlURL}: HTTP ${sdlResp.status}`);
  // graphql-go does not introspect the description of the schema itself
  // (__Schema.description, GraphQL October 2021): leave it out of the
  // comparison.
  const served = new GraphQLSchema({ ...buildSchema(await sdlResp.text()).toConfig(), description: undefined });
  const a = printSchema(lexicographicSortSchema(schema));
  const b = printSchema(lexicographicSortSchema(served));
  if (a !== b) {
    const al = a.split("\n"), bl = b.split("\n");
    let i = 0;
    while (i < al.length && al[i] === bl[i]) i++;
    throw new Error(`${sdlURL} and introspection disagree, first at line ${i + 1} of the sorted schema:\n  introspection: ${al[i]}\n  schema.graphql: ${bl[i]}`);
  }
  console.log(`${sdlURL} describes the same schema`);

  // 2. Every documented query.
  let passed = 0;
  let failed = 0;
  const failures = [];
  let total = 0;
  for (const file of files) {
    const inRepo = path.relative(repo, file);
    const rel = inRepo.startsWith("..") ? file : inRepo;
    const text = await readFile(file, "utf8");
    const qs = queries(text);
    total += qs.length;
    const replacements = [];
    for (const q of qs) {
      const where = `${rel}:${q.line}`;
      const fail = (name, msg) => {
        failures.push(`${where} (${name}): ${msg}`);
        console.log(`FAIL ${where} ${name}\n     ${msg.replaceAll("\n", "\n     ")}\n     the query:\n       ${q.source.trim().replaceAll("\n", "\n       ")}`);
      };
      const before = failures.length;
      let doc;
      try {
        doc = parse(q.source);
      } catch (e) {
        fail("unparsed", `syntax error: ${e.message}`);
        continue;
      }
      const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const label = ops.map((o) => `${o.operation} ${o.name?.value ?? "(anonymous)"}`).join(", ") || "no operation";
      const errs = validate(schema, doc);
      if (errs.length > 0) {
        fail(label, `invalid against the server's schema:\n${errs.map((e) => `- ${e.message}${e.locations ? ` (query line ${e.locations[0].line})` : ""}`).join("\n")}`);
        continue;
      }
      let variables;
      if (q.variables) {
        try {
          variables = JSON.parse(q.variables.source);
        } catch (e) {
          fail(label, `the variables block at line ${q.variables.line} is not JSON: ${e.message}`);
          continue;
        }
      }
      if (q.output) {
        try {
          JSON.parse(q.output.source);
        } catch (e) {
          fail(label, `the output block at line ${q.output.line} is not JSON: ${e.message}`);
          continue;
        }
      }
      let ok = true;
      for (const op of ops) {
        const name = op.name?.value;
        const opLabel = `${op.operation} ${name ?? "(anonymous)"}`;
        const required = (op.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue).map((v) => "$" + v.variable.name.value);
        if (q.embedded && required.length > 0 && !q.variables) {
          console.log(`ok   ${where} ${opLabel} (valid; in code that gives ${required.join(", ")} itself, so not run)`);
          continue;
        }
        if (op.operation === "mutation") {
          if (!writeURL) {
            console.log(`ok   ${where} ${opLabel} (valid; not run: no writable server given)`);
            continue;
          }
          // On the writable server: refused without the token, run with it.
          const body = { query: q.source, variables, operationName: ops.length > 1 ? name : undefined };
          try {
            const denied = await post(writeURL, body);
            const code = denied.doc.errors?.[0]?.extensions?.code;
            if (denied.status !== 401 || code !== "UNAUTHENTICATED") {
              fail(opLabel, `without the token, want HTTP 401 UNAUTHENTICATED, got HTTP ${denied.status} ${JSON.stringify(denied.doc).slice(0, 300)}`);
              ok = false;
              continue;
            }
            const res = await post(writeURL, body, { Authorization: `Bearer ${writeToken}` });
            const errors = res.doc.errors ?? [];
            if (errors.length > 0 || res.status !== 200 || !res.doc.data) {
              fail(opLabel, `the writable server answered HTTP ${res.status} with errors:\n${errors.map((e) => `- ${e.message}`).join("\n") || JSON.stringify(res.doc).slice(0, 300)}`);
              ok = false;
              continue;
            }
            console.log(`ok   ${where} ${opLabel} (refused without the token; ran with it on the writable server)`);
          } catch (e) {
            fail(opLabel, e.message);
            ok = false;
          }
          continue;
        }
        if (ops.length > 1 && !name) {
          fail(opLabel, "an anonymous operation among several cannot be run");
          ok = false;
          continue;
        }
        let res;
        try {
          res = await post(url, { query: q.source, variables, operationName: ops.length > 1 ? name : undefined });
        } catch (e) {
          fail(opLabel, e.message);
          ok = false;
          continue;
        }
        const errors = res.doc.errors ?? [];
        if (q.expectError) {
          if (errors.length === 0) {
            fail(opLabel, `marked expect-error, but the server answered without an error: ${JSON.stringify(res.doc).slice(0, 300)}`);
            ok = false;
          } else {
            if (update && q.output && ops.length === 1) replacements.push({ from: q.output.line, to: q.output.end, text: pretty(res.doc) });
            console.log(`ok   ${where} ${opLabel} (refused as documented: ${errors[0].message})`);
          }
          continue;
        }
        if (errors.length > 0 || res.status !== 200 || !res.doc.data) {
          fail(opLabel, `the server answered HTTP ${res.status} with errors:\n${errors.map((e) => `- ${e.message}`).join("\n") || JSON.stringify(res.doc).slice(0, 300)}`);
          ok = false;
          continue;
        }
        if (update && q.output && ops.length === 1) replacements.push({ from: q.output.line, to: q.output.end, text: pretty(res.doc) });
        const size = JSON.stringify(res.doc.data).length;
        console.log(`ok   ${where} ${opLabel} (${size} bytes of data)`);
      }
      if (ok && failures.length === before) passed++;
    }
    if (replacements.length > 0) {
      // Output blocks replaced from the bottom up, so that line numbers hold.
      const lines = text.split("\n");
      for (const r of replacements.sort((a, b) => b.from - a.from)) lines.splice(r.from, r.to - r.from - 1, ...r.text.split("\n"));
      const updated = lines.join("\n");
      if (updated !== text) {
        await writeFile(file, updated);
        console.log(`     ${rel}: output blocks rewritten from the server's answers`);
      }
    }
  }
  if (total === 0) {
    failures.push("no ```graphql block found in " + files.map((f) => path.relative(repo, f)).join(", "));
    console.log("FAIL " + failures.at(-1));
  }
  if (failures.length > 0) {
    console.log(`\n${failures.length} documented quer${failures.length === 1 ? "y fails" : "ies fail"}:`);
    for (const f of failures) console.log(`  ${f.split("\n").join("\n    ")}`);
  }
  failed = total - passed;
  if (total === 0) failed = 1;
  console.log(`conformance: ${passed} passed, ${failed} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(`conformance: ${e.message}`);
  process.exitCode = 1;
});
