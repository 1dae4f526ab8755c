namespace Oden.Runtime.Builtins;

/// <summary>%IteratorPrototype%.</summary>
internal static partial class IteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%iteratorprototype%-@@iterator"/>
    [JsFunction("[Symbol.iterator]")]
    private static JsValue Iterator(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;
}

/// <summary>%ArrayIteratorPrototype%.</summary>
[JsToStringTag("Array Iterator")]
internal static partial class ArrayIteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next"/>
    [JsFunction("next")]
    internal static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.TryGetObject is not JsArrayIterator iterator)
        {
            throw realm.TypeError("Method Array Iterator.prototype.next called on incompatible receiver " + Operations.DescribeForError(realm, thisValue));
        }

        bool done = !iterator.TryNext(realm, out JsValue value);
        return IteratorRecord.CreateIterResultObject(realm, value, done);
    }
}

/// <summary>%StringIteratorPrototype%.</summary>
[JsToStringTag("String Iterator")]
internal static partial class StringIteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%stringiteratorprototype%.next"/>
    [JsFunction("next")]
    internal static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.TryGetObject is not JsStringIterator iterator)
        {
            throw realm.TypeError("Method String Iterator.prototype.next called on incompatible receiver " + Operations.DescribeForError(realm, thisValue));
        }

        bool done = !iterator.TryNext(out JsValue value);
        return IteratorRecord.CreateIterResultObject(realm, value, done);
    }
}
