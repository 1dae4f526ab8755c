// IteratorRecord: the iteration protocol as the compiler and the builtins use it (for-of, spread,
// destructuring, Array.from, …). COMPILER-FACING: for-of lowers to
//
//     var it = IteratorRecord.GetIterator(realm, xs);
//     try { while (it.Step(realm, out var x)) { body } }
//     catch (JsException) { it.CloseAfterThrow(realm); throw; }      // only if the body can throw
//     // break / return out of the loop: it.Close(realm);
//
// The fast path is unobservable: when the iterator is an Array Iterator and the "next" read from it is
// the intrinsic %ArrayIteratorPrototype%.next, Step advances it directly without allocating result
// objects (likewise for String Iterators). The spec's reads (@@iterator, "next") still happen.
namespace Oden.Runtime.Builtins;

public sealed unsafe class IteratorRecord
{
    private static readonly Shape s_resultShape = Shape.Empty
        .AddProperty("value", PropertyFlags.Default)
        .AddProperty("done", PropertyFlags.Default);

    private readonly byte _fastKind; // 0 = generic, 1 = array iterator, 2 = string iterator

    // The protocol's property reads go through inline caches of their own, as a script's reads do (sites hold
    // only shapes, so one static site serves every realm): @@iterator of arrays, "next" and "return" of
    // array iterators are then a shape compare, not a lookup that hashes the key at each level of the chain.
    private static readonly CompilerServices.PropertySite s_iteratorSite = new(PropertyKey.FromSymbol(JsSymbol.Iterator));
    private static readonly CompilerServices.PropertySite s_nextSite = new("next");
    private static readonly CompilerServices.PropertySite s_returnSite = new("return");

    public IteratorRecord(JsObject iterator, JsValue nextMethod)
    {
        Iterator = iterator;
        NextMethod = nextMethod;
        if (nextMethod._ref is JsBuiltinFunction b)
        {
            if (iterator is JsArrayIterator && b.IsMethod(&ArrayIteratorPrototype.Next)) _fastKind = 1;
            else if (iterator is JsStringIterator && b.IsMethod(&StringIteratorPrototype.Next)) _fastKind = 2;
        }
    }

    /// <summary>[[Iterator]].</summary>
    public JsObject Iterator { get; }

    /// <summary>[[NextMethod]].</summary>
    public JsValue NextMethod { get; }

    /// <summary>[[Done]]: set once the iterator is exhausted or has thrown; Close then does nothing.</summary>
    public bool Done { get; set; }

    /// <see href="https://tc39.es/ecma262/#sec-getiterator"/>
    public static IteratorRecord GetIterator(Realm realm, JsValue obj)
    {
        // 1-2 (sync). Let method be ? GetMethod(obj, @@iterator); if undefined, throw a TypeError exception.
        if (obj.IsNullish) throw realm.TypeError($"{DescribeIterable(realm, obj)} is not iterable (cannot read property Symbol(Symbol.iterator))");
        JsFunction? method = Operations.GetMethod(realm, obj, s_iteratorSite);
        if (method is null) throw realm.TypeError($"{DescribeIterable(realm, obj)} is not iterable");

        // 3. Return ? GetIteratorFromMethod(obj, method).
        return GetIteratorFromMethod(realm, obj, method);
    }

    /// <see href="https://tc39.es/ecma262/#sec-getiteratorfrommethod"/>
    public static IteratorRecord GetIteratorFromMethod(Realm realm, JsValue obj, JsFunction method)
    {
        // 1. Let iterator be ? Call(method, obj).
        JsValue iterator = method.Call0(obj);

        // 2. If iterator is not an Object, throw a TypeError exception.
        if (iterator._ref is not JsObject io) throw realm.TypeError("Result of the Symbol.iterator method is not an object");

        // 3-5. Let nextMethod be ? Get(iterator, "next"); return the Record.
        return new IteratorRecord(io, CompilerServices.Ops.GetNamed(realm, iterator, s_nextSite));
    }

    /// <summary>
    /// IteratorStepValue: advances the iterator; false when it is done. An exception from next, done or
    /// value marks the record done (so the caller must not call Close).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-iteratorstepvalue"/>
    public bool Step(Realm realm, out JsValue value)
    {
        if (Done)
        {
            value = default;
            return false;
        }

        try
        {
            bool more = _fastKind switch
            {
                1 => ((JsArrayIterator)Iterator).TryNext(realm, out value),
                2 => ((JsStringIterator)Iterator).TryNext(out value),
                _ => StepGeneric(realm, out value),
            };
            if (!more) Done = true;
            return more;
        }
        catch
        {
            Done = true;
            throw;
        }
    }

