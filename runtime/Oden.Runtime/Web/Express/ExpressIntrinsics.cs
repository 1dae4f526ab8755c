// The Express prototypes of a realm, created on first touch like every other intrinsic.
using Oden.Runtime.Web;

namespace Oden.Runtime;

public sealed partial class Intrinsics
{
    private JsObject? _expressRequestPrototype;
    private JsObject? _expressResponsePrototype;

    /// <summary>The prototype of Express `req` objects (get/header, is, text, json, arrayBuffer).</summary>
    public JsObject ExpressRequestPrototype => _expressRequestPrototype ??= CreateNamespace(Web.ExpressRequestPrototype.DefineProperties);

    /// <summary>The prototype of Express `res` objects.</summary>
    public JsObject ExpressResponsePrototype => _expressResponsePrototype ??= CreateNamespace(Web.ExpressResponsePrototype.DefineProperties);
}

public sealed partial class Intrinsics
{
    private JsObject? _fetchEventPrototype;
    private JsObject? _executionContextPrototype;

    /// <summary>The prototype of FetchEvent objects (respondWith, waitUntil, passThroughOnException).</summary>
    public JsObject FetchEventPrototype => _fetchEventPrototype ??= CreateNamespace(Web.FetchEventPrototype.DefineProperties);

    /// <summary>The prototype of a module worker's ctx (waitUntil, passThroughOnException).</summary>
    public JsObject ExecutionContextPrototype => _executionContextPrototype ??= CreateNamespace(Web.ExecutionContextPrototype.DefineProperties);
}
