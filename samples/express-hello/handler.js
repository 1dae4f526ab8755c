// The smallest Express-style handler: every request gets "Hello, world!".
registerExpressHandler(function (ctx) {
  ctx.res.send('Hello, world!');
});
