// join, toString and toLocaleString. Nested arrays recurse through user-visible calls (join calls
// ToString on each element, which calls the element's join), so the recursion is guarded by
// realm.EnsureStack(), and an array that is already being joined in this realm (Realm.JoinStack) prints as the empty
// string, as V8 and SpiderMonkey do (the spec would recurse until the stack overflows).
using System.Text;
using static Oden.Runtime.Builtins.ArrayHelpers;

namespace Oden.Runtime.Builtins;

internal static partial class ArrayPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.join"/>
    [JsFunction("join", Length = 1)]
    private static JsValue Join(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-4. If separator is undefined, let sep be ","; else let sep be ? ToString(separator).
        JsValue separator = args.At(0);
        string sep = separator.IsUndefined ? "," : Operations.ToString(realm, separator);
        return JoinElements(realm, o, len, sep, locale: false);
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.tolocalestring"/>
    [JsFunction("toLocaleString")]
    private static JsValue ToLocaleString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let array be ? ToObject(this value). Let len be ? LengthOfArrayLike(array).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3. Let separator be the implementation-defined list-separator String (",").
        return JoinElements(realm, o, len, ",", locale: true);
    }

    private static string JoinElements(Realm realm, JsObject o, double len, string sep, bool locale)
    {
        realm.EnsureStack();
        HashSet<JsObject> stack = realm.JoinStack;
        if (!stack.Add(o)) return "";
        try
        {
            // A dense array of flat strings: no element conversion can run code, so R is built in one piece.
            if (!locale && o is JsArray array && TryJoinStrings(realm, array, len, sep, out string? joined)) return joined;

            // 5-7. R is the elements joined by sep; undefined and null are the empty String.
            var r = new StringBuilder();
            for (double k = 0; k < len; k++)
            {
                if (k > 0) r.Append(sep);
                JsValue element = Get(o, k);
                if (element.IsNullish) continue;
                if (locale)
                {
                    // toLocaleString: ToString(? Invoke(nextElement, "toLocaleString")).
                    element = Operations.Invoke(realm, element, "toLocaleString", ReadOnlySpan<JsValue>.Empty);
                }

                r.Append(Operations.ToString(realm, element));
                if (r.Length > JsRope.MaxStringLength) throw realm.RangeError("Invalid string length");
            }

            return r.ToString();
        }
        finally
        {
            stack.Remove(o);
        }
    }

    /// <summary>Join steps 5-7 for a dense array whose elements are all flat strings; false (nothing done) otherwise.</summary>
    private static bool TryJoinStrings(Realm realm, JsArray array, double len, string sep, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? joined)
    {
        joined = null;
        ReadOnlySpan<JsValue> elements = array.DenseSpan(0, len);
        if (elements.Length != len || len == 0) return false;
        long total = (long)sep.Length * (elements.Length - 1);
        foreach (ref readonly JsValue e in elements)
        {
            if (e._ref is not string str) return false;
            total += str.Length;
        }

        if (total > JsRope.MaxStringLength) throw realm.RangeError("Invalid string length");
        // The storage itself is the state: nothing runs between the scan and the copy.
        joined = string.Create((int)total, (array._dense, elements.Length, sep), static (span, state) =>
        {
            (JsValue[] items, int count, string separator) = state;
            int at = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0 && separator.Length > 0)
                {
                    separator.CopyTo(span[at..]);
                    at += separator.Length;
                }

                string item = (string)items[i]._ref!;
                item.CopyTo(span[at..]);
                at += item.Length;
            }
        });
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let array be ? ToObject(this value).
        JsObject array = Operations.ToObject(realm, thisValue);

        // 2-3. Let func be ? Get(array, "join"); if it is not callable, use %Object.prototype.toString%.
        JsValue func = array.Get("join");
        if (func._ref is JsFunction join) return join.Call0(array);
        return ObjectToString(realm, array);
    }

    /// <summary>%Object.prototype.toString% for an object (what Array.prototype.toString falls back to).</summary>
    private static string ObjectToString(Realm realm, JsObject o)
    {
        string builtinTag = o switch
        {
            _ when Operations.IsArray(o) => "Array",
            JsFunction => "Function",
            JsError => "Error",
            JsPrimitiveWrapper w when !w.PrimitiveValue.IsSymbol => w.ClassName,
            _ => o.ClassName is "Arguments" or "Date" or "RegExp" ? o.ClassName : "Object",
        };
        JsValue tag = o.Get(PropertyKey.FromSymbol(JsSymbol.ToStringTag));
        return "[object " + (tag.IsString ? tag.AsString() : builtinTag) + "]";
    }
}
