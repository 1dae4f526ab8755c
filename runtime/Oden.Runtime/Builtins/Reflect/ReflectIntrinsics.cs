// The Reflect namespace object and its global binding (a part of Intrinsics).
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _reflect;

    /// <summary>%Reflect%.</summary>
    public JsObject Reflect => _reflect ??= CreateNamespace(ReflectObject.DefineProperties);

    [JsGlobal("Reflect")] private JsValue ReflectBinding => Reflect;
}
