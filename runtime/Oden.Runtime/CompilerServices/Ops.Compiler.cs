// Operations the compiler's lowering and code generator need beyond the core Ops: TDZ markers,
// computed-key conversion, global delete, object-literal __proto__ and the budget check at loop
// back-edges. Owned by the compiler (see docs/architecture.md); every member is called
// from generated IL only.
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    /// <summary>
    /// The value a let/const/class binding holds before its declaration runs (its temporal dead zone).
    /// It is the array-hole marker, which no JavaScript-visible binding can otherwise hold.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue Uninitialized => JsValue.Hole;

    /// <summary>True when a binding is still in its TDZ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUninitialized(JsValue value) => ReferenceEquals(value._ref, JsValue.HoleTag);

    /// <summary>ToPropertyKey as a primitive value (string, symbol, or an index number), for a computed key used twice.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue ToPropertyKeyValue(Realm realm, JsValue key)
    {
        if (key.IsNumber || key.IsString || key.IsSymbol) return key;
        return Operations.ToPropertyKey(realm, key).ToJsValue();
    }

    /// <summary><c>delete x</c> for an unresolved identifier in sloppy code: deletes the global object's property.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static bool DeleteGlobal(Realm realm, PropertySite site) => realm.GlobalObject.Delete(site.Key);

    /// <summary>
    /// <c>{ __proto__: v }</c>: sets the new object's prototype when v is an object or null, and does
    /// nothing otherwise (https://tc39.es/ecma262/#sec-__proto__-property-names-in-object-initializers).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SetLiteralPrototype(JsObject o, JsValue value)
    {
        if (value.IsNull) o.SetPrototypeOf(null);
        else if (value._ref is JsObject proto) o.SetPrototypeOf(proto);
    }

    /// <summary>A loop back-edge: spend budget; the host's interrupt request stops the script here.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void BackEdge(Realm realm)
    {
        if ((realm.Budget -= Realm.BackEdgeCost) < 0) realm.OnBudgetExhausted();
    }

    /// <summary>
    /// SetFunctionName for a method or function value under a computed key in an object literal:
    /// `{ [k]() {} }` is named ToString(k), a symbol key gives "[description]", and accessors get a
    /// "get "/"set " prefix (https://tc39.es/ecma262/#sec-setfunctionname).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SetFunctionName(JsValue function, JsValue key, string? prefix)
    {
        if (function._ref is not JsClosure closure) return;
        string name;
        if (key._ref is JsSymbol symbol) name = symbol.Description is null ? "" : "[" + symbol.Description + "]";
        else if (key.IsNumber) name = NumberFormatting.ToString(key._num);
        else name = key.IsString ? key.AsString() : "";
        if (prefix is not null) name = prefix + " " + name;
        closure.DefineDataProperty("name", name, PropertyFlags.Configurable);
    }

    /// <summary>The object of a value the compiler knows is an object (a known function's closure), for a direct call.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsObject KnownObject(JsValue value) => (JsObject)value._ref!;

    /// <summary>
    /// A call used as an assignment target (`f() = v`, `f()++`, `for (f() in o)`): sloppy scripts may
    /// contain it (web compatibility), and evaluating it throws after the call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static JsValue ThrowInvalidAssignmentTarget(Realm realm) =>
        throw realm.ReferenceError("Invalid left-hand side in assignment");
}
