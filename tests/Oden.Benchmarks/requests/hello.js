// The request-path benchmark's smallest handler (same bytes as the C# one).
registerExpressHandler(function (ctx) {
  ctx.res.send('Hello, world!');
});
