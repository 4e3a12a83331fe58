/// <reference path="../pb_data/types.d.ts" />
// Bookable help points: a help point takes bookings only when its street address comes
// from a checkable source (backend/data/offices.json `bookable`). A point that is not bookable stays
// listed, with the reason as a stable code the apps put into words.
migrate((app) => {
  const offices = app.findCollectionByNameOrId("offices")
  offices.fields.add(new BoolField({ name: "bookable" }))
  offices.fields.add(new SelectField({
    name: "not_bookable_reason",
    maxSelect: 1,
    // no_address: no street address in a source that can be checked; address_unconfirmed: only an
    // unconfirmed lead; address_outdated: the address is old and the office may have moved
    values: ["no_address", "address_unconfirmed", "address_outdated"],
  }))
  app.save(offices)
  // rows from before this migration all took bookings; the next start re-reads offices.json
  app.db().newQuery("UPDATE offices SET bookable = TRUE").execute()
}, (app) => {
  const offices = app.findCollectionByNameOrId("offices")
  for (const f of ["bookable", "not_bookable_reason"]) offices.fields.removeByName(f)
  app.save(offices)
})
