// The Proxy constructor and its global binding (a part of Intrinsics). %Proxy% has no "prototype".
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsFunction? _proxyConstructor;

    /// <summary>%Proxy%.</summary>
    public JsFunction ProxyConstructor
    {
        get
        {
            if (_proxyConstructor is null)
            {
                _proxyConstructor = Builtins.ProxyConstructor.CreateConstructor(_realm);
                Builtins.ProxyConstructor.DefineProperties(_realm, _proxyConstructor);
            }

            return _proxyConstructor;
        }
    }

    [JsGlobal("Proxy")] private JsValue ProxyBinding => ProxyConstructor;
}
