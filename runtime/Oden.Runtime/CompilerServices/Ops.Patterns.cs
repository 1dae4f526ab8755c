// The runtime side of destructuring, rest/spread, optional chaining and tagged templates. The compiler
// desugars patterns into ordinary property reads (through PropertySites), iterator steps and these
// helpers; none of them runs user code that the spec would not run, and the array fast paths are taken
// only when Array.prototype[@@iterator] and %ArrayIteratorPrototype%.next are the intrinsic ones.
using System.Runtime.CompilerServices;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    // ---- destructuring -------------------------------------------------------------------------

    /// <summary>
    /// RequireObjectCoercible for an object pattern: <c>const {a} = null</c> is a TypeError before any
    /// property is read (also for an empty pattern). Returns the value.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-requireobjectcoercible"/>
    public static JsValue RequireObjectCoercible(Realm realm, JsValue value)
    {
        if (value.IsNullish)
            throw realm.TypeError($"Cannot destructure '{(value.IsNull ? "null" : "undefined")}' as it is {(value.IsNull ? "null" : "undefined")}.");
        return value;
    }

    /// <summary>
    /// One element of an array pattern: IteratorStepValue, or undefined once the iterator is done
    /// (a done record is never stepped again). An exception from next/done/value marks the record done,
    /// so the pattern's IteratorClose is then skipped, as the spec requires.
    /// </summary>
    public static JsValue IteratorStepOrUndefined(IteratorRecord record, Realm realm) =>
        record.Step(realm, out JsValue value) ? value : default;

    /// <summary>
    /// A throw out of a statement whose expression holds an array pattern: close the pattern's iterator
    /// if it was started and is not done (return()'s own errors are suppressed; the caller rethrows).
    /// </summary>
    public static void IteratorCloseIfOpen(IteratorRecord? record, Realm realm) => record?.CloseAfterThrow(realm);

    /// <summary>The rest element of an array pattern: the remaining values in a new array.</summary>
    public static JsValue IteratorRest(IteratorRecord record, Realm realm)
    {
        var values = new List<JsValue>();
        while (record.Step(realm, out JsValue value)) values.Add(value);
        return JsValue.FromRef(JsArray.FromList(realm, values));
    }

    /// <summary>
    /// The rest element of an object pattern: a new object with the own enumerable properties (symbols
    /// included) of <paramref name="source"/> whose keys are not <paramref name="excluded"/> (already
    /// converted with ToPropertyKey), getters called once each, in [[OwnPropertyKeys]] order.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-copydataproperties"/>
    public static JsValue ObjectRest(Realm realm, JsValue source, JsValue[] excluded)
    {
        JsObject target = NewObject(realm);
        var keys = new PropertyKey[excluded.Length];
        for (int i = 0; i < excluded.Length; i++) keys[i] = Operations.ToPropertyKey(realm, excluded[i]);
        CopyDataProperties(realm, target, source, keys);
        return JsValue.FromRef(target);
    }

    /// <summary><c>{ ...source }</c> in an object literal: CopyDataProperties(target, source, « »).</summary>
    public static void CopyDataProperties(Realm realm, JsObject target, JsValue source) =>
        CopyDataProperties(realm, target, source, []);

    private static void CopyDataProperties(Realm realm, JsObject target, JsValue source, PropertyKey[] excluded)
    {
        // 1-2. If source is undefined or null, return target.
        if (source.IsNullish) return;

        // 3-4. Let from be ! ToObject(source). Let keys be ? from.[[OwnPropertyKeys]]().
        JsObject from = Operations.ToObject(realm, source);
        List<PropertyKey> ownKeys = from.OwnPropertyKeys();

        // 5. For each element nextKey of keys:
        foreach (PropertyKey nextKey in ownKeys)
        {
            // a-b. If nextKey is not an element of excludedItems:
            if (Array.IndexOf(excluded, nextKey) >= 0) continue;

            // i-ii. Let desc be ? from.[[GetOwnProperty]](nextKey); if enumerable, copy ? Get(from, nextKey).
            if (from.GetOwnProperty(nextKey, out PropertyDescriptor desc) && desc.Enumerable)
                target.DefineDataProperty(nextKey, from.Get(nextKey));
        }
    }

    // ---- rest parameters and spread ------------------------------------------------------------

    /// <summary><c>function f(a, ...rest)</c>: the arguments from <paramref name="start"/> on, in a new array.</summary>
    public static JsValue RestArguments(Realm realm, ReadOnlySpan<JsValue> args, int start)
    {
        int count = Math.Max(0, args.Length - start);
        var elements = new JsValue[count];
        for (int i = 0; i < count; i++) elements[i] = args[start + i];
        return JsValue.FromRef(new JsArray(realm.Intrinsics.ArrayPrototype, elements, count));
    }

    /// <summary>
    /// <c>f(...xs)</c> with one spread and nothing else: the argument array itself. A plain array with
    /// intrinsic iteration is copied in one allocation (holes read as undefined, as the iterator gives).
    /// </summary>
    public static JsValue[] SpreadToArray(Realm realm, JsValue iterable)
    {
        // @@iterator is read once, whichever path is taken (a getter would see a second read).
        JsFunction method = IteratorRecord.GetIteratorMethod(realm, iterable);
        if (iterable._ref is JsArray array && IteratorRecord.IsIntrinsicArrayIteration(realm, method))
        {
            var elements = new JsValue[array.Length];
            for (uint i = 0; i < (uint)elements.Length; i++) elements[i] = ArrayHelpers.Get(array, i);
            return elements;
        }

        return [.. IteratorRecord.IteratorToList(realm, iterable, method)];
    }

    /// <summary><c>[a, ...xs, , b]</c> or <c>f(a, ...xs)</c>: the values in order, spread ones through the iterator protocol.</summary>
    public static SpreadBuilder NewSpreadBuilder(int capacity) => new(capacity);

    // ---- optional chaining, ?? -----------------------------------------------------------------

    /// <summary>undefined or null (the test of <c>?.</c> and <c>??</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNullish(JsValue value) => value.IsNullish;

    /// <summary><c>x === null</c>: one reference compare (the compiler's form for a null literal comparand).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNull(JsValue value) => value.IsNull;

    /// <summary><c>x === undefined</c>: one null test (the compiler's form for an undefined comparand).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUndefined(JsValue value) => value.IsUndefined;

    // ---- tagged templates ----------------------------------------------------------------------

    /// <summary>
    /// GetTemplateObject: the frozen strings array of one template site (with its frozen `raw`), the
    /// same object every time the site is evaluated in a realm.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-gettemplateobject"/>
    public static JsValue GetTemplateObject(Realm realm, TemplateSite site) => JsValue.FromRef(site.GetObject(realm));
}

