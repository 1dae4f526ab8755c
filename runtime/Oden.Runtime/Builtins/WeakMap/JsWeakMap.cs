// JsWeakMap / JsWeakSet: the [[WeakMapData]] and [[WeakSetData]] are ConditionalWeakTables keyed by the key's
// reference (a JsObject or an unregistered JsSymbol), so an entry never keeps its key alive, and a value
// that refers back to its key does not either (the table's entries are ephemerons).
using System.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

public sealed class JsWeakMap : JsObject
{
    internal JsWeakMap(JsObject prototype)
        : base(prototype)
    {
    }

    /// <summary>[[WeakMapData]].</summary>
    internal ConditionalWeakTable<object, StrongBox<JsValue>> WeakMapData { get; } = new();

    public override string ClassName => "WeakMap";

    /// <see href="https://tc39.es/ecma262/#sec-canbeheldweakly"/>
    internal static bool CanBeHeldWeakly(JsValue v) =>
        // 1. If v is an Object, return true.
        // 2. If v is a Symbol and KeyForSymbol(v) is undefined, return true.
        // 3. Return false.
        v._ref is JsObject || (v._ref is JsSymbol symbol && symbol.RegistryKey is null);
}

public sealed class JsWeakSet : JsObject
{
    private static readonly object s_present = new();

    internal JsWeakSet(JsObject prototype)
        : base(prototype)
    {
    }

    /// <summary>[[WeakSetData]]: the elements are the keys; every value is the same marker.</summary>
    internal ConditionalWeakTable<object, object> WeakSetData { get; } = new();

    internal static object Present => s_present;

    public override string ClassName => "WeakSet";
}
