/// <reference path="../pb_data/types.d.ts" />
// The problem and node ids of the content (backend/data/flow_ids.json, generated from content/ and kept
// true by tests/flow_ids.rs): which events may be stored, which steps can be "what fixed it", and the
// graph the funnel counts along.

const { sharedDataDir } = require(`${__hooks}/constants.js`)

function table() {
  const text = $app.store().getOrSet("booking:flow_ids", () =>
    toString($os.readFile(sharedDataDir() + "/flow_ids.json")))
  return JSON.parse(text).problems
}

// {start, nodes: [{id, kind, next: {answer: node}, outcome?}]} or null
function problem(id, t) {
  if (typeof id !== "string") return null
  const all = t || table()
  return Object.prototype.hasOwnProperty.call(all, id) ? all[id] : null
}

function node(p, id) {
  if (!p || typeof id !== "string") return null
  for (const n of p.nodes) if (n.id === id) return n
  return null
}

// the answers an event at this node may carry
function answers(n) {
  if (n.kind === "outcome") return n.outcome === "in_person" ? ["end", "booked"] : ["end"]
  return Object.keys(n.next)
}

// the step ids of a problem: the choices for "what fixed it" (plus "other")
function steps(id) {
  const p = problem(id)
  return p ? p.nodes.filter((n) => n.kind === "step").map((n) => n.id) : []
}

module.exports = { table, problem, node, answers, steps }
