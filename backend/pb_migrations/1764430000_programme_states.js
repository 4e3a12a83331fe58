/// <reference path="../pb_data/types.d.ts" />
// The programme's state (issue 17): whether Kartu Prakerja registration is open, closed or not
// known, with its source and the day it was checked. Province staff record a new state at the desk;
// rows are never edited or deleted, so the list is the log of every change, with who and when. The
// newest row is what the served settings.json carries (`programme`, with the start screen's line).
// The record's rules (wave numbers, real dates, a source with its publisher) are decided by the app
// (`domain::common::programme::Programme::check`): the desk checks before sending, and a browser
// that reads a record breaking them shows "not known". The store keeps the shape and the sizes safe.
migrate((app) => {
  const staff = app.findCollectionByNameOrId("staff")
  const province = '@request.auth.collectionName = "staff" && @request.auth.role = "province" && @request.auth.disabled = false'
  const states = new Collection({
    type: "base",
    name: "programme_states",
    listRule: province, viewRule: province, createRule: province, updateRule: null, deleteRule: null,
    fields: [
      { name: "record", type: "json", required: true, maxSize: 4000 },
      { name: "line_id", type: "text", required: true, min: 5, max: 200 },
      { name: "line_en", type: "text", required: true, min: 5, max: 200 },
      { name: "created_by", type: "relation", collectionId: staff.id, maxSelect: 1, cascadeDelete: false },
      { name: "created", type: "autodate", onCreate: true },
    ],
    indexes: ["CREATE INDEX idx_programme_states_created ON programme_states (created)"],
  })
  app.save(states)
}, (app) => {
  app.delete(app.findCollectionByNameOrId("programme_states"))
})
