/// <reference path="../pb_data/types.d.ts" />
// One row of a SQL query, read into the given shape (a DynamicModel's field types), or null.

function firstRow(app, sql, params, shape) {
  const rows = arrayOf(new DynamicModel(shape))
  app.db().newQuery(sql).bind(params).all(rows)
  return rows.length ? rows[0] : null
}

module.exports = { firstRow }
