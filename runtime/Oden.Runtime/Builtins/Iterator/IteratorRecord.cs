// IteratorRecord: the iteration protocol as the compiler and the builtins use it (for-of, spread,
// destructuring, Array.from, …). COMPILER-FACING: for-of lowers to
//
//     var it = IteratorRecord.GetIterator(realm, xs);
//     try { while (it.StepInline(realm, out var x)) { body } }   // Step, with array mode's present elements inline
//     catch (JsException) { it.CloseAfterThrow(realm); throw; }      // only if the body can throw
//     // break / return out of the loop: it.Close(realm);
//
// The fast paths are unobservable: when the iterator is an Array Iterator and the "next" read from it is
// the intrinsic %ArrayIteratorPrototype%.next, Step advances it directly without allocating result
// objects (likewise for String Iterators). The spec's reads (@@iterator, "next") still happen. And when
// GetIterator is given an array whose @@iterator is the intrinsic values() while %ArrayIteratorPrototype%.next
// is the intrinsic next (a data property), values() would only create an iterator that nothing else can
// see and "next" would be read from that prototype: the record then walks the array itself (array mode)
// and creates the Array Iterator only if something asks for it (Iterator: a "return" lookup on break, a
// yield* delegating to it), positioned where the walk is.
namespace Oden.Runtime.Builtins;

public sealed unsafe class IteratorRecord
{
    private static readonly Shape s_resultShape = Shape.Empty
        .AddProperty("value", PropertyFlags.Default)
        .AddProperty("done", PropertyFlags.Default);

    private byte _fastKind; // 0 = generic, 1 = array iterator, 2 = string iterator, 3 = array mode (see the top)

    // Array mode: the array, the next index, and the realm to create the Array Iterator in if asked.
    private JsObject? _iterator;
    private JsArray? _array;
    private uint _index;
    private readonly Realm? _realm;

    /// <summary>Where %ArrayIteratorPrototype%'s "next" data property was last found (shape and slot).</summary>
    private sealed class NextSlot(Shape shape, int slot)
    {
        public readonly Shape Shape = shape;
        public readonly int Slot = slot;
    }

    private static NextSlot? s_protoNext;

    // The protocol's property reads go through inline caches of their own, as a script's reads do (sites hold
    // only shapes, so one static site serves every realm): @@iterator of arrays, "next" and "return" of
    // array iterators are then a shape compare, not a lookup that hashes the key at each level of the chain.
    private static readonly CompilerServices.PropertySite s_iteratorSite = new(PropertyKey.FromSymbol(JsSymbol.Iterator));
    private static readonly CompilerServices.PropertySite s_nextSite = new("next");
    private static readonly CompilerServices.PropertySite s_returnSite = new("return");

    public IteratorRecord(JsObject iterator, JsValue nextMethod)
    {
        _iterator = iterator;
        NextMethod = nextMethod;
        if (nextMethod._ref is JsBuiltinFunction b)
        {
            if (iterator is JsArrayIterator && b.IsMethod(&ArrayIteratorPrototype.Next)) _fastKind = 1;
            else if (iterator is JsStringIterator && b.IsMethod(&StringIteratorPrototype.Next)) _fastKind = 2;
            else if (iterator is JsGenerator && b.IsMethod(&GeneratorPrototype.Next)) _fastKind = 4;
        }
    }

    /// <summary>Array mode: iterating <paramref name="array"/> with the intrinsic values() and next.</summary>
    private IteratorRecord(Realm realm, JsArray array, JsValue nextMethod)
    {
        _realm = realm;
        _array = array;
        NextMethod = nextMethod;
        _fastKind = 3;
    }

    /// <summary>[[Iterator]] (in array mode, created now, at the walk's position, and used from then on).</summary>
    public JsObject Iterator => _iterator ?? MaterializeArrayIterator();

    private JsObject MaterializeArrayIterator()
    {
        var iterator = new JsArrayIterator(_realm!, _array, _index);
        _iterator = iterator;
        _array = null;
        _fastKind = 1;
        return iterator;
    }

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

