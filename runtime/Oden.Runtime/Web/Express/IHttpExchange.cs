// IHttpExchange: what the Express req/res objects read from and write to. The runtime references only the
// BCL, so the host implements this over HttpContext (host/Oden.Hosting/Bridging/HttpContextExchange.cs).
//
// Threading contract: every member is called on the realm's thread while the request waits for the
// handler, except ReadBodyAsync's task, which completes anywhere (the caller posts back to the realm).
// The response members describe the response as data (status, header pairs, body bytes): the host writes
// them to the socket from the request's own async flow, so script code never blocks on network I/O.
// The first of StartResponse / PassToNext / Fail decides the request's fate; later calls are ignored by
// the host (HandlerSettled after any of them means nothing).
namespace Oden.Runtime.Web;

/// <summary>One HTTP request/response as the Express-style objects see it.</summary>
public interface IHttpExchange
{
    /// <summary>The request method, upper-case as received ("GET").</summary>
    string Method { get; }

    /// <summary>"http" or "https".</summary>
    string Scheme { get; }

    /// <summary>The Host header (host and optional port), "" when absent.</summary>
    string Host { get; }

    /// <summary>The mount path of the handler (app.Map("/api") → "/api"), "" at the root; not escaped.</summary>
    string PathBase { get; }

    /// <summary>The request target as received (path and query, still escaped), including the mount path.</summary>
    string RawTarget { get; }

    /// <summary>The client's address ("127.0.0.1"), null when unknown.</summary>
    string? RemoteAddress { get; }

    /// <summary>The request headers as received, one pair per value (names in any case).</summary>
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; }

    /// <summary>Whether the request has a body (Content-Length above zero or a Transfer-Encoding).</summary>
    bool HasBody { get; }

    /// <summary>The body, when the host read it before dispatch (JSON and urlencoded bodies within the limit).</summary>
    byte[]? BufferedBody { get; }

    /// <summary>Reads the whole body, bounded by the host's size limit (a too-large body faults the task).</summary>
    Task<byte[]> ReadBodyAsync();

    /// <summary>Starts the response with its status, headers and first body bytes; <paramref name="complete"/> ends it.</summary>
    void StartResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, bool complete);

    /// <summary>Writes more body bytes of a started response (res.write).</summary>
    void WriteBody(ReadOnlyMemory<byte> chunk);

    /// <summary>
    /// Body bytes handed over (StartResponse, WriteBody) that are not yet flushed to the client: res.write
    /// compares it with its high-water mark, as node's writable side does with its buffer. Any thread.
    /// </summary>
    long UnflushedBytes { get; }

    /// <summary>Completes when UnflushedBytes is zero (or the exchange ended). Any thread.</summary>
    Task WhenFlushed();

    /// <summary>
    /// Completes when the request is over, from any thread: true when the client went away (or the connection
    /// was aborted) before the response was complete, false when the response was complete.
    /// </summary>
    Task<bool> Completion { get; }

    /// <summary>Ends a started response (res.end after res.write).</summary>
    void EndResponse();

    /// <summary>next(): the request goes on to the next middleware.</summary>
    void PassToNext();

    /// <summary>next(err), or a throw or rejection out of the handler.</summary>
    void Fail(JsValue error);

    /// <summary>The handler's returned value or promise settled without error.</summary>
    void HandlerSettled();

    /// <summary>Whether the host already answered or abandoned the request (time budget, client gone).</summary>
    bool IsClosed { get; }
}
