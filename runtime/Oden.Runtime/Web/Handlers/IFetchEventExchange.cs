// IFetchEventExchange: what a FetchEvent-style or module-worker handler decides about one request. The host
// implements it over HttpContext. Every member is called on the realm's thread. The first of Respond /
// Fail / PassThrough decides; Respond receives the Response and starts sending it (status and headers,
// then its body via JsResponse.CopyBodyToAsync, which must start on the realm's thread).
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public interface IFetchEventExchange
{
    /// <summary>respondWith's (or a module worker's returned) Response.</summary>
    void Respond(JsResponse response);

    /// <summary>A throw or rejection without passThroughOnException: the host answers 500.</summary>
    void Fail(JsValue error);

    /// <summary>No response (or an error after passThroughOnException): the next middleware handles the request.</summary>
    void PassThrough();

    /// <summary>waitUntil(promise): the host keeps the handler version alive until it settles (bounded).</summary>
    void WaitUntil(JsPromise promise);

    /// <summary>Whether the host already answered or abandoned the request.</summary>
    bool IsClosed { get; }
}
