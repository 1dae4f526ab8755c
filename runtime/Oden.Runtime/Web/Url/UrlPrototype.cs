// URL and URLSearchParams (https://url.spec.whatwg.org/#api). A URL owns its URLSearchParams object
// (created on first read of searchParams) and the two stay linked: changing the params rewrites the
// URL's query, setting search/href re-parses the params' list.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsUrl : JsObject
{
    internal JsUrl(JsObject prototype, UrlRecord url)
        : base(prototype)
    {
        Url = url;
    }

    public override string ClassName => "URL";

    internal UrlRecord Url;
    internal JsUrlSearchParams? QueryObject;

    /// <summary>The serialized URL.</summary>
    public string Href => Url.Serialize();
}

public sealed class JsUrlSearchParams : JsObject
{
    internal JsUrlSearchParams(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "URLSearchParams";

    internal List<KeyValuePair<string, string>> List = [];
    internal JsUrl? UrlObject;

    /// <summary>application/x-www-form-urlencoded serialization of the list.</summary>
    public string Serialize() => FormUrlEncoded.Serialize(List);

    /// <see href="https://url.spec.whatwg.org/#concept-urlsearchparams-update"/>
    internal void Update()
    {
        if (UrlObject is null) return;
        string serialized = Serialize();
        UrlObject.Url.Query = serialized.Length == 0 ? null : serialized;
    }
}

internal static class FormUrlEncoded
{
    /// <see href="https://url.spec.whatwg.org/#concept-urlencoded-parser"/>
    public static List<KeyValuePair<string, string>> Parse(string input)
    {
        var output = new List<KeyValuePair<string, string>>();
        byte[] bytes = WebIdl.Utf8Encode(input);
        int start = 0;
        for (int i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != '&') continue;
            ReadOnlySpan<byte> sequence = bytes.AsSpan(start, i - start);
            start = i + 1;
            if (sequence.Length == 0) continue;
            int eq = sequence.IndexOf((byte)'=');
            ReadOnlySpan<byte> name = eq >= 0 ? sequence[..eq] : sequence;
            ReadOnlySpan<byte> value = eq >= 0 ? sequence[(eq + 1)..] : [];
            output.Add(new KeyValuePair<string, string>(Decode(name), Decode(value)));
        }

        return output;
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        for (int i = 0; i < copy.Length; i++)
        {
            if (copy[i] == '+') copy[i] = (byte)' ';
        }

        return WebIdl.Utf8DecodeNoBom(UrlParser.PercentDecode(copy));
    }

    /// <see href="https://url.spec.whatwg.org/#concept-urlencoded-serializer"/>
    public static string Serialize(List<KeyValuePair<string, string>> list)
    {
        var sb = new StringBuilder();
        foreach (var pair in list)
        {
            if (sb.Length > 0) sb.Append('&');
            foreach (Rune r in pair.Key.EnumerateRunes()) UrlParser.PercentEncode(sb, r.Value, UrlParser.EncodeSet.FormUrlEncoded, spaceAsPlus: true);
            sb.Append('=');
            foreach (Rune r in pair.Value.EnumerateRunes()) UrlParser.PercentEncode(sb, r.Value, UrlParser.EncodeSet.FormUrlEncoded, spaceAsPlus: true);
        }

        return sb.ToString();
    }
}

/// <summary>%URL%'s static methods.</summary>
internal static partial class UrlConstructor
{
    /// <see href="https://url.spec.whatwg.org/#dom-url-canparse"/>
    [JsFunction("canParse", Length = 1, Flags = WebIdl.Op)]
    internal static JsValue CanParse(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) throw realm.TypeError("The \"url\" argument must be specified");
        return UrlPrototype.ApiParse(realm, WebIdl.ToUsvString(realm, args[0]), args.At(1)) is not null;
    }
}