        // 3. Return ? GetIteratorFromMethod(obj, method): for an array iterated by the intrinsics, array mode.
        if (obj._ref is JsArray array && IsIntrinsicArrayIteration(realm, method, out JsValue next))
        {
            return new IteratorRecord(realm, array, next);
        }

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
        return new IteratorRecord(io, CompilerServices.Ops.GetProtocolProperty(realm, iterator, s_nextSite));
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
                3 => StepArray(out value),
                1 => ((JsArrayIterator)_iterator!).TryNext(realm, out value),
                2 => ((JsStringIterator)_iterator!).TryNext(out value),
                4 => StepGenerator(realm, out value),
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

    /// <summary>
    /// Step for compiled for-of: in array mode, a present element of the array's storage is taken inline
    /// (StepArray's steps for it: the index advances, the value is the element); everything else is Step.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool StepInline(Realm realm, out JsValue value)
    {
        if (_fastKind == 3 && _array is { } a && !Done)
        {
            uint index = _index;
            JsValue[] dense = a._dense;
            if (index < a._length && index < (uint)dense.Length)
            {
                JsValue v = dense[index];
                if (!v.IsHole)
                {
                    _index = index + 1;
                    value = v;
                    return true;
                }
            }
        }

        return Step(realm, out value);
    }

    /// <summary>%ArrayIteratorPrototype%.next's steps for a values iteration of an array, without the object.</summary>
    private bool StepArray(out JsValue value)
    {
        JsArray? a = _array;
        uint index = _index;
        if (a is null || index >= a.Length)
        {
            _array = null; // exhausted for good: a later push does not revive it
            value = default;
            return false;
        }

        // 8. Set [[ArrayLikeNextIndex]] to index + 1, then Get(a, index) (a hole reads through the prototypes).
        _index = index + 1;
        if (!a.TryGetDense(index, out value)) value = ArrayHelpers.Get(a, index);
        return true;
    }

    /// <summary>
    /// %GeneratorPrototype%.next's steps for one of our generators, without the iterator result object (see
    /// JsGenerator.Step); the result object a yield* step passes on is read as IteratorNext reads any.
    /// </summary>
    private bool StepGenerator(Realm realm, out JsValue value)
    {
        switch (((JsGenerator)_iterator!).Step(realm, StateMachine.ModeNext, default, out JsValue result))
        {
            case ResumeResult.Yielded:
                value = result;
                return true;
            case ResumeResult.Done:
                value = default;
                return false;
            default:
                return ReadResult(realm, result, out value);
        }
    }

    private bool StepGeneric(Realm realm, out JsValue value)
    {
        // IteratorNext 1-3. Let result be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
        JsValue result = NextMethod._ref is JsFunction next
            ? next.Call0(Iterator)
            : throw realm.TypeError($"{Operations.DescribeForError(realm, NextMethod)} is not a function");

        return ReadResult(realm, result, out value);
    }

    /// <summary>IteratorNext step 4, IteratorComplete and IteratorValue on a result object.</summary>
    private static bool ReadResult(Realm realm, JsValue result, out JsValue value)
    {
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
    internal static bool IsIntrinsicArrayIteration(Realm realm, JsFunction iteratorMethod) =>
        IsIntrinsicArrayIteration(realm, iteratorMethod, out _);

    /// <summary>As above; <paramref name="next"/> is then %ArrayIteratorPrototype%.next's value.</summary>
    private static bool IsIntrinsicArrayIteration(Realm realm, JsFunction iteratorMethod, out JsValue next)
    {
        next = default;
        if (iteratorMethod is not JsBuiltinFunction values || !values.IsMethod(&ArrayPrototype.Values)) return false;
        JsObject proto = realm.Intrinsics.ArrayIteratorPrototype;

        // The slot of "next" is remembered by shape (shapes are immutable and process-wide, and a data
        // property keeps its slot while the shape stays): the common check is a compare and a load.
        if (s_protoNext is { } cached && ReferenceEquals(cached.Shape, proto._shape) && proto._map is null)
        {
            next = proto._slots[cached.Slot];
        }
        else
        {
            if (!proto.TryGetOwnStorage("next", out next, out PropertyFlags flags) || (flags & PropertyFlags.Accessor) != 0) return false;
            if (proto._map is null && !proto._shape.IsDictionary && proto._shape.TryGetSlot("next", out int slot, out _))
            {
                s_protoNext = new NextSlot(proto._shape, slot);
            }
        }

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
