// The request-path benchmark handler: parse the query and the JSON body, transform, respond with JSON.
// RequestPath.cs runs the same logic as a hand-written C# middleware beside it.
registerExpressHandler(function (ctx) {
  var req = ctx.req, res = ctx.res;
  var limit = Number(req.query.limit || 10);
  var items = req.body.items
    .filter(function (item) { return item.qty > 0; })
    .slice(0, limit)
    .map(function (item) { return { id: item.id, total: item.qty * item.price }; });
  var sum = 0;
  for (var i = 0; i < items.length; i++) sum += items[i].total;
  res.json({ user: req.query.user, count: items.length, sum: sum, items: items });
});
