// Array.prototype.sort: SortIndexedProperties with holes skipped, then a stable sort of the collected
// values (TimSort.cs with a user comparator, so the comparator sees the calls V8 makes; a bottom-up merge
// sort of the ToString keys otherwise), then the write-back. Comparator exceptions propagate before
// anything is written back, as the spec requires.
using static Oden.Runtime.Builtins.ArrayHelpers;

namespace Oden.Runtime.Builtins;

internal static partial class ArrayPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.sort"/>
    [JsFunction("sort", Length = 1)]
    private static JsValue Sort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw a TypeError exception.
        JsValue comparefn = args.At(0);
        if (!comparefn.IsUndefined && comparefn._ref is not JsFunction)
        {
            throw realm.TypeError("The comparison function must be either a function or undefined");
        }

        // 2-3. Let obj be ? ToObject(this value). Let len be ? LengthOfArrayLike(obj).
        JsObject obj = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, obj);

        // Fewer than two elements: nothing to reorder, and no element is read or written back (as V8 and
        // SpiderMonkey do; the spec's write-back would throw on a frozen one-element array).
        if (len < 2) return obj;

        // 5. Let sortedList be ? SortIndexedProperties(obj, len, SortCompare, skip-holes).
        JsValue[] sorted = SortIndexedProperties(realm, obj, len, comparefn._ref as JsFunction, out int count);

        // 6-8. Write the sorted values back, then delete the indices that held holes.
        for (int j = 0; j < count; j++) Set(realm, obj, j, sorted[j]);
        for (double j = count; j < len; j++) DeleteOrThrow(realm, obj, j);

        return obj;
    }

    /// <see href="https://tc39.es/ecma262/#sec-sortindexedproperties"/>
    internal static JsValue[] SortIndexedProperties(Realm realm, JsObject obj, double len, JsFunction? comparefn, out int count, bool skipHoles = true)
    {
        // 1-3. Collect the present elements (skip-holes; read-through-holes reads every index); undefined
        // values go last without being compared.
        var items = new List<JsValue>((int)Math.Min(len, 1 << 20));
        int undefinedCount = 0;
        for (double k = 0; k < len; k++)
        {
            JsValue kValue;
            if (!skipHoles) kValue = Get(obj, k);
            else if (!TryGet(obj, k, out kValue)) continue;
            if (kValue.IsUndefined) undefinedCount++;
            else items.Add(kValue);
        }

        // 4. Sort items using an implementation-defined sequence of calls to SortCompare (stable).
        JsValue[] values = items.ToArray();
        if (comparefn is null)
        {
            // The default comparison orders by ToString; the strings are computed once each.
            var keys = new string[values.Length];
            for (int i = 0; i < keys.Length; i++) keys[i] = Operations.ToString(realm, values[i]);
            var order = new int[values.Length];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            MergeSort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]));
            var byKey = new JsValue[values.Length];
            for (int i = 0; i < order.Length; i++) byKey[i] = values[order[i]];
            values = byKey;
        }
        else
        {
            // TimSort with V8's sequence of comparator calls: inconsistent comparators give node's result.
            TimSort<JsValue>.Sort(values, (x, y) =>
            {
                // CompareArrayElements 4: v = ? ToNumber(? Call(comparefn, undefined, « x, y »)); NaN is +0.
                JsValue r = comparefn.Call2(default, x, y);
                double v = r.IsNumber ? r.AsNumber : Operations.ToNumber(realm, r);
                return v > 0 ? 1 : v < 0 ? -1 : 0;
            });
        }

        count = values.Length + undefinedCount;
        if (undefinedCount == 0) return values;
        var result = new JsValue[count];
        values.CopyTo(result, 0);
        return result; // the tail is default(JsValue): undefined
    }

    /// <summary>A stable merge sort: insertion-sorted runs of 8, then bottom-up merges through a buffer.</summary>
    internal static void MergeSort<T>(T[] items, Comparison<T> compare)
    {
        const int Run = 8;
        int n = items.Length;
        for (int lo = 0; lo < n; lo += Run)
        {
            int hi = Math.Min(lo + Run, n);
            for (int i = lo + 1; i < hi; i++)
            {
                T x = items[i];
                int j = i - 1;
                while (j >= lo && compare(items[j], x) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = x;
            }
        }

        if (n <= Run) return;
        var buffer = new T[n];
        T[] from = items, to = buffer;
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n), hi = Math.Min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                if (mid < hi && compare(from[mid - 1], from[mid]) <= 0)
                {
                    // Already in order: copy the pair of runs as is.
                    Array.Copy(from, lo, to, lo, hi - lo);
                    continue;
                }

                while (i < mid && j < hi) to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
                while (i < mid) to[k++] = from[i++];
                while (j < hi) to[k++] = from[j++];
            }

            (from, to) = (to, from);
        }

        if (!ReferenceEquals(from, items)) Array.Copy(from, items, n);
    }
}
