// The request-path benchmark's FetchEvent handler: the POST body streams back (same bytes as the C# one).
registerEventHandler(function (event) {
  event.respondWith(new Response(event.request.body, {
    headers: { 'content-type': event.request.headers.get('content-type') || 'application/octet-stream' }
  }));
});
