// JsMap: a Map instance. Its [[MapData]] is an OrderedHashTable (see that file for the iteration
// invariants); the object itself is ordinary.
namespace Oden.Runtime.Builtins;

public sealed class JsMap : JsObject
{
    internal JsMap(JsObject prototype)
        : base(prototype)
    {
    }

    /// <summary>[[MapData]].</summary>
    internal OrderedHashTable MapData { get; } = new(hasValues: true);

    public override string ClassName => "Map";

    /// <summary>The number of entries (the size getter without the receiver check).</summary>
    public int Count => MapData.Count;
}

/// <summary>Which part of each entry a Map or Set Iterator yields.</summary>
public enum CollectionIterationKind : byte
{
    Keys,
    Values,
    Entries,
}

/// <summary>A Map Iterator (%MapIteratorPrototype% instances).</summary>
public sealed class JsMapIterator : JsObject
{
    private JsMap? _iterated;
    private OrderedHashTable.Cursor _cursor;
    private readonly CollectionIterationKind _kind;

    /// <see href="https://tc39.es/ecma262/#sec-createmapiterator"/>
    internal JsMapIterator(Realm realm, JsMap map, CollectionIterationKind kind)
        : base(realm.Intrinsics.MapIteratorPrototype)
    {
        _iterated = map;
        _cursor = map.MapData.Start();
        _kind = kind;
    }

    public override string ClassName => "Map Iterator";

    /// <summary>
    /// The entries still to come, without consuming them (console.log's preview): keys or values, or
    /// key, value pairs flattened when the iterator yields entries (<paramref name="keyValue"/>).
    /// </summary>
    internal List<JsValue> Preview(out bool keyValue)
    {
        keyValue = _kind == CollectionIterationKind.Entries;
        return _iterated is null ? [] : _iterated.MapData.Collect(_cursor, _kind, isSet: false);
    }

    /// <summary>The closure of CreateMapIterator: the next key, value or [key, value]; false once done, forever.</summary>
    public bool TryNext(Realm realm, out JsValue result)
    {
        if (_iterated is null)
        {
            result = default;
            return false;
        }

        // b-c. Repeat, while index < numEntries (re-read each time): skip emptied entries, yield the next one.
        if (!_iterated.MapData.MoveNext(ref _cursor, out JsValue key, out JsValue value))
        {
            // d. Return undefined: the generator is done, and stays done even if entries are added later.
            _iterated = null;
            result = default;
            return false;
        }

        result = _kind switch
        {
            CollectionIterationKind.Keys => key,
            CollectionIterationKind.Values => value,
            _ => Operations.CreateArrayFromList(realm, [key, value]),
        };
        return true;
    }
}
