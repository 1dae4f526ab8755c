// JsArrayIterator: an Array Iterator object (%ArrayIteratorPrototype% instances). It holds the iterated
// array-like, the next index and the kind; once exhausted it drops the array-like for good, so a later
// push does not revive it.
namespace Oden.Runtime.Builtins;

public enum ArrayIterationKind : byte
{
    Keys,
    Values,
    Entries,
}

public sealed class JsArrayIterator : JsObject
{
    private JsObject? _iterated;
    private double _nextIndex;
    private readonly ArrayIterationKind _kind;

    /// <see href="https://tc39.es/ecma262/#sec-createarrayiterator"/>
    public JsArrayIterator(Realm realm, JsObject array, ArrayIterationKind kind)
        : base(realm.Intrinsics.ArrayIteratorPrototype)
    {
        _iterated = array;
        _kind = kind;
    }

    /// <summary>
    /// The values iterator of <paramref name="array"/> as a for-of that began without one left it (IteratorRecord's
    /// array mode): at <paramref name="nextIndex"/>, or exhausted when <paramref name="array"/> is null.
    /// </summary>
    internal JsArrayIterator(Realm realm, JsArray? array, uint nextIndex)
        : base(realm.Intrinsics.ArrayIteratorPrototype)
    {
        _iterated = array;
        _nextIndex = nextIndex;
        _kind = ArrayIterationKind.Values;
    }

    public override string ClassName => "Array Iterator";

    /// <summary>The next value, or false once done (the steps of %ArrayIteratorPrototype%.next).</summary>
    public bool TryNext(Realm realm, out JsValue value)
    {
        // 2-3. If a is undefined, return CreateIterResultObject(undefined, true).
        JsObject? a = _iterated;
        if (a is null)
        {
            value = default;
            return false;
        }

        // 6-7. Let len be ? LengthOfArrayLike(a); if index ≥ len, forget a and finish.
        double index = _nextIndex;
        if (a is JsArray fast)
        {
            if (index < fast.Length && _kind == ArrayIterationKind.Values && fast.TryGetDense((uint)index, out value))
            {
                _nextIndex = index + 1;
                return true;
            }
        }

        double len;
        if (a is JsTypedArray typedArray)
        {
            // 6.a-b. A typed array: if IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception;
            // len is TypedArrayLength(taRecord), never an observable "length" read.
            if (typedArray.IsOutOfBounds) throw realm.TypeError("Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer");
            len = typedArray.Length;
        }
        else
        {
            len = Operations.LengthOfArrayLike(realm, a);
        }

        if (index >= len)
        {
            _iterated = null;
            value = default;
            return false;
        }

        // 8. Set [[ArrayLikeNextIndex]] to index + 1.
        _nextIndex = index + 1;

        // 9-12. The key, the value, or [key, value].
        switch (_kind)
        {
            case ArrayIterationKind.Keys:
                value = index;
                break;
            case ArrayIterationKind.Values:
                value = ArrayHelpers.Get(a, index);
                break;
            default:
                JsValue element = ArrayHelpers.Get(a, index);
                value = Operations.CreateArrayFromList(realm, [JsValue.FromNumber(index), element]);
                break;
        }

        return true;
    }
}

/// <summary>A String Iterator object: yields the code points of a string.</summary>
public sealed class JsStringIterator : JsObject
{
    private string? _string;
    private int _position;

    /// <see href="https://tc39.es/ecma262/#sec-createstringiterator"/>
    public JsStringIterator(Realm realm, string s)
        : base(realm.Intrinsics.StringIteratorPrototype)
    {
        _string = s;
    }

    public override string ClassName => "String Iterator";

    public bool TryNext(out JsValue value)
    {
        string? s = _string;
        if (s is null || _position >= s.Length)
        {
            _string = null;
            value = default;
            return false;
        }

        // CodePointAt(s, position): a surrogate pair is one code point; a lone surrogate is itself.
        int start = _position;
        int size = char.IsHighSurrogate(s[start]) && start + 1 < s.Length && char.IsLowSurrogate(s[start + 1]) ? 2 : 1;
        _position = start + size;
        value = size == 1 ? Operations.CharToString(s[start]) : s.Substring(start, 2);
        return true;
    }
}
