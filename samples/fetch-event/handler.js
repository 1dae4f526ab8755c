// FetchEvent style: answer /hello, echo POST bodies back as they stream in, let everything else fall
// through to the next middleware (the server's 404 under odenc serve).
registerEventHandler(function (event) {
  var url = new URL(event.request.url);
  if (url.pathname === '/hello') {
    event.respondWith(new Response('Hello from a FetchEvent handler!\n', {
      headers: { 'content-type': 'text/plain; charset=utf-8' }
    }));
  } else if (url.pathname === '/echo' && event.request.method === 'POST') {
    // The request body streams from the client straight back into the response.
    event.respondWith(new Response(event.request.body, {
      headers: { 'content-type': event.request.headers.get('content-type') || 'application/octet-stream' }
    }));
  }
  // No respondWith: the request falls through.
});
