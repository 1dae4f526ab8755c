// JsRegExpStringIterator: the iterator String.prototype.matchAll returns.
namespace Oden.Runtime.Builtins;

public sealed class JsRegExpStringIterator : JsObject
{
    private readonly JsObject _iteratingRegExp;
    private readonly string _iteratedString;
    private readonly bool _global;
    private readonly bool _unicode;
    private bool _done;

    /// <see href="https://tc39.es/ecma262/#sec-createregexpstringiterator"/>
    public JsRegExpStringIterator(Realm realm, JsObject regexp, string s, bool global, bool fullUnicode)
        : base(realm.Intrinsics.RegExpStringIteratorPrototype)
    {
        _iteratingRegExp = regexp;
        _iteratedString = s;
        _global = global;
        _unicode = fullUnicode;
    }

    public override string ClassName => "RegExp String Iterator";

    /// <see href="https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%.next"/>
    public bool TryNext(Realm realm, out JsValue value)
    {
        value = default;
        if (_done) return false;

        // a. Let match be ? RegExpExec(R, S). b. If match is null, return undefined (done).
        JsValue match = RegExpPrototype.RegExpExec(realm, _iteratingRegExp, _iteratedString);
        if (match.IsNull)
        {
            _done = true;
            return false;
        }

        // c. If global is false, yield match once and finish.
        if (!_global)
        {
            _done = true;
            value = match;
            return true;
        }

        // d. An empty match advances lastIndex.
        string matchStr = Operations.ToString(realm, match.AsObject.Get("0"));
        if (matchStr.Length == 0)
        {
            double thisIndex = Operations.ToLength(realm, _iteratingRegExp.Get("lastIndex"));
            Operations.Set(realm, _iteratingRegExp, "lastIndex", JsRegExp.AdvanceStringIndex(_iteratedString, thisIndex, _unicode), throwOnFailure: true);
        }

        value = match;
        return true;
    }
}

/// <summary>%RegExpStringIteratorPrototype%.</summary>
[JsToStringTag("RegExp String Iterator")]
internal static partial class RegExpStringIteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%.next"/>
    [JsFunction("next")]
    internal static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.TryGetObject is not JsRegExpStringIterator iterator)
        {
            throw realm.TypeError("Method RegExp String Iterator.prototype.next called on incompatible receiver " + Operations.DescribeForError(realm, thisValue));
        }

        bool done = !iterator.TryNext(realm, out JsValue value);
        return IteratorRecord.CreateIterResultObject(realm, value, done);
    }
}
