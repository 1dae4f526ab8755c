// sort and toSorted. Without a comparator the order is numeric (CompareTypedArrayElements: -0 before +0,
// NaN last) and no user code runs, so the elements are sorted in place as raw values. With one, the
// values are read first (SortIndexedProperties with read-through-holes), sorted with the stable merge sort
// Array.prototype.sort uses, and written back with ! Set (a comparator may shrink the buffer: the writes
// past the new end are dropped).
using static Oden.Runtime.Builtins.TypedArrayConstructor;

namespace Oden.Runtime.Builtins;

internal static partial class TypedArrayPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.sort"/>
    [JsFunction("sort", Length = 1)]
    private static JsValue Sort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw a TypeError exception.
        JsFunction? comparefn = RequireComparator(realm, args.At(0));

        // 2-4. Let taRecord be ? ValidateTypedArray(obj, seq-cst); len = TypedArrayLength(taRecord).
        JsTypedArray obj = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.sort");
        int len = obj.Length;

        // BigInt content: the same steps over BigInt values.
        if (obj.IsBigIntContent)
        {
            JsValue[] sortedValues = SortBigIntElements(realm, obj, len, comparefn);
            WriteBack(obj, sortedValues);
            return obj;
        }

        // 5-6. sortedList = ? SortIndexedProperties(obj, len, SortCompare, read-through-holes).
        double[] sortedList = SortIndexedProperties(realm, obj, len, comparefn);

        // 7-8. For each j: ! Set(obj, ! ToString(𝔽(j)), sortedList[j], true).
        for (int j = 0; j < len; j++) obj.TrySetElement((uint)j, sortedList[j]);

        // 9. Return obj.
        return obj;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.tosorted"/>
    [JsFunction("toSorted", Length = 1)]
    private static JsValue ToSorted(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw a TypeError exception.
        JsFunction? comparefn = RequireComparator(realm, args.At(0));

        // 2-4. Let taRecord be ? ValidateTypedArray(O, seq-cst); len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.toSorted");
        int len = o.Length;

        // 5. Let A be ? TypedArrayCreateSameType(O, « 𝔽(len) »).
        JsTypedArray a = TypedArrayCreateSameType(realm, o, len);

        if (o.IsBigIntContent)
        {
            WriteBack(a, SortBigIntElements(realm, o, len, comparefn));
            return a;
        }

        // 6-7. sortedList = ? SortIndexedProperties(O, len, SortCompare, read-through-holes).
        double[] sortedList = SortIndexedProperties(realm, o, len, comparefn);

        // 8-9. For each j: ! Set(A, ! ToString(𝔽(j)), sortedList[j], true).
        for (int j = 0; j < len; j++) a.TrySetElement((uint)j, sortedList[j]);

        // 10. Return A.
        return a;
    }

    private static JsFunction? RequireComparator(Realm realm, JsValue comparefn)
    {
        if (comparefn.IsUndefined) return null;
        return comparefn._ref as JsFunction ?? throw realm.TypeError("The comparison function must be either a function or undefined");
    }

    /// <see href="https://tc39.es/ecma262/#sec-sortindexedproperties"/>
    private static double[] SortIndexedProperties(Realm realm, JsTypedArray obj, int len, JsFunction? comparefn)
    {
        // 1-3. Read every element (read-through-holes: a typed array has none).
        var items = new double[len];
        for (int k = 0; k < len; k++) items[k] = obj.GetElementUnchecked(k);

        // 4. Sort items using SortCompare: CompareTypedArrayElements.
        if (comparefn is null)
        {
            // Without a comparator nothing is observable, so any correct sort will do.
            Array.Sort(items, CompareNumbers);
        }
        else
        {
            ArrayPrototype.MergeSort(items, (x, y) =>
            {
                // CompareTypedArrayElements 2: v = ? ToNumber(? Call(comparefn, undefined, « x, y »)); NaN is +0.
                double v = Operations.ToNumber(realm, comparefn.Call2(default, x, y));
                return double.IsNaN(v) ? 0 : Math.Sign(v);
            });
        }

        return items;
    }

    /// <summary>SortIndexedProperties for BigInt content: numeric order, or the comparator's.</summary>
    private static JsValue[] SortBigIntElements(Realm realm, JsTypedArray obj, int len, JsFunction? comparefn)
    {
        var items = new JsValue[len];
        for (int k = 0; k < len; k++) items[k] = obj.GetValueUnchecked(k);
        if (comparefn is null)
        {
            // CompareTypedArrayElements 5-6 on BigInts: x < y is -1, x > y is 1.
            Array.Sort(items, static (x, y) => x.AsBigInt.Value.CompareTo(y.AsBigInt.Value));
        }
        else
        {
            ArrayPrototype.MergeSort(items, (x, y) =>
            {
                double v = Operations.ToNumber(realm, comparefn.Call2(default, x, y));
                return double.IsNaN(v) ? 0 : Math.Sign(v);
            });
        }

        return items;
    }

    /// <summary>! Set(obj, j, sortedList[j], true) for each j: the writes past a shrunk length are dropped.</summary>
    private static void WriteBack(JsTypedArray obj, JsValue[] sorted)
    {
        int n = Math.Min(sorted.Length, obj.Length);
        for (int j = 0; j < n; j++) obj.SetValueUnchecked(j, sorted[j]);
    }

    /// <summary>CompareTypedArrayElements without a comparator: numeric order, -0 before +0, NaN last.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-comparetypedarrayelements"/>
    private static int CompareNumbers(double x, double y)
    {
        // 3-4. If x and y are both NaN, return +0; if x is NaN, return 1; if y is NaN, return -1.
        if (double.IsNaN(x)) return double.IsNaN(y) ? 0 : 1;
        if (double.IsNaN(y)) return -1;

        // 5-6. If x < y, return -1; if x > y, return 1.
        if (x < y) return -1;
        if (x > y) return 1;

        // 7-8. -0 sorts before +0.
        bool xNegative = double.IsNegative(x), yNegative = double.IsNegative(y);
        if (xNegative && !yNegative) return -1;
        if (!xNegative && yNegative) return 1;

        // 9. Return +0.
        return 0;
    }
}