/// <summary>Collects the values of an argument list or array literal that contains spread elements.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class SpreadBuilder
{
    private JsValue[] _items;
    private int _count;

    public SpreadBuilder(int capacity) => _items = new JsValue[Math.Max(capacity, 4)];

    /// <summary>One value (JsValue.Hole for an elision of an array literal).</summary>
    public SpreadBuilder Add(JsValue value)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = value;
        return this;
    }

    /// <summary><c>...iterable</c>: every value of the iterable, with the array fast path.</summary>
    public SpreadBuilder AddSpread(Realm realm, JsValue iterable)
    {
        JsFunction method = IteratorRecord.GetIteratorMethod(realm, iterable);
        if (iterable._ref is JsArray array && IteratorRecord.IsIntrinsicArrayIteration(realm, method))
        {
            for (uint i = 0; i < array.Length; i++) Add(ArrayHelpers.Get(array, i));
            return this;
        }

        foreach (JsValue v in IteratorRecord.IteratorToList(realm, iterable, method)) Add(v);
        return this;
    }

    public JsValue[] ToArray()
    {
        if (_count == _items.Length) return _items;
        Array.Resize(ref _items, _count);
        return _items;
    }
}

/// <summary>
/// One tagged template's strings, realm-independent (a static field of the generated assembly). Each
/// realm gets its own frozen template object, created on first evaluation and then reused.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class TemplateSite
{
    private readonly string?[] _cooked;
    private readonly string[] _raw;
    private readonly ConditionalWeakTable<Realm, JsArray> _objects = new();

    /// <param name="cooked">The cooked strings; null where an escape is invalid (cooked value undefined).</param>
    /// <param name="raw">The raw strings.</param>
    public TemplateSite(string?[] cooked, string[] raw)
    {
        _cooked = cooked;
        _raw = raw;
    }

    internal JsArray GetObject(Realm realm)
    {
        if (_objects.TryGetValue(realm, out JsArray? existing)) return existing;

        // GetTemplateObject 6-13: template and rawObj are arrays of the strings, both frozen; raw is a
        // non-enumerable, non-writable, non-configurable property of template.
        var cooked = new JsValue[_cooked.Length];
        var raw = new JsValue[_raw.Length];
        for (int i = 0; i < cooked.Length; i++)
        {
            cooked[i] = _cooked[i] is { } c ? JsValue.FromString(c) : default;
            raw[i] = JsValue.FromString(_raw[i]);
        }
        var rawObject = new JsArray(realm.Intrinsics.ArrayPrototype, raw, raw.Length);
        Freeze(realm, rawObject);
        var template = new JsArray(realm.Intrinsics.ArrayPrototype, cooked, cooked.Length);
        template.DefineDataProperty("raw", JsValue.FromRef(rawObject), PropertyFlags.None);
        Freeze(realm, template);
        _objects.AddOrUpdate(realm, template);
        return template;
    }

    private static void Freeze(Realm realm, JsObject o)
    {
        o.PreventExtensions();
        foreach (PropertyKey k in o.OwnPropertyKeys())
        {
            var desc = new PropertyDescriptor { HasConfigurable = true, Configurable = false, HasWritable = true, Writable = false };
            Operations.DefinePropertyOrThrow(realm, o, k, desc);
        }
    }
}
