namespace Oden.Runtime.Builtins;

/// <summary>%SetIteratorPrototype%.</summary>
[JsToStringTag("Set Iterator")]
internal static partial class SetIteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%setiteratorprototype%.next"/>
    [JsFunction("next")]
    internal static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Return ? GeneratorResume(this value, empty, "%SetIteratorPrototype%"): the receiver must be a Set Iterator.
        if (thisValue.TryGetObject is not JsSetIterator iterator)
        {
            throw realm.TypeError("Method Set Iterator.prototype.next called on incompatible receiver " + MapPrototype.DescribeReceiver(realm, thisValue));
        }

        bool done = !iterator.TryNext(realm, out JsValue value);
        return IteratorRecord.CreateIterResultObject(realm, value, done);
    }
}
