// An Express-like router: routes with :params (optionally constrained by a regex, optional with ?),
// wildcards, per-method tables, middleware chains with next() and next(err), error handlers, mounted
// sub-routers with prefixes, query-string parsing with repeated keys, and 404/405 answers.
function compilePath(path) {
  var keys = [];
  var source = path.replace(/\/:(\w+)(\([^)]+\))?(\?)?|\*/g, function (m, name, constraint, optional) {
    if (m === '*') { keys.push('wild'); return '(.*)'; }
    keys.push(name);
    var group = '(' + (constraint ? constraint.slice(1, -1) : '[^/]+') + ')';
    return optional ? '(?:/' + group + ')?' : '/' + group;
  });
  return { re: new RegExp('^' + source + '/?$', 'i'), keys: keys };
}

function parseQuery(qs) {
  var out = {};
  if (!qs) return out;
  qs.split('&').forEach(function (pair) {
    if (!pair) return;
    var i = pair.indexOf('=');
    var k = decodeURIComponent((i < 0 ? pair : pair.slice(0, i)).replace(/\+/g, ' '));
    var v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, ' '));
    if (Object.prototype.hasOwnProperty.call(out, k)) out[k] = [].concat(out[k], v);
    else out[k] = v;
  });
  return out;
}

function Router() {
  this.stack = [];
}
Router.prototype.use = function (prefix, handler) {
  if (typeof prefix === 'function') { handler = prefix; prefix = ''; }
  this.stack.push({ kind: 'use', prefix: prefix.replace(/\/$/, ''), handler: handler });
  return this;
};
['get', 'post', 'put', 'delete'].forEach(function (method) {
  Router.prototype[method] = function (path) {
    var handlers = Array.prototype.slice.call(arguments, 1);
    var compiled = compilePath(path);
    this.stack.push({ kind: 'route', method: method.toUpperCase(), path: path, re: compiled.re, keys: compiled.keys, handlers: handlers });
    return this;
  };
});
Router.prototype.handle = function (req, res, done) {
  var stack = this.stack, index = 0, self = this;
  var allowed = [];
  function next(err) {
    var layer = stack[index++];
    if (!layer) return done(err, allowed);
    if (layer.kind === 'use') {
      if (layer.prefix && req.path.toLowerCase().indexOf(layer.prefix.toLowerCase()) !== 0) return next(err);
      var isErrorHandler = layer.handler.length === 4;
      if (err && !isErrorHandler) return next(err);
      if (!err && isErrorHandler) return next();
      if (layer.handler instanceof Router) {
        var savedPath = req.path;
        req.path = req.path.slice(layer.prefix.length) || '/';
        return layer.handler.handle(req, res, function (e, subAllowed) {
          req.path = savedPath;
          allowed = allowed.concat(subAllowed);
          next(e);
        });
      }
      try { return isErrorHandler ? layer.handler(err, req, res, next) : layer.handler(req, res, next); } catch (e) { return next(e); }
    }
    if (err) return next(err);
    var m = layer.re.exec(req.path);
    if (!m) return next();
    if (layer.method !== req.method) { allowed.push(layer.method); return next(); }
    req.params = {};
    layer.keys.forEach(function (k, i) { if (m[i + 1] !== undefined) req.params[k] = decodeURIComponent(m[i + 1]); });
    var h = 0;
    (function step(e) {
      if (e) return next(e);
      var handler = layer.handlers[h++];
      if (!handler) return next();
      try { handler(req, res, step); } catch (ex) { next(ex); }
    })();
  }
  next();
};

function Response(log) { this.log = log; this.headers = {}; this.statusCode = 200; }
Response.prototype.status = function (code) { this.statusCode = code; return this; };
Response.prototype.set = function (k, v) { this.headers[k.toLowerCase()] = v; return this; };
Response.prototype.send = function (body) {
  this.sent = true;
  var h = Object.keys(this.headers).sort().map(function (k) { return k + '=' + this.headers[k]; }, this).join(';');
  this.log.push(this.statusCode + ' ' + (typeof body === 'object' ? JSON.stringify(body) : body) + (h ? ' [' + h + ']' : ''));
};

var users = { 1: { id: 1, name: 'ada' }, 2: { id: 2, name: 'grace' } };
var api = new Router();
api.use(function (req, res, next) { res.set('X-Api', 'v1'); next(); });
api.get('/users', function (req, res) { var list = Object.keys(users).map(function (k) { return users[k]; }); if (req.query.sort === 'desc') list.reverse(); res.send(list.slice(0, +(req.query.limit || 10))); });
api.get('/users/:id(\\d+)', function (req, res, next) { var u = users[req.params.id]; if (!u) return next(); res.send(u); });
api.post('/users', function (req, res) { var id = Object.keys(users).length + 1; users[id] = { id: id, name: req.body.name }; res.status(201).send(users[id]); });
api.delete('/users/:id', function (req, res) { if (!(req.params.id in users)) throw new RangeError('no user ' + req.params.id); delete users[req.params.id]; res.status(204).send(''); });
api.get('/files/*', function (req, res) { res.send('file ' + req.params.wild); });
api.get('/posts/:year(\\d{4})/:slug?', function (req, res) { res.send(req.params); });

var app = new Router();
var timeline = [];
app.use(function (req, res, next) { timeline.push('log ' + req.method + ' ' + req.path); next(); });
app.get('/', function (req, res) { res.send('home'); });
app.get('/auth', function (req, res, next) { if (req.query.token !== 'secret') return next(new Error('unauthorized')); next(); }, function (req, res) { res.send('welcome'); });
app.get('/boom', function () { null.crash; });
app.use('/api', api);
app.use(function (err, req, res, next) { res.status(err.message === 'unauthorized' ? 401 : 500).send({ error: err.constructor.name, message: err instanceof TypeError ? '(engine message)' : err.message }); });

function request(method, url, body) {
  var q = url.indexOf('?');
  var req = { method: method, path: q < 0 ? url : url.slice(0, q), query: parseQuery(q < 0 ? '' : url.slice(q + 1)), body: body };
  var log = [];
  var res = new Response(log);
  app.handle(req, res, function (err, allowed) {
    if (res.sent) return;
    if (err) res.status(500).send('unhandled ' + err.name);
    else if (allowed.length) res.status(405).set('Allow', allowed.filter(function (m, i) { return allowed.indexOf(m) === i; }).join(',')).send('method not allowed');
    else res.status(404).send('not found: ' + req.path);
  });
  console.log(method + ' ' + url + ' -> ' + log.join(' | '));
}

request('GET', '/');
request('GET', '/api/users?limit=1');
request('GET', '/api/users?sort=desc&x=1&x=2');
request('GET', '/API/Users/2');
request('GET', '/api/users/abc');
request('GET', '/api/users/99');
request('POST', '/api/users', { name: 'linus' });
request('GET', '/api/users/3/');
request('DELETE', '/api/users/3');
request('DELETE', '/api/users/3');
request('PUT', '/api/users/1');
request('GET', '/api/files/a/b%20c.txt');
request('GET', '/api/posts/2024');
request('GET', '/api/posts/2024/hello%2Dworld');
request('GET', '/api/posts/24/x');
request('GET', '/auth?token=wrong');
request('GET', '/auth?token=secret');
request('GET', '/boom');
request('GET', '/nowhere?a=%E2%9C%93&b=+plus+');
console.log(JSON.stringify(parseQuery('a=1&a=2&a=3&b=&c&d=%20x')));
console.log(timeline.length, timeline[0], timeline[timeline.length - 1]);
