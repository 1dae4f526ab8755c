// The hello benchmark handler (same bytes as Baseline's hello).
registerExpressHandler(function (ctx) {
  ctx.res.send('Hello, world!');
});
