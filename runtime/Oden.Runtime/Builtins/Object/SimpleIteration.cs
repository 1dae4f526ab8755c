// A minimal client of the iteration protocol for builtins that consume an iterable once from start to end
// (Object.fromEntries). Arrays whose iteration behaviour is the unmodified builtin one take a fast path
// that reads the elements directly, which is unobservable; everything else goes through
// GetIterator / IteratorStepValue / IteratorClose.
namespace Oden.Runtime.Builtins;

internal static class SimpleIteration
{
    /// <summary>Calls <paramref name="body"/> for each value; closes the iterator if the body throws.</summary>
    public static void ForEach(Realm realm, JsValue iterable, Action<JsValue> body)
    {
        // GetIterator(obj, sync): 1-2. Let method be ? GetMethod(obj, @@iterator).
        JsFunction? method = Operations.GetMethod(realm, iterable, PropertyKey.FromSymbol(JsSymbol.Iterator));
        if (method is null) throw realm.TypeError($"{ObjectConstructor.Describe(realm, iterable)} is not iterable");

        if (iterable.TryGetObject is JsArray array && IsUnmodifiedArrayIteration(realm, method))
        {
            // The builtin array iterator re-reads the length and each element on every step.
            for (uint i = 0; i < array.Length; i++)
            {
                body(array.Get(PropertyKey.FromIndex(i)));
            }

            return;
        }

        // GetIteratorFromMethod: 1. Let iterator be ? Call(method, obj). 2. If it is not an Object, throw.
        JsValue iterator = method.Call0(iterable);
        if (iterator.TryGetObject is not JsObject iteratorObject) throw realm.TypeError("Result of the Symbol.iterator method is not an object");

        // 3. Let nextMethod be ? Get(iterator, "next").
        JsValue nextMethod = iteratorObject.Get("next");

        while (true)
        {
            // IteratorStepValue: call next, check the result is an object, read done then value.
            JsValue result = Operations.Call(realm, nextMethod, iterator, ReadOnlySpan<JsValue>.Empty);
            if (result.TryGetObject is not JsObject resultObject) throw realm.TypeError($"Iterator result {ObjectConstructor.Describe(realm, result)} is not an object");
            if (Operations.ToBoolean(resultObject.Get("done"))) return;
            JsValue value = resultObject.Get("value");

            try
            {
                body(value);
            }
            catch (JsException)
            {
                // IteratorClose with a throw completion: the original exception wins over any from return().
                try
                {
                    JsFunction? ret = Operations.GetMethod(realm, iterator, "return");
                    ret?.Call0(iterator);
                }
                catch (JsException)
                {
                }

                throw;
            }
        }
    }

    /// <summary>Whether the array's @@iterator is %Array.prototype.values% and %ArrayIteratorPrototype%.next is the builtin.</summary>
    private static bool IsUnmodifiedArrayIteration(Realm realm, JsFunction method)
    {
        if (method is not JsBuiltinFunction) return false;
        JsObject arrayPrototype = realm.Intrinsics.ArrayPrototype;
        if (!arrayPrototype.TryGetOwnStorage("values", out JsValue values, out PropertyFlags flags)
            || (flags & PropertyFlags.Accessor) != 0 || !ReferenceEquals(values.Reference, method))
        {
            return false;
        }

        JsObject iteratorPrototype = realm.Intrinsics.ArrayIteratorPrototype;
        return iteratorPrototype.TryGetOwnStorage("next", out JsValue next, out PropertyFlags nextFlags)
            && (nextFlags & PropertyFlags.Accessor) == 0 && next.Reference is JsBuiltinFunction;
    }
}
