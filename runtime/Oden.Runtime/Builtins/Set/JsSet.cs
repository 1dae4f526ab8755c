// JsSet: a Set instance. Its [[SetData]] is an OrderedHashTable without values (see that file for the
// iteration invariants); the object itself is ordinary.
namespace Oden.Runtime.Builtins;

public sealed class JsSet : JsObject
{
    internal JsSet(JsObject prototype)
        : base(prototype)
    {
    }

    /// <summary>[[SetData]].</summary>
    internal OrderedHashTable SetData { get; } = new(hasValues: false);

    public override string ClassName => "Set";

    /// <summary>The number of elements (the size getter without the receiver check).</summary>
    public int Count => SetData.Count;
}

/// <summary>A Set Iterator (%SetIteratorPrototype% instances).</summary>
public sealed class JsSetIterator : JsObject
{
    private JsSet? _set;
    private OrderedHashTable.Cursor _cursor;
    private readonly CollectionIterationKind _kind;

    /// <see href="https://tc39.es/ecma262/#sec-createsetiterator"/>
    internal JsSetIterator(Realm realm, JsSet set, CollectionIterationKind kind)
        : base(realm.Intrinsics.SetIteratorPrototype)
    {
        _set = set;
        _cursor = set.SetData.Start();
        _kind = kind;
    }

    public override string ClassName => "Set Iterator";

    /// <summary>The elements still to come, without consuming them; pairs (e, e) flattened for entries().</summary>
    internal List<JsValue> Preview(out bool keyValue)
    {
        keyValue = _kind == CollectionIterationKind.Entries;
        return _set is null ? [] : _set.SetData.Collect(_cursor, _kind, isSet: true);
    }

    /// <summary>The closure of CreateSetIterator: the next value or [value, value]; false once done, forever.</summary>
    public bool TryNext(Realm realm, out JsValue result)
    {
        if (_set is null)
        {
            result = default;
            return false;
        }

        // b-c. Repeat, while index < numEntries (re-read each time): skip emptied elements, yield the next one.
        if (!_set.SetData.MoveNext(ref _cursor, out JsValue e, out _))
        {
            // d. Return undefined: done for good.
            _set = null;
            result = default;
            return false;
        }

        // iii. If kind is key+value, yield CreateArrayFromList(« e, e »); else yield e.
        result = _kind == CollectionIterationKind.Entries ? Operations.CreateArrayFromList(realm, [e, e]) : e;
        return true;
    }
}
