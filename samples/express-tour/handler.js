// Many req/res members in one handler: query, headers, cookies, body, status, headers, cookies, redirect,
// streaming with res.write, and next() to fall through.
registerExpressHandler(function (ctx) {
  var req = ctx.req, res = ctx.res, next = ctx.next;
  switch (req.path) {
    case '/echo':
      return res.json({
        method: req.method, path: req.path, query: req.query, agent: req.get('user-agent'),
        cookies: req.cookies, body: req.body, json: req.is('json'), ip: req.ip, protocol: req.protocol
      });
    case '/login':
      res.cookie('session', 'abc123', { httpOnly: true, sameSite: 'lax', maxAge: 3600000 });
      return res.redirect('/echo?welcome=1');
    case '/logout':
      res.clearCookie('session');
      return res.sendStatus(204);
    case '/stream':
      // The handler's promise settles when the stream ends (a handler that settles without having
      // sent anything gets 204).
      res.type('text').set('X-Accel-Buffering', 'no');
      return new Promise(function (resolve) {
        var n = 0;
        var timer = setInterval(function () {
          n++;
          res.write('tick ' + n + '\n');
          if (n === 3) { clearInterval(timer); res.end('done\n'); resolve(); }
        }, 100);
      });
    case '/text':
      return req.text().then(function (t) { res.type('text').send('you sent ' + t.length + ' characters'); });
    default:
      next();
  }
});
