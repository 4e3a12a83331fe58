/// <reference path="../pb_data/types.d.ts" />
// The phone rule is shared with the app (backend/data/rules, pb_hooks/shared_rules.js): 10-13 digits
// counted with the leading 0, so +628 and 8-11 more digits. The column's pattern wanted at least 9 more
// and so refused 0812345678 (10 digits), which the app accepts. It now takes every number either rule
// ever let through (up to 12 more, as the old route did: bookings made before stay savable); the routes
// decide what is new.
migrate((app) => {
  const bookings = app.findCollectionByNameOrId("bookings")
  bookings.fields.getByName("phone").pattern = "^\\+628[0-9]{8,12}$"
  app.save(bookings)
}, (app) => {
  const bookings = app.findCollectionByNameOrId("bookings")
  bookings.fields.getByName("phone").pattern = "^\\+628[0-9]{9,12}$"
  app.save(bookings)
})
