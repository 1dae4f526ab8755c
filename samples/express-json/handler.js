// A small JSON API: GET /items lists, POST /items adds (the JSON body is parsed into req.body),
// GET /items/:n returns one. Module state lives per realm, so each realm keeps its own list.
var items = [{ id: 1, name: 'first' }];

registerExpressHandler(function (ctx) {
  var req = ctx.req, res = ctx.res;
  if (req.path === '/items' && req.method === 'GET') {
    return res.json({ items: items, count: items.length });
  }
  if (req.path === '/items' && req.method === 'POST') {
    if (!req.body || typeof req.body.name !== 'string') {
      return res.status(400).json({ error: 'name is required' });
    }
    var item = { id: items.length + 1, name: req.body.name };
    items.push(item);
    return res.status(201).location('/items/' + item.id).json(item);
  }
  var m = /^\/items\/(\d+)$/.exec(req.path);
  if (m) {
    var found = items.filter(function (i) { return i.id === Number(m[1]); })[0];
    return found ? res.json(found) : res.status(404).json({ error: 'not found' });
  }
  res.sendStatus(404);
});
