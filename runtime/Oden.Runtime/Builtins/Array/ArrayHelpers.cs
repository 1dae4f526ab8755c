// ArrayHelpers: the element-level operations every Array.prototype method is written with.
//
// The methods are generic over array-likes: an index is a double (lengths go up to 2^53 - 1) and every
// access goes through the internal methods. The fast path is per element and unobservable: when the
// object is a dense JsArray that holds index k as an own plain data property (TryGetDense), HasProperty(k)
// is true and Get(k) is that value without running any code, so the helpers answer from _dense directly;
// holes and everything else take the generic path (a hole may be filled by a prototype's element).
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Oden.Runtime.Builtins;

internal static class ArrayHelpers
{
    // ArraySpeciesCreate's two reads, through inline caches of their own: for a plain array they hit
    // %Array.prototype%.constructor and the %Array%[@@species] getter without a lookup.
    private static readonly CompilerServices.PropertySite s_constructorSite = new("constructor");
    private static readonly CompilerServices.PropertySite s_speciesSite = new(PropertyKey.FromSymbol(JsSymbol.Species));

    /// <summary>2^53 - 1, the largest length an array-like may have.</summary>
    public const double MaxSafeInteger = 9007199254740991d;

    /// <summary>
    /// ArraySetLength steps 3-5 for a caller that holds a realm and is about to call an array's
    /// [[DefineOwnProperty]] or [[Set]] for "length": a value that is not a number is converted here
    /// (ToUint32 and ToNumber, RangeError when they differ), since the object model has no realm to run
    /// valueOf with. Operations.Set and Operations.DefinePropertyOrThrow do the same for their callers.
    /// </summary>
    public static JsValue CoerceLengthValue(Realm realm, JsObject target, in PropertyKey key, JsValue value) =>
        target is JsArray && !value.IsNumber && key.RawName is "length" ? JsArray.CoerceLength(realm, value) : value;

    /// <summary>The property key of a non-negative integer index (an array index, or its canonical string).</summary>
    public static PropertyKey Key(double index) =>
        index <= PropertyKey.MaxIndex ? PropertyKey.FromIndex((uint)index) : PropertyKey.FromString(NumberFormatting.ToString(index));

    // The element helpers below answer a dense array's own element inline and leave everything else to a
    // method of its own, so that a method's per-element loop stays small (the key conversion alone inlines
    // the number-string cache).

