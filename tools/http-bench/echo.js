// The echo benchmark handler: the POST body streams back as the response (same bytes as Baseline's echo).
registerEventHandler(function (event) {
  event.respondWith(new Response(event.request.body, {
    headers: { 'content-type': event.request.headers.get('content-type') || 'application/octet-stream' }
  }));
});
