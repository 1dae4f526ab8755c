// The JSON benchmark handler (same bytes as Baseline's json).
registerExpressHandler(function (ctx) {
  ctx.res.json({ message: 'Hello, world!', items: [1, 2, 3], ok: true, path: ctx.req.path });
});