    /// <summary>HasProperty(O, k) and, when true, Get(O, k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGet(JsObject o, double k, out JsValue value)
    {
        if (o is JsArray a && k < uint.MaxValue && a.TryGetDense((uint)k, out value)) return true;
        return TryGetSlow(o, k, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryGetSlow(JsObject o, double k, out JsValue value)
    {
        PropertyKey key = Key(k);
        if (!o.HasProperty(key))
        {
            value = default;
            return false;
        }

        value = o.Get(key);
        return true;
    }

    /// <summary>
    /// The index in <paramref name="run"/> of the first number equal to <paramref name="search"/> (IsStrictlyEqual, or
    /// SameValueZero, which also finds NaN), or the complement of the index where the scan stopped: a hole or the end.
    /// </summary>
    internal static int IndexOfNumber(ReadOnlySpan<JsValue> run, double search, bool sameValueZero)
    {
        object numberTag = JsValue.NumberTag, holeTag = JsValue.HoleTag;
        if (sameValueZero && double.IsNaN(search))
        {
            for (int i = 0; i < run.Length; i++)
            {
                ref readonly JsValue e = ref run[i];
                if (ReferenceEquals(e._ref, numberTag) && double.IsNaN(e._num)) return i;
                if (ReferenceEquals(e._ref, holeTag)) return ~i;
            }

            return ~run.Length;
        }

        int start = 0;
        if (search != 0 && Vector256.IsHardwareAccelerated && NumberLanesArePairs)
        {
            // Two values per 32-byte vector, their _num lanes compared with the search's bits (a number other
            // than ±0 and NaN equals the search exactly when its bits do) and with zero (a hole's _num, and
            // that of strings and objects): a pair with neither goes by unread, a pair with either is
            // decided by the loop below, which then goes on from the pair after it.
            Vector256<long> bits = Vector256.Create(BitConverter.DoubleToInt64Bits(search));
            Vector256<long> numberLanes = Vector256.Create(0L, -1L, 0L, -1L);
            ref long words = ref Unsafe.As<JsValue, long>(ref MemoryMarshal.GetReference(run));
            int pairs = run.Length & ~1;
            for (; start < pairs; start += 2)
            {
                Vector256<long> v = Vector256.LoadUnsafe(ref words, (nuint)(2 * start));
                if (((Vector256.Equals(v, bits) | Vector256.Equals(v, Vector256<long>.Zero)) & numberLanes) == Vector256<long>.Zero) continue;
                int found = IndexOfNumberScalar(run.Slice(start, 2), search, numberTag, holeTag);
                if (found != ~2) return found < 0 ? ~(start + ~found) : start + found;
            }
        }

        int rest = IndexOfNumberScalar(run[start..], search, numberTag, holeTag);
        return rest < 0 ? ~(start + ~rest) : start + rest;
    }

    /// <summary>IndexOfNumber's element loop (a search that is not NaN).</summary>
    private static int IndexOfNumberScalar(ReadOnlySpan<JsValue> run, double search, object numberTag, object holeTag)
    {
        // The double compare first: it fails for almost every element of a scan, and only a match needs the
        // tag (other values' _num can equal the search: 0 for strings and objects, 1 for true).
        for (int i = 0; i < run.Length; i++)
        {
            ref readonly JsValue e = ref run[i];
            if (e._num == search && ReferenceEquals(e._ref, numberTag)) return i;
            if (ReferenceEquals(e._ref, holeTag)) return ~i;
        }

        return ~run.Length;
    }

    /// <summary>Whether a JsValue is 16 bytes with _num in its second 8 (the layout IndexOfNumber's vector scan reads).</summary>
    private static readonly bool NumberLanesArePairs = CheckNumberLanes();

    private static bool CheckNumberLanes()
    {
        JsValue probe = JsValue.FromNumber(1.5);
        ref byte first = ref Unsafe.As<JsValue, byte>(ref probe);
        return Unsafe.SizeOf<JsValue>() == 16
            && Unsafe.ByteOffset(ref first, ref Unsafe.As<double, byte>(ref Unsafe.AsRef(in probe._num))) == 8;
    }

    /// <summary>As <see cref="IndexOfNumber"/> for a search value that is not a number.</summary>
    internal static int IndexOfValue(ReadOnlySpan<JsValue> run, JsValue search, bool sameValueZero)
    {
        for (int i = 0; i < run.Length; i++)
        {
            ref readonly JsValue e = ref run[i];
            if (e.IsHole) return ~i;
            if (sameValueZero ? Operations.SameValueZero(e, search) : Operations.IsStrictlyEqual(e, search)) return i;
        }

        return ~run.Length;
    }

    /// <summary>Get(O, k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Get(JsObject o, double k)
    {
        if (o is JsArray a && k < uint.MaxValue && a.TryGetDense((uint)k, out JsValue v)) return v;
        return GetSlow(o, k);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue GetSlow(JsObject o, double k) => o.Get(Key(k));

    /// <summary>HasProperty(O, k).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(JsObject o, double k)
    {
        if (o is JsArray a && k < uint.MaxValue && a.TryGetDense((uint)k, out _)) return true;
        return HasSlow(o, k);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HasSlow(JsObject o, double k) => o.HasProperty(Key(k));

    /// <summary>Set(O, k, v, true).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(Realm realm, JsObject o, double k, JsValue value)
    {
        if (o is JsArray a && k < uint.MaxValue && a.TrySetDense((uint)k, value)) return;
        SetSlow(realm, o, k, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetSlow(Realm realm, JsObject o, double k, JsValue value) =>
        Operations.Set(realm, o, Key(k), value, throwOnFailure: true);

    /// <summary>DeletePropertyOrThrow(O, k).</summary>
    public static void DeleteOrThrow(Realm realm, JsObject o, double k) => Operations.Delete(realm, o, Key(k), throwOnFailure: true);

    /// <summary>CreateDataPropertyOrThrow(A, k, v).</summary>
    public static void CreateData(Realm realm, JsObject a, double k, JsValue value) =>
        Operations.CreateDataPropertyOrThrow(realm, a, Key(k), value);

    /// <summary>Set(O, "length", len, true).</summary>
    public static void SetLength(Realm realm, JsObject o, double length) =>
        Operations.Set(realm, o, "length", length, throwOnFailure: true);

    /// <summary>
    /// The clamp shared by slice, splice, fill, copyWithin, at…: ToIntegerOrInfinity(arg), negative values
    /// count from the end, the result lies in [0, len]. An undefined argument gives <paramref name="ifUndefined"/>.
    /// </summary>
    public static double RelativeIndex(Realm realm, JsValue arg, double length, double ifUndefined)
    {
        if (arg.IsUndefined) return ifUndefined;
        double relative = Operations.ToIntegerOrInfinity(realm, arg);
        if (double.IsNegativeInfinity(relative)) return 0;
        if (relative < 0) return Math.Max(length + relative, 0);
        return Math.Min(relative, length);
    }

    public static JsFunction RequireCallable(Realm realm, JsValue value)
    {
        if (value._ref is JsFunction f) return f;
        throw realm.TypeError($"{Operations.DescribeForError(realm, value)} is not a function");
    }

    /// <see href="https://tc39.es/ecma262/#sec-arraycreate"/>
    public static JsArray ArrayCreate(Realm realm, double length, JsObject? proto = null) => ArrayCreate(realm, length, proto, 1024);

    /// <summary>ArrayCreate with room for up to <paramref name="maxCapacity"/> elements allocated up front.</summary>
    public static JsArray ArrayCreate(Realm realm, double length, JsObject? proto, int maxCapacity)
    {
        // 1. If length > 2^32 - 1, throw a RangeError exception.
        if (length > uint.MaxValue) throw realm.RangeError("Invalid array length");

        // 2-5. A new array exotic object with the given length.
        var array = new JsArray(proto ?? realm.Intrinsics.ArrayPrototype, (int)Math.Min(length, maxCapacity));
        if (length > 0) array.DefineOwnProperty("length", new PropertyDescriptor { Value = length, HasValue = true });
        return array;
    }

    /// <see href="https://tc39.es/ecma262/#sec-arrayspeciescreate"/>
    public static JsObject ArraySpeciesCreate(Realm realm, JsObject originalArray, double length) =>
        ArraySpeciesCreate(realm, originalArray, length, out _);

    /// <summary>
    /// ArraySpeciesCreate that also says when the result is a fresh ArrayCreate of this realm
    /// (<paramref name="own"/>): no code has seen it, so until it is returned the caller may fill its dense
    /// storage directly (CreateDataPropertyOrThrow on an extensible dense array of the caller's own). Its
    /// storage is allocated for the whole length when the source is a dense array at least that long.
    /// </summary>
    public static JsObject ArraySpeciesCreate(Realm realm, JsObject originalArray, double length, out JsArray? own)
    {
        own = null;

        // 1-2. If IsArray(originalArray) is false, return ? ArrayCreate(length).
        if (!Operations.IsArray(originalArray)) return own = ArrayCreate(realm, length);

        // 3. Let C be ? Get(originalArray, "constructor").
        JsValue c = CompilerServices.Ops.GetProtocolProperty(realm, originalArray, s_constructorSite);

        // 4. If IsConstructor(C) is true, then: a constructor of another realm's %Array% counts as undefined.
        if (c._ref is JsFunction f && f.IsConstructor && !ReferenceEquals(f.Realm, realm)
            && ReferenceEquals(f, f.Realm.Intrinsics.ArrayConstructor))
        {
            c = default;
        }

        // 5. If C is an Object, then let C be ? Get(C, @@species); if C is null, set C to undefined.
        if (c._ref is JsObject co)
        {
            c = CompilerServices.Ops.GetProtocolProperty(realm, co, s_speciesSite);
            if (c.IsNull) c = default;
        }

        // 6. If C is undefined, return ? ArrayCreate(length). So is C being this realm's %Array% (the species
        // of every plain array): step 8's Construct(%Array%, « length ») makes the same fresh array, with the
        // prototype %Array%.prototype (a non-writable, non-configurable property), and runs no code.
        if (c.IsUndefined || ReferenceEquals(c._ref, realm.Intrinsics.ArrayConstructor))
        {
            int capacity = originalArray is JsArray source && source.IsDense && source._dense.Length >= length ? (int)length : 1024;
            return own = ArrayCreate(realm, length, null, capacity);
        }

        // 7. If IsConstructor(C) is false, throw a TypeError exception.
        if (!Operations.IsConstructor(c)) throw realm.TypeError("object.constructor[Symbol.species] is not a constructor");

        // 8. Return ? Construct(C, « 𝔽(length) »).
        JsValue result = Operations.Construct(realm, c, [JsValue.FromNumber(length)]);
        return result._ref as JsObject ?? throw realm.TypeError("Species constructor returned a non-object");
    }

    /// <summary>
    /// Makes <paramref name="items"/>[0..count) the elements of <paramref name="array"/>, a fresh empty array
    /// of the caller's own (see ArraySpeciesCreate's own): the storage is taken over, trimmed when mostly
    /// unused, and the rest of it filled with holes as JsArray's invariants require.
    /// </summary>
    internal static void AdoptDense(this JsArray array, JsValue[] items, int count)
    {
        if (array._length != 0 || !array.IsDense) throw new InvalidOperationException("AdoptDense needs a fresh empty array.");
        if (count * 2 < items.Length) Array.Resize(ref items, count);
        else items.AsSpan(count).Fill(JsValue.Hole);
        array._dense = items;
        array._length = (uint)count;
    }

    /// <summary>
    /// Whether <paramref name="o"/> is a dense JsArray whose storage says everything HasProperty and Get would
    /// for its indices: a present element is an own data property, and with no indexed property anywhere on the
    /// prototype chain a hole is absent. A copy that skips holes may then copy the storage, holes included.
    /// </summary>
    public static bool IsStorageExact(JsObject o, out JsArray array)
    {
        if (o is JsArray a && a.IsDense && (a._prototype is null || !CompilerServices.Ops.ProtoChainHasIndexedProperties(a._prototype)))
        {
            array = a;
            return true;
        }

        array = null!;
        return false;
    }

    /// <summary>Whether a dense JsArray can be read straight from _dense for indices below its length.</summary>
    public static bool IsFastArray(JsObject o, out JsArray array)
    {
        if (o is JsArray a && a.IsDense)
        {
            array = a;
            return true;
        }

        array = null!;
        return false;
    }
}
