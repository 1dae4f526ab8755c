// The module-worker form: export fetch(request, env, ctx) returning a Response. env is the host's
// configured environment map (frozen); ctx.waitUntil lets work outlive the response.
module.exports = {
  fetch: function (request, env, ctx) {
    var url = new URL(request.url);
    ctx.waitUntil(new Promise(function (resolve) {
      setTimeout(function () { console.log('logged after the response: ' + url.pathname); resolve(); }, 10);
    }));
    return Response.json({
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      region: env.REGION || 'none'
    });
  },
  options: { fetch: false }
};