    private bool StepGeneric(Realm realm, out JsValue value)
    {
        // IteratorNext 1-3. Let result be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
        JsValue result = NextMethod._ref is JsFunction next
            ? next.Call0(Iterator)
            : throw realm.TypeError($"{Operations.DescribeForError(realm, NextMethod)} is not a function");

        // 4. If result is not an Object, throw a TypeError exception.
        if (result._ref is not JsObject ro) throw realm.TypeError($"Iterator result {Operations.DescribeForError(realm, result)} is not an object");

        // IteratorComplete: ToBoolean(? Get(iterResult, "done")).
        if (Operations.ToBoolean(ro.Get("done")))
        {
            value = default;
            return false;
        }

        // IteratorValue: ? Get(iterResult, "value").
        value = ro.Get("value");
        return true;
    }

    /// <summary>IteratorClose for a normal completion (break, return): calls "return" and checks its result.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-iteratorclose"/>
    public void Close(Realm realm)
    {
        if (Done) return;
        Done = true;

        // 3-4. Let innerResult be GetMethod(iterator, "return"); if undefined, return completion.
        JsFunction? ret = Operations.GetMethod(realm, Iterator, s_returnSite);
        if (ret is null) return;

        // 5-7. Call it; a non-object result is a TypeError.
        JsValue innerResult = ret.Call0(Iterator);
        if (!innerResult.IsObject) throw realm.TypeError("Iterator result is not an object");
    }

    /// <summary>
    /// IteratorClose for a throw completion: calls "return" and ignores whatever it does; the caller then
    /// rethrows the original exception.
    /// </summary>
    public void CloseAfterThrow(Realm realm)
    {
        if (Done) return;
        Done = true;
        try
        {
            JsFunction? ret = Operations.GetMethod(realm, Iterator, s_returnSite);
            ret?.Call0(Iterator);
        }
        catch (JsException)
        {
            // 5. If completion is a throw completion, return ? completion.
        }
    }

    /// <summary>IteratorToList(GetIterator(items)): the values of an iterable (spread, Array.from, …).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-iteratortolist"/>
    public static List<JsValue> IterableToList(Realm realm, JsValue items) =>
        IteratorToList(realm, items, GetIteratorMethod(realm, items));

    /// <summary>GetIterator's step 1-3 for sync iteration: ? GetMethod(items, @@iterator), a TypeError when there is none.</summary>
    internal static JsFunction GetIteratorMethod(Realm realm, JsValue items)
    {
        if (items.IsNullish) throw realm.TypeError($"{DescribeIterable(realm, items)} is not iterable (cannot read property Symbol(Symbol.iterator))");
        JsFunction? method = Operations.GetMethod(realm, items, s_iteratorSite);
        return method ?? throw realm.TypeError($"{DescribeIterable(realm, items)} is not iterable");
    }

    /// <summary>IteratorToList(? GetIteratorFromMethod(items, method)), with the unobservable array fast path.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-iteratortolist"/>
    public static List<JsValue> IteratorToList(Realm realm, JsValue items, JsFunction method)
    {
        if (items._ref is JsArray array && IsIntrinsicArrayIteration(realm, method))
        {
            // The intrinsic values() and next(): read the elements directly (the length is re-read each step).
            var fast = new List<JsValue>((int)array.Length);
            for (uint i = 0; i < array.Length; i++) fast.Add(ArrayHelpers.Get(array, i));
            return fast;
        }

        IteratorRecord record = GetIteratorFromMethod(realm, items, method);
        var values = new List<JsValue>();
        while (record.Step(realm, out JsValue value)) values.Add(value);
        return values;
    }

    /// <summary>
    /// Whether an @@iterator method is the intrinsic Array.prototype.values and %ArrayIteratorPrototype%.next
    /// is still the intrinsic next (an own data property): then iterating an array runs no user code.
    /// </summary>
    internal static bool IsIntrinsicArrayIteration(Realm realm, JsFunction iteratorMethod)
    {
        if (iteratorMethod is not JsBuiltinFunction values || !values.IsMethod(&ArrayPrototype.Values)) return false;
        JsObject proto = realm.Intrinsics.ArrayIteratorPrototype;
        if (!proto.TryGetOwnStorage("next", out JsValue next, out PropertyFlags flags) || (flags & PropertyFlags.Accessor) != 0) return false;
        return next._ref is JsBuiltinFunction b && b.IsMethod(&ArrayIteratorPrototype.Next);
    }

    /// <see href="https://tc39.es/ecma262/#sec-createiterresultobject"/>
    public static JsObject CreateIterResultObject(Realm realm, JsValue value, bool done)
    {
        var result = new JsObject(realm.Intrinsics.ObjectPrototype, s_resultShape);
        result._slots[0] = value;
        result._slots[1] = JsValue.FromBoolean(done);
        return result;
    }

    private static string DescribeIterable(Realm realm, JsValue v) => v.Kind switch
    {
        JsValueKind.Undefined => "undefined",
        JsValueKind.Null => "null",
        JsValueKind.Object => v._ref is JsFunction ? Operations.DescribeForError(realm, v) : "object",
        _ => Operations.DescribeForError(realm, v),
    };
}
