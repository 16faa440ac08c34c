// page.mjs tests the query page at / in headless Chromium with the network
// cut off: only the server under test (on the loopback) may be reached.
//
//   node page.mjs URL [SCREENSHOT.png]
//
// URL is the server's base (http://127.0.0.1:8080/) or GraphQL URL. Chromium
// is Debian's (/usr/bin/chromium, or $CHROMIUM), driven by playwright-core;
// no browser is downloaded. Every request the page makes is routed: one to
// any host but the loopback is aborted and fails the test, so a page that
// fetches a script, a font or a style from the internet cannot pass.
//
// The test types a query, clicks Run and waits for the result to show data;
// then runs a query the server refuses and waits for the error state; then
// runs one with Ctrl-Enter and variables. The last line is
// "page: N passed, N failed".

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const [arg, screenshot] = process.argv.slice(2);
if (!arg || !/^https?:\/\//.test(arg)) {
  console.error("page: want the server's URL\nusage: node page.mjs URL [SCREENSHOT.png]");
  process.exit(2);
}
const base = new URL("/", arg);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

function loopback(u) {
  let url;
  try {
    url = new URL(u);
  } catch {
    return false;
  }
  if (url.protocol === "data:" || url.protocol === "blob:" || u === "about:blank") return true;
  const h = url.hostname;
  return h === "127.0.0.1" || h === "localhost" || h === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

const userDataDir = await mkdtemp(path.join(tmpdir(), "actorgraph-chromium-"));
const offending = [];
const pageErrors = [];
let passed = 0;
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e.message).split("\n").join("\n     ")}`);
  }
}

let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      // A second cut-off beneath the route: no name but the loopback's
      // resolves, so nothing can leave the machine even past the route.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ],
    timeout: 60_000,
  });
} catch (e) {
  console.error(`page: cannot start ${executablePath}: ${e.message}`);
  await rm(userDataDir, { recursive: true, force: true });
  process.exit(1);
}

try {
  // Everything the browser context asks for (pages, workers, service
  // workers) goes through this route.
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (loopback(u)) return route.continue();
    offending.push(`${route.request().method()} ${u} (${route.request().resourceType()})`);
    return route.abort("internetdisconnected");
  });
  context.on("weberror", (e) => pageErrors.push(e.error().message));

  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(`console: ${m.text()}`);
  });
  page.setDefaultTimeout(20_000);

  const result = page.locator("pre#result");
  async function runAndWait(how) {
    await how();
    await page.waitForFunction(() => {
      const s = document.getElementById("result").dataset.state;
      return s === "done" || s === "error";
    });
    return { state: await result.getAttribute("data-state"), text: await result.textContent() };
  }

  await check(`the page at ${base.href} loads offline`, async () => {
    const resp = await page.goto(base.href, { waitUntil: "load" });
    if (!resp || resp.status() !== 200) throw new Error(`HTTP ${resp?.status()}`);
    for (const id of ["query", "variables", "operation", "token", "run", "status", "result"]) {
      if ((await page.locator(`#${id}`).count()) !== 1) throw new Error(`no element #${id}`);
    }
    const state = await result.getAttribute("data-state");
    if (state !== "idle") throw new Error(`#result starts in state ${state}, want idle`);
  });

  await check("typing a query and clicking Run shows its data", async () => {
    await page.locator("#query").fill("");
    await page.locator("#query").pressSequentially('{ actor(name: "Mali") { id name kind relations(first: 3) { totalCount } } }', { delay: 2 });
    const r = await runAndWait(() => page.locator("#run").click());
    if (r.state !== "done") throw new Error(`state ${r.state}, result:\n${r.text}`);
    const doc = JSON.parse(r.text);
    if (doc.data?.actor?.id !== "mali" || !r.text.includes('"mali"')) throw new Error(`no Mali in the result:\n${r.text}`);
    if (!(doc.data.actor.relations.totalCount > 0)) throw new Error(`Mali has no relations:\n${r.text}`);
  });

  await check("a query the server refuses shows the error", async () => {
    await page.locator("#query").fill("{ actors(first: 1000000) { totalCount } }");
    const r = await runAndWait(() => page.locator("#run").click());
    if (r.state !== "error") throw new Error(`state ${r.state}, want error; result:\n${r.text}`);
    if (!/first/.test(r.text)) throw new Error(`the error does not say what is wrong:\n${r.text}`);
  });

  await check("Ctrl-Enter runs a query with variables and an operation name", async () => {
    await page.locator("#query").fill("query Stats { stats { actors } }\nquery Who($id: ID!) { actor(id: $id) { id name } }");
    await page.locator("#variables").fill('{"id": "mali"}');
    await page.locator("#operation").fill("Who");
    const r = await runAndWait(() => page.locator("#query").press("Control+Enter"));
    if (r.state !== "done" || !r.text.includes('"mali"')) throw new Error(`state ${r.state}, result:\n${r.text}`);
  });

  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`     screenshot in ${screenshot}`);
  }

  await check("the page asked for nothing beyond the loopback", async () => {
    if (offending.length > 0) throw new Error(`requests to the outside (aborted):\n${offending.join("\n")}`);
  });
  await check("the page raised no script error", async () => {
    if (pageErrors.length > 0) throw new Error(pageErrors.join("\n"));
  });
  // The guard itself: a request to the outside is seen and aborted (the
  // .invalid name resolves nowhere, so nothing leaves even if it failed).
  // Tried from a blank page: the query page's CSP would stop it first.
  await check("the guard sees and aborts a request to the outside", async () => {
    const probe = "http://actorgraph-offline-probe.invalid/";
    const blank = await context.newPage();
    const outcome = await blank.goto(probe).then(() => "reached", (e) => `blocked (${e.message.split("\n")[0]})`);
    await blank.close();
    if (!outcome.startsWith("blocked")) throw new Error(`${probe} was ${outcome}`);
    if (!offending.some((o) => o.includes(probe))) throw new Error(`the route did not see ${probe}`);
  });
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
console.log(`page: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
