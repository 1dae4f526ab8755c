using static Oden.Runtime.Builtins.ArrayHelpers;

namespace Oden.Runtime.Builtins;

/// <summary>%Array% and its static methods.</summary>
internal static partial class ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-array"/>
    [JsConstructor("Array", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1-2. proto from newTarget (the active function when called).
        JsObject proto = newTarget is null || ReferenceEquals(newTarget, realm.Intrinsics.ArrayConstructor)
            ? realm.Intrinsics.ArrayPrototype
            : JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ArrayPrototype);

        // 4. If numberOfArgs = 0, return ! ArrayCreate(0, proto).
        if (args.Length == 0) return new JsArray(proto);

        // 5. If numberOfArgs = 1, then a single length (or a single element).
        if (args.Length == 1)
        {
            JsValue len = args[0];
            if (!len.IsNumber)
            {
                var single = new JsArray(proto, 1);
                single.Push(len);
                return single;
            }

            uint intLen = (uint)len.AsNumber;
            if (intLen != len.AsNumber) throw realm.RangeError("Invalid array length");
            var array = new JsArray(proto, (int)Math.Min(intLen, 1024));
            array.DefineOwnProperty("length", new PropertyDescriptor { Value = intLen, HasValue = true });
            return array;
        }

        // 6. Otherwise: the arguments are the elements.
        return new JsArray(proto, args.ToArray(), args.Length);
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.isarray"/>
    [JsFunction("isArray", Length = 1)]
    private static JsValue IsArray(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Operations.IsArray(args.At(0));

    /// <see href="https://tc39.es/ecma262/#sec-array.from"/>
    [JsFunction("from", Length = 1)]
    private static JsValue From(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let C be the this value.
        JsValue c = thisValue;
        JsValue items = args.At(0);
        JsValue thisArg = args.At(2);

        // 2-3. If mapfn is undefined, let mapping be false; else it must be callable.
        JsValue mapfn = args.At(1);
        JsFunction? mapper = null;
        if (!mapfn.IsUndefined) mapper = RequireCallable(realm, mapfn);

        // 4. Let usingIterator be ? GetMethod(items, @@iterator).
        JsFunction? usingIterator = items.IsNullish ? null : Operations.GetMethod(realm, items, PropertyKey.FromSymbol(JsSymbol.Iterator));

        // 5. If usingIterator is not undefined, then
        if (usingIterator is not null)
        {
            // a-b. If IsConstructor(C), let A be ? Construct(C); else let A be ! ArrayCreate(0).
            JsObject a = Operations.IsConstructor(c) ? ToObjectResult(realm, Operations.Construct(realm, c, [])) : ArrayCreate(realm, 0);

            // c. Let iteratorRecord be ? GetIteratorFromMethod(items, usingIterator).
            IteratorRecord iteratorRecord = IteratorRecord.GetIteratorFromMethod(realm, items, usingIterator);

            // d-e. Repeat: step, map, define; abrupt completions close the iterator.
            double k = 0;
            while (true)
            {
                if (k >= MaxSafeInteger)
                {
                    JsException error = realm.TypeError("Invalid array length");
                    iteratorRecord.CloseAfterThrow(realm);
                    throw error;
                }

                if (!iteratorRecord.Step(realm, out JsValue next))
                {
                    SetLength(realm, a, k);
                    return a;
                }

                try
                {
                    JsValue mappedValue = mapper is null ? next : mapper.Call2(thisArg, next, k);
                    CreateData(realm, a, k, mappedValue);
                }
                catch (JsException)
                {
                    iteratorRecord.CloseAfterThrow(realm);
                    throw;
                }

                k++;
            }
        }

        // 6-7. NOTE: items is not an Iterable, so assume it is an array-like object.
        JsObject arrayLike = Operations.ToObject(realm, items);
        double len = Operations.LengthOfArrayLike(realm, arrayLike);

        // 8-9. If IsConstructor(C), let A be ? Construct(C, « 𝔽(len) »); else let A be ? ArrayCreate(len).
        JsObject target = Operations.IsConstructor(c)
            ? ToObjectResult(realm, Operations.Construct(realm, c, [JsValue.FromNumber(len)]))
            : ArrayCreate(realm, len);

        // 10-11. Copy (and map) every index.
        for (double k = 0; k < len; k++)
        {
            JsValue kValue = Get(arrayLike, k);
            JsValue mappedValue = mapper is null ? kValue : mapper.Call2(thisArg, kValue, k);
            CreateData(realm, target, k, mappedValue);
        }

        // 12. Perform ? Set(A, "length", 𝔽(len), true).
        SetLength(realm, target, len);
        return target;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.of"/>
    [JsFunction("of")]
    private static JsValue Of(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let len be the number of elements in items. Let C be the this value.
        int len = args.Length;
        JsValue c = thisValue;

        // 3-4. If IsConstructor(C), let A be ? Construct(C, « 𝔽(len) »); else let A be ? ArrayCreate(len).
        JsObject a = Operations.IsConstructor(c)
            ? ToObjectResult(realm, Operations.Construct(realm, c, [JsValue.FromNumber(len)]))
            : ArrayCreate(realm, len);

        // 5-7. CreateDataPropertyOrThrow each item, then Set length.
        for (int k = 0; k < len; k++) CreateData(realm, a, k, args[k]);
        SetLength(realm, a, len);
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-array-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;

    private static JsObject ToObjectResult(Realm realm, JsValue v) =>
        v._ref as JsObject ?? throw realm.TypeError("Constructor returned a non-object");
}
