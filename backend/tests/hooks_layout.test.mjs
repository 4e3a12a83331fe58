// The hooks' layout as docs/architecture.md ("The booking store") lists it: every module is listed, each
// imports by name only modules listed above it (so no circle), and no hook file is over 500 lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BACKEND_DIR } from "./helpers.mjs";

const HOOKS = join(BACKEND_DIR, "pb_hooks");

// the module names of the code block under "## The booking store", in order
function documentedOrder() {
  const doc = readFileSync(join(BACKEND_DIR, "../docs/architecture.md"), "utf8");
  const section = doc.slice(doc.indexOf("## The booking store"));
  const block = section.slice(section.indexOf("```") + 3, section.indexOf("```", section.indexOf("```") + 3));
  return block.split("\n").map((l) => l.trim().split(/\s+/)[0]).filter((n) => n.endsWith(".js"));
}

const imports = (text) => [...text.matchAll(/require\(`\$\{__hooks\}\/([a-z_]+\.js)`\)/g)].map((m) => m[1]);

test("every hook module is in architecture.md and imports only modules listed above it (no circle)", () => {
  const order = documentedOrder();
  const modules = readdirSync(HOOKS).filter((f) => f.endsWith(".js") && !f.endsWith(".pb.js")).sort();
  assert.deepEqual([...order].sort(), modules, "architecture.md lists exactly the modules in pb_hooks/");
  for (const [i, name] of order.entries()) {
    const text = readFileSync(join(HOOKS, name), "utf8");
    for (const dep of imports(text)) {
      const at = order.indexOf(dep);
      assert.ok(at >= 0 && at < i, `${name} imports ${dep}, which is not listed above it`);
    }
    assert.doesNotMatch(text, /const [A-Za-z]\s*=\s*\(\)\s*=>\s*require/, `${name}: a one-letter require alias`);
  }
  const routes = readFileSync(join(HOOKS, "booking.pb.js"), "utf8");
  for (const dep of imports(routes)) assert.ok(order.includes(dep), `booking.pb.js requires ${dep}, which is not listed`);
});

test("no hook file is over 500 lines", () => {
  for (const f of readdirSync(HOOKS).filter((f) => f.endsWith(".js"))) {
    const lines = readFileSync(join(HOOKS, f), "utf8").split("\n").length;
    assert.ok(lines <= 500, `${f}: ${lines} lines`);
  }
});
