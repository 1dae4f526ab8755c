namespace Oden.Runtime.Builtins;

/// <summary>%MapIteratorPrototype%.</summary>
[JsToStringTag("Map Iterator")]
internal static partial class MapIteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%mapiteratorprototype%.next"/>
    [JsFunction("next")]
    internal static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Return ? GeneratorResume(this value, empty, "%MapIteratorPrototype%"): the receiver must be a Map Iterator.
        if (thisValue.TryGetObject is not JsMapIterator iterator)
        {
            throw realm.TypeError("Method Map Iterator.prototype.next called on incompatible receiver " + MapPrototype.DescribeReceiver(realm, thisValue));
        }

        bool done = !iterator.TryNext(realm, out JsValue value);
        return IteratorRecord.CreateIterResultObject(realm, value, done);
    }
}
