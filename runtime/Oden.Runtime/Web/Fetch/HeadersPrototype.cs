// %Headers% and %Headers.prototype% (https://fetch.spec.whatwg.org/#headers-class), and the Headers
// Iterator prototype.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

[JsToStringTag("Headers")]
internal static partial class HeadersPrototype
{
    /// <see href="https://fetch.spec.whatwg.org/#dom-headers"/>
    [JsConstructor("Headers", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "Headers");
        var headers = new JsHeaders(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.HeadersPrototype), HeadersGuard.None);
        headers.Fill(realm, args.At(0));
        return headers;
    }

    private static JsHeaders This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsHeaders ?? throw WebIdl.IllegalInvocation(realm);

    private static void RequireArgs(Realm realm, ReadOnlySpan<JsValue> args, int count, string method)
    {
        if (args.Length < count)
        {
            throw realm.TypeError($"Headers.{method}: {count} argument{(count == 1 ? "" : "s")} required, but only {args.Length} present.");
        }
    }

    /// <summary>Validates, normalizes and appends (the append algorithm), with the guard check.</summary>
    /// <see href="https://fetch.spec.whatwg.org/#concept-headers-append"/>
    internal static void AppendChecked(Realm realm, JsHeaders headers, string name, string value)
    {
        // 1. Normalize value.
        value = HeaderList.Normalize(value);

        // 2. If validating (name, value) for headers returns false, then return (throws on an invalid one).
        Validate(realm, headers, name, value);

        // 3-5. Append (name, value) to headers's header list.
        headers.List.Append(HeaderList.ToLowerAscii(name), value);
    }

    /// <see href="https://fetch.spec.whatwg.org/#headers-validate"/>
    private static void Validate(Realm realm, JsHeaders headers, string name, string value)
    {
        // 1. If name is not a header name or value is not a header value, then throw a TypeError.
        if (!HeaderList.IsValidName(name)) throw realm.TypeError($"Headers.append: \"{name}\" is an invalid header name.");
        if (!HeaderList.IsValidValue(value)) throw realm.TypeError($"Headers.append: \"{value}\" is an invalid header value.");

        // 2. If headers's guard is "immutable", then throw a TypeError.
        if (headers.Guard == HeadersGuard.Immutable) throw realm.TypeError("immutable");
    }

    [JsFunction("append", Length = 2, Flags = WebIdl.Op)]
    private static JsValue Append(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsHeaders headers = This(realm, thisValue);
        RequireArgs(realm, args, 2, "append");
        AppendChecked(realm, headers, WebIdl.ToByteString(realm, args[0]), WebIdl.ToByteString(realm, args[1]));
        return default;
    }

    /// <see href="https://fetch.spec.whatwg.org/#dom-headers-delete"/>
    [JsFunction("delete", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Delete(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsHeaders headers = This(realm, thisValue);
        RequireArgs(realm, args, 1, "delete");
        string name = WebIdl.ToByteString(realm, args[0]);
        if (!HeaderList.IsValidName(name)) throw realm.TypeError($"Headers.delete: \"{name}\" is an invalid header name.");
        if (headers.Guard == HeadersGuard.Immutable) throw realm.TypeError("immutable");
        headers.List.Delete(HeaderList.ToLowerAscii(name));
        return default;
    }

    /// <see href="https://fetch.spec.whatwg.org/#dom-headers-get"/>
    [JsFunction("get", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsHeaders headers = This(realm, thisValue);
        RequireArgs(realm, args, 1, "get");
        string name = WebIdl.ToByteString(realm, args[0]);
        if (!HeaderList.IsValidName(name)) throw realm.TypeError($"Headers.get: \"{name}\" is an invalid header name.");
        string? value = headers.GetLower(HeaderList.ToLowerAscii(name));
        return value is null ? JsValue.Null : value;
    }

    /// <see href="https://fetch.spec.whatwg.org/#dom-headers-has"/>
    [JsFunction("has", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsHeaders headers = This(realm, thisValue);
        RequireArgs(realm, args, 1, "has");
        string name = WebIdl.ToByteString(realm, args[0]);
        if (!HeaderList.IsValidName(name)) throw realm.TypeError($"Headers.has: \"{name}\" is an invalid header name.");
        return headers.ContainsLower(HeaderList.ToLowerAscii(name));
    }

    /// <see href="https://fetch.spec.whatwg.org/#dom-headers-set"/>
    [JsFunction("set", Length = 2, Flags = WebIdl.Op)]
    private static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsHeaders headers = This(realm, thisValue);
        RequireArgs(realm, args, 2, "set");
        string name = WebIdl.ToByteString(realm, args[0]);
        string value = HeaderList.Normalize(WebIdl.ToByteString(realm, args[1]));
        Validate(realm, headers, name, value);
        headers.List.Set(HeaderList.ToLowerAscii(name), value);
        return default;
    }

    /// <see href="https://fetch.spec.whatwg.org/#dom-headers-getsetcookie"/>
    [JsFunction("getSetCookie", Length = 0, Flags = WebIdl.Op)]
    private static JsValue GetSetCookie(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsHeaders headers = This(realm, thisValue);
        List<string> values = headers.List.GetSetCookie();
        var items = new JsValue[values.Count];
        for (int i = 0; i < items.Length; i++) items[i] = values[i];
        return JsArray.FromList(realm, items);
    }

    [JsFunction("keys", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Keys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsHeadersIterator(realm.Intrinsics.HeadersIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Keys);

    [JsFunction("values", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsHeadersIterator(realm.Intrinsics.HeadersIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Values);

    [JsFunction("entries", Length = 0, Flags = WebIdl.Op, Alias = "[Symbol.iterator]")]
    private static JsValue Entries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsHeadersIterator(realm.Intrinsics.HeadersIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Entries);

    /// <see href="https://webidl.spec.whatwg.org/#es-forEach"/>
    [JsFunction("forEach", Length = 1, Flags = WebIdl.Op)]
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsHeaders headers = This(realm, thisValue);
        if (args.At(0)._ref is not JsFunction callback)
        {
            throw realm.TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
        }

        JsValue thisArg = args.At(1);
        for (int i = 0; ; i++)
        {
            var pairs = headers.List.SortAndCombine();
            if (i >= pairs.Count) break;
            callback.Call3(thisArg, pairs[i].Value, pairs[i].Key, headers);
        }

        return default;
    }
}

[JsToStringTag("Headers Iterator")]
internal static partial class HeadersIteratorPrototype
{
    [JsFunction("next", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsHeadersIterator iterator) throw WebIdl.IllegalInvocation(realm);
        return WebIdl.PairIteratorNext(realm, iterator.Target.List.SortAndCombine(), ref iterator.Index, iterator.Kind);
    }
}
