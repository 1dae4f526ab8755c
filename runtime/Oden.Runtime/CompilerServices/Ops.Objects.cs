// Object and array creation for literals, accessor definition, and for-in enumeration.
using System.Runtime.CompilerServices;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    /// <summary>{}</summary>
    public static JsObject NewObject(Realm realm) => new(realm.Intrinsics.ObjectPrototype);

    /// <summary>
    /// An object literal whose keys the compiler knows: the shape is built once (a static field of the
    /// generated assembly) and the values are stored with <see cref="InitSlot"/> in slot order.
    /// </summary>
    public static JsObject NewObjectWithShape(Realm realm, Shape shape) => new(realm.Intrinsics.ObjectPrototype, shape);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void InitSlot(JsObject o, int slot, JsValue value) => o._slots[slot] = value;

    /// <summary>The empty ordinary shape plus the given data keys (for a literal's static shape).</summary>
    public static Shape ShapeOf(string[] keys)
    {
        Shape s = Shape.Empty;
        foreach (string k in keys) s = s.AddProperty(PropertyKey.FromString(k), PropertyFlags.Default);
        return s;
    }

    /// <summary>A literal property with a computed or index key: CreateDataPropertyOrThrow.</summary>
    public static void DefineDataProperty(Realm realm, JsObject o, JsValue key, JsValue value) =>
        o.DefineDataProperty(Operations.ToPropertyKey(realm, key), value);

    /// <summary>A literal property with a static key (after a computed one, or a duplicate).</summary>
    public static void DefineNamedDataProperty(JsObject o, string key, JsValue value) =>
        o.DefineDataProperty(PropertyKey.FromString(key), value);

    /// <summary>get/set in an object literal: merges with an existing accessor of the same key.</summary>
    public static void DefineAccessor(Realm realm, JsObject o, JsValue key, JsValue getter, JsValue setter) =>
        DefineAccessorProperty(realm, o, key, getter, setter, enumerable: true);

    /// <summary>
    /// An accessor half of a literal or a class (configurable; enumerable only in literals): a descriptor
    /// with only the given half merges with the other half of an existing accessor.
    /// </summary>
    private static void DefineAccessorProperty(Realm realm, JsObject o, JsValue key, JsValue getter, JsValue setter, bool enumerable)
    {
        PropertyKey pk = Operations.ToPropertyKey(realm, key);
        var desc = new PropertyDescriptor { Enumerable = enumerable, Configurable = true, HasEnumerable = true, HasConfigurable = true };
        if (getter._ref is JsFunction g)
        {
            desc.Get = g;
            desc.HasGet = true;
        }

        if (setter._ref is JsFunction s)
        {
            desc.Set = s;
            desc.HasSet = true;
        }

        Operations.DefinePropertyOrThrow(realm, o, pk, desc);
    }

    /// <summary>[a, , b]: the compiler passes the elements (JsValue.Hole for elisions).</summary>
    public static JsArray NewArray(Realm realm, JsValue[] elements) =>
        new(realm.Intrinsics.ArrayPrototype, elements, elements.Length);

    /// <summary>The unmapped arguments object (strict functions, or non-simple parameter lists).</summary>
    public static JsObject CreateUnmappedArguments(Realm realm, ReadOnlySpan<JsValue> args) =>
        JsArguments.CreateUnmapped(realm, args);

    /// <summary>for (k in value): the keys to visit.</summary>
    public static ForInIterator ForInStart(Realm realm, JsValue value) => new(realm, value);
}

/// <summary>
/// The for-in enumeration: string keys of the object and its prototypes, enumerable ones only, each name
/// once (the nearest object's property decides), integer keys first per object. A key deleted before it is
/// reached is skipped; keys added during the loop are not visited (both allowed by the spec, as in V8).
/// </summary>
public sealed class ForInIterator
{
    private readonly JsObject? _receiver;
    private readonly List<PropertyKey> _keys = [];
    private int _index = -1;

    internal ForInIterator(Realm realm, JsValue value)
    {
        if (value.IsNullish) return;
        _receiver = Operations.ToObject(realm, value);
        var seen = new HashSet<PropertyKey>();
        var own = new List<PropertyKey>();
        for (JsObject? o = _receiver; o is not null; o = o.GetPrototypeOf())
        {
            // A proxy's keys are taken as its ownKeys trap reports them; whether each is enumerable is
            // asked when it is visited (V8's order of traps: ownKeys, getPrototypeOf, then
            // getOwnPropertyDescriptor per key).
            bool isProxy = (o._objectFlags & ObjectFlags.Proxy) != 0;
            _chainHasProxy |= isProxy;
            own.Clear();
            o.OwnPropertyKeys(own);
            foreach (PropertyKey key in own)
            {
                if (key.IsSymbol || !seen.Add(key)) continue;
                if (isProxy || (o.GetOwnProperty(key, out PropertyDescriptor d) && d.Enumerable)) _keys.Add(key);
            }
        }
    }

    private bool _chainHasProxy;

    public JsValue Current { get; private set; }

    public bool MoveNext()
    {
        while (++_index < _keys.Count)
        {
            PropertyKey key = _keys[_index];
            if (_chainHasProxy ? IsStillEnumerable(key) : _receiver!.HasProperty(key))
            {
                Current = key.ToJsValue();
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// With a proxy on the chain, a key is visited when the first object of the chain that has it owns
    /// it as enumerable (a proxy answers through its getOwnPropertyDescriptor trap), as V8 filters.
    /// </summary>
    private bool IsStillEnumerable(in PropertyKey key)
    {
        for (JsObject? o = _receiver; o is not null; o = o.GetPrototypeOf())
        {
            if (o.GetOwnProperty(key, out PropertyDescriptor d))
            {
                return (o._objectFlags & ObjectFlags.Proxy) == 0 || d.Enumerable;
            }
        }

        return false;
    }
}