[JsToStringTag("URL")]
internal static partial class UrlPrototype
{
    /// <see href="https://url.spec.whatwg.org/#dom-url-url"/>
    [JsConstructor("URL", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "URL");
        if (args.Length == 0) throw realm.TypeError("The \"url\" argument must be specified");
        string input = WebIdl.ToUsvString(realm, args[0]);
        UrlRecord? url = ApiParse(realm, input, args.At(1));
        if (url is null) throw InvalidUrl(realm);
        return new JsUrl(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.UrlPrototype), url);
    }

    internal static JsException InvalidUrl(Realm realm) => realm.TypeError("Invalid URL");

    /// <see href="https://url.spec.whatwg.org/#api-url-parser"/>
    internal static UrlRecord? ApiParse(Realm realm, string input, JsValue baseValue)
    {
        UrlRecord? parsedBase = null;
        if (!baseValue.IsUndefined)
        {
            parsedBase = UrlParser.Parse(WebIdl.ToUsvString(realm, baseValue), null);
            if (parsedBase is null) return null;
        }

        return UrlParser.Parse(input, parsedBase);
    }

    private static JsUrl This(Realm realm, JsValue thisValue) => thisValue._ref as JsUrl ?? throw WebIdl.IllegalInvocation(realm);

    private static string Arg(Realm realm, ReadOnlySpan<JsValue> args) => WebIdl.ToUsvString(realm, args.At(0));

    [JsFunction("toString", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Href;

    [JsFunction("toJSON", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ToJson(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Href;

    [JsGetter("href", Flags = WebIdl.Attr)]
    private static JsValue GetHref(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Href;

    /// <see href="https://url.spec.whatwg.org/#dom-url-href"/>
    [JsSetter("href", Flags = WebIdl.Attr)]
    private static JsValue SetHref(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        UrlRecord parsed = UrlParser.Parse(Arg(realm, args), null) ?? throw InvalidUrl(realm);
        url.Url = parsed;
        if (url.QueryObject is { } q) q.List = parsed.Query is null ? [] : FormUrlEncoded.Parse(parsed.Query);
        return default;
    }

    [JsGetter("origin", Flags = WebIdl.Attr)]
    private static JsValue GetOrigin(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url.SerializeOrigin();

    [JsGetter("protocol", Flags = WebIdl.Attr)]
    private static JsValue GetProtocol(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url.Scheme + ":";

    [JsSetter("protocol", Flags = WebIdl.Attr)]
    private static JsValue SetProtocol(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        Override(url, Arg(realm, args) + ":", UrlState.SchemeStart);
        return default;
    }

    /// <summary>Runs the basic URL parser with a state override on a copy, keeping the copy unless it failed.</summary>
    private static void Override(JsUrl url, string input, UrlState state)
    {
        UrlRecord copy = url.Url.Clone();
        if (UrlParser.BasicParse(input, null, copy, state)) url.Url = copy;
    }

    [JsGetter("username", Flags = WebIdl.Attr)]
    private static JsValue GetUsername(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url.Username;

    [JsSetter("username", Flags = WebIdl.Attr)]
    private static JsValue SetUsername(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (url.Url.CannotHaveUsernamePasswordPort) return default;
        url.Url.Username = UrlParser.PercentEncodeString(value, UrlParser.EncodeSet.Userinfo);
        return default;
    }

    [JsGetter("password", Flags = WebIdl.Attr)]
    private static JsValue GetPassword(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url.Password;

    [JsSetter("password", Flags = WebIdl.Attr)]
    private static JsValue SetPassword(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (url.Url.CannotHaveUsernamePasswordPort) return default;
        url.Url.Password = UrlParser.PercentEncodeString(value, UrlParser.EncodeSet.Userinfo);
        return default;
    }

    [JsGetter("host", Flags = WebIdl.Attr)]
    private static JsValue GetHost(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        UrlRecord url = This(realm, thisValue).Url;
        if (url.Host is null) return "";
        return url.Port is { } p ? url.Host + ":" + p : url.Host;
    }

    [JsSetter("host", Flags = WebIdl.Attr)]
    private static JsValue SetHost(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (url.Url.HasOpaquePath) return default;
        Override(url, value, UrlState.Host);
        return default;
    }

    [JsGetter("hostname", Flags = WebIdl.Attr)]
    private static JsValue GetHostname(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url.Host ?? "";

    [JsSetter("hostname", Flags = WebIdl.Attr)]
    private static JsValue SetHostname(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (url.Url.HasOpaquePath) return default;
        Override(url, value, UrlState.Hostname);
        return default;
    }

    [JsGetter("port", Flags = WebIdl.Attr)]
    private static JsValue GetPort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        int? port = This(realm, thisValue).Url.Port;
        return port is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
    }

    [JsSetter("port", Flags = WebIdl.Attr)]
    private static JsValue SetPort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (url.Url.CannotHaveUsernamePasswordPort) return default;
        if (value.Length == 0) url.Url.Port = null;
        else Override(url, value, UrlState.Port);
        return default;
    }

    [JsGetter("pathname", Flags = WebIdl.Attr)]
    private static JsValue GetPathname(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url.SerializePath();

    [JsSetter("pathname", Flags = WebIdl.Attr)]
    private static JsValue SetPathname(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (url.Url.HasOpaquePath) return default;
        UrlRecord copy = url.Url.Clone();
        copy.Path.Clear();
        if (UrlParser.BasicParse(value, null, copy, UrlState.PathStart)) url.Url = copy;
        return default;
    }

    [JsGetter("search", Flags = WebIdl.Attr)]
    private static JsValue GetSearch(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string? query = This(realm, thisValue).Url.Query;
        return string.IsNullOrEmpty(query) ? "" : "?" + query;
    }

    /// <see href="https://url.spec.whatwg.org/#dom-url-search"/>
    [JsSetter("search", Flags = WebIdl.Attr)]
    private static JsValue SetSearch(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (value.Length == 0)
        {
            url.Url.Query = null;
            if (url.QueryObject is { } empty) empty.List = [];
            StripTrailingSpacesFromOpaquePath(url.Url);
            return default;
        }

        string input = value[0] == '?' ? value[1..] : value;
        UrlRecord copy = url.Url.Clone();
        copy.Query = "";
        if (UrlParser.BasicParse(input, null, copy, UrlState.Query)) url.Url = copy;
        if (url.QueryObject is { } q) q.List = FormUrlEncoded.Parse(input);
        return default;
    }

    /// <see href="https://url.spec.whatwg.org/#potentially-strip-trailing-spaces-from-an-opaque-path"/>
    internal static void StripTrailingSpacesFromOpaquePath(UrlRecord url)
    {
        if (!url.HasOpaquePath || url.Fragment is not null || url.Query is not null) return;
        url.OpaquePath = url.OpaquePath!.TrimEnd(' ');
    }

    [JsGetter("searchParams", Flags = WebIdl.Attr)]
    private static JsValue GetSearchParams(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        if (url.QueryObject is null)
        {
            var q = new JsUrlSearchParams(realm.Intrinsics.UrlSearchParamsPrototype)
            {
                UrlObject = url,
                List = url.Url.Query is null ? [] : FormUrlEncoded.Parse(url.Url.Query),
            };
            url.QueryObject = q;
        }

        return url.QueryObject;
    }

    [JsGetter("hash", Flags = WebIdl.Attr)]
    private static JsValue GetHash(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string? fragment = This(realm, thisValue).Url.Fragment;
        return string.IsNullOrEmpty(fragment) ? "" : "#" + fragment;
    }

    [JsSetter("hash", Flags = WebIdl.Attr)]
    private static JsValue SetHash(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrl url = This(realm, thisValue);
        string value = Arg(realm, args);
        if (value.Length == 0)
        {
            url.Url.Fragment = null;
            StripTrailingSpacesFromOpaquePath(url.Url);
            return default;
        }

        string input = value[0] == '#' ? value[1..] : value;
        UrlRecord copy = url.Url.Clone();
        copy.Fragment = "";
        if (UrlParser.BasicParse(input, null, copy, UrlState.Fragment)) url.Url = copy;
        return default;
    }
}

[JsToStringTag("URLSearchParams")]
internal static partial class UrlSearchParamsPrototype
{
    /// <see href="https://url.spec.whatwg.org/#dom-urlsearchparams-urlsearchparams"/>
    [JsConstructor("URLSearchParams", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "URLSearchParams");
        var query = new JsUrlSearchParams(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.UrlSearchParamsPrototype));
        JsValue init = args.At(0);

        // node treats null like undefined (the Web IDL union would stringify it to "null").
        if (init.IsNullish) return query;
        if (init._ref is JsObject o)
        {
            JsFunction? method = Operations.GetMethod(realm, o, PropertyKey.FromSymbol(JsSymbol.Iterator));
            if (method is not null)
            {
                IteratorRecord outer = IteratorRecord.GetIteratorFromMethod(realm, o, method);
                while (outer.Step(realm, out JsValue item))
                {
                    if (item._ref is not JsObject) throw realm.TypeError("Each query pair must be an iterable [name, value] tuple");
                    List<JsValue> pair = IteratorRecord.IterableToList(realm, item);
                    if (pair.Count != 2) throw realm.TypeError("Each query pair must be an iterable [name, value] tuple");
                    query.List.Add(new(WebIdl.ToUsvString(realm, pair[0]), WebIdl.ToUsvString(realm, pair[1])));
                }

                return query;
            }

            foreach (PropertyKey key in o.OwnPropertyKeys())
            {
                if (!o.GetOwnProperty(key, out PropertyDescriptor desc) || !desc.Enumerable) continue;
                string name = WebIdl.ToUsvString(realm, key.ToJsValue());
                string value = WebIdl.ToUsvString(realm, o.Get(key));

                // A record keeps one entry per key (the later value wins, in the first key's place).
                int existing = query.List.FindIndex(p => p.Key == name);
                if (existing >= 0) query.List[existing] = new(name, value);
                else query.List.Add(new(name, value));
            }

            return query;
        }

        string s = WebIdl.ToUsvString(realm, init);
        if (s.StartsWith('?')) s = s[1..];
        query.List = FormUrlEncoded.Parse(s);
        return query;
    }

    private static JsUrlSearchParams This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsUrlSearchParams ?? throw WebIdl.IllegalInvocation(realm);

    private static void RequireArgs(Realm realm, ReadOnlySpan<JsValue> args, int count, string name)
    {
        if (args.Length < count) throw realm.TypeError($"The \"{name}\" argument must be specified");
    }

    [JsGetter("size", Flags = WebIdl.Attr)]
    private static JsValue Size(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).List.Count;

    [JsFunction("append", Length = 2, Flags = WebIdl.Op)]
    private static JsValue Append(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        RequireArgs(realm, args, 2, "name\" and \"value");
        q.List.Add(new(WebIdl.ToUsvString(realm, args[0]), WebIdl.ToUsvString(realm, args[1])));
        q.Update();
        return default;
    }

    [JsFunction("delete", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Delete(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        RequireArgs(realm, args, 1, "name");
        string name = WebIdl.ToUsvString(realm, args[0]);
        if (args.At(1).IsUndefined)
        {
            q.List.RemoveAll(p => p.Key == name);
        }
        else
        {
            string value = WebIdl.ToUsvString(realm, args[1]);
            q.List.RemoveAll(p => p.Key == name && p.Value == value);
        }

        q.Update();
        return default;
    }

    [JsFunction("get", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        RequireArgs(realm, args, 1, "name");
        string name = WebIdl.ToUsvString(realm, args[0]);
        foreach (var p in q.List)
        {
            if (p.Key == name) return p.Value;
        }

        return JsValue.Null;
    }

    [JsFunction("getAll", Length = 1, Flags = WebIdl.Op)]
    private static JsValue GetAll(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        RequireArgs(realm, args, 1, "name");
        string name = WebIdl.ToUsvString(realm, args[0]);
        var values = new List<JsValue>();
        foreach (var p in q.List)
        {
            if (p.Key == name) values.Add(p.Value);
        }

        return JsArray.FromList(realm, values);
    }

    [JsFunction("has", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        RequireArgs(realm, args, 1, "name");
        string name = WebIdl.ToUsvString(realm, args[0]);
        if (args.At(1).IsUndefined) return q.List.Exists(p => p.Key == name);
        string value = WebIdl.ToUsvString(realm, args[1]);
        return q.List.Exists(p => p.Key == name && p.Value == value);
    }

    [JsFunction("set", Length = 2, Flags = WebIdl.Op)]
    private static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        RequireArgs(realm, args, 2, "name\" and \"value");
        string name = WebIdl.ToUsvString(realm, args[0]);
        string value = WebIdl.ToUsvString(realm, args[1]);
        int first = q.List.FindIndex(p => p.Key == name);
        if (first < 0)
        {
            q.List.Add(new(name, value));
        }
        else
        {
            q.List[first] = new(name, value);
            for (int i = q.List.Count - 1; i > first; i--)
            {
                if (q.List[i].Key == name) q.List.RemoveAt(i);
            }
        }

        q.Update();
        return default;
    }

    /// <summary>A stable sort by name in code-unit order.</summary>
    [JsFunction("sort", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Sort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        q.List = q.List.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        q.Update();
        return default;
    }

    [JsFunction("toString", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Serialize();

    [JsFunction("forEach", Length = 1, Flags = WebIdl.Op)]
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsUrlSearchParams q = This(realm, thisValue);
        if (args.At(0)._ref is not JsFunction callback) throw realm.TypeError("The \"callback\" argument must be of type function");
        for (int i = 0; i < q.List.Count; i++)
        {
            callback.Call3(args.At(1), q.List[i].Value, q.List[i].Key, q);
        }

        return default;
    }

    [JsFunction("keys", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Keys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsUrlSearchParamsIterator(realm.Intrinsics.UrlSearchParamsIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Keys);

    [JsFunction("values", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsUrlSearchParamsIterator(realm.Intrinsics.UrlSearchParamsIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Values);

    [JsFunction("entries", Length = 0, Flags = WebIdl.Op, Alias = "[Symbol.iterator]")]
    private static JsValue Entries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsUrlSearchParamsIterator(realm.Intrinsics.UrlSearchParamsIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Entries);
}

internal sealed class JsUrlSearchParamsIterator(JsObject prototype, JsUrlSearchParams target, CollectionIterationKind kind) : JsObject(prototype)
{
    public JsUrlSearchParams Target { get; } = target;

    public CollectionIterationKind Kind { get; } = kind;

    public int Index;

    public override string ClassName => "URLSearchParams Iterator";
}

[JsToStringTag("URLSearchParams Iterator")]
internal static partial class UrlSearchParamsIteratorPrototype
{
    [JsFunction("next", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsUrlSearchParamsIterator iterator) throw WebIdl.IllegalInvocation(realm);
        return WebIdl.PairIteratorNext(realm, iterator.Target.List, ref iterator.Index, iterator.Kind);
    }
}
