// JsHeaders: a Headers object (https://fetch.spec.whatwg.org/#headers-class) over a HeaderList, with
// a guard. Headers that a host hands in (an incoming request's) stay as the host's enumerable until
// script code first touches them, so a request whose headers are never read copies nothing; a host
// collection that is an IHeaderLookup answers get() and has() without being copied at all.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

/// <summary>
/// A host's header collection (an incoming request's) that answers a lookup without being copied. Headers
/// objects over it ask it for get() and has() and copy it on the first other use.
/// </summary>
public interface IHeaderLookup : IEnumerable<KeyValuePair<string, string>>
{
    /// <summary>The values of the header named <paramref name="lowerName"/> (lower case), normalized and combined with ", "; null when absent.</summary>
    string? Get(string lowerName);
}

/// <summary>The guard of a Headers object: immutable ones throw a TypeError on every change.</summary>
public enum HeadersGuard : byte
{
    None,
    Request,
    Immutable,
    Response,
}

public sealed class JsHeaders : JsObject
{
    private HeaderList? _list;
    private IEnumerable<KeyValuePair<string, string>>? _pending;

    internal JsHeaders(JsObject prototype, HeadersGuard guard)
        : base(prototype)
    {
        Guard = guard;
    }

    internal JsHeaders(JsObject prototype, HeadersGuard guard, HeaderList list)
        : base(prototype)
    {
        Guard = guard;
        _list = list;
    }

    /// <summary>Headers whose entries come from a host's collection, copied on first use (names lower-cased, values normalized).</summary>
    internal JsHeaders(JsObject prototype, HeadersGuard guard, IEnumerable<KeyValuePair<string, string>> source)
        : base(prototype)
    {
        Guard = guard;
        _pending = source;
    }

    public override string ClassName => "Headers";

    public HeadersGuard Guard { get; internal set; }

    internal HeaderList List
    {
        get
        {
            if (_list is not null) return _list;
            var list = new HeaderList();
            if (_pending is not null)
            {
                foreach (var pair in _pending)
                {
                    list.Append(HeaderList.ToLowerAscii(pair.Key), HeaderList.Normalize(pair.Value));
                }

                _pending = null;
            }

            return _list = list;
        }
    }

    /// <summary>Creates an empty Headers object of a realm (guard none).</summary>
    public static JsHeaders Create(Realm realm) => new(realm.Intrinsics.HeadersPrototype, HeadersGuard.None);

    /// <summary>
    /// The (name, value) pairs as they go on the wire: names lower-cased in code-unit order, the values of a
    /// name combined with ", ", each set-cookie value separate.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Entries() => List.SortAndCombine();

    /// <summary>The combined value of a header, or null.</summary>
    public string? Get(string name) => GetLower(HeaderList.ToLowerAscii(name));

    /// <summary>get() and has() on a host's collection ask it directly instead of copying it (an echo reads one header).</summary>
    internal string? GetLower(string lowerName) =>
        _list is null && _pending is IHeaderLookup lookup ? lookup.Get(lowerName) : List.Get(lowerName);

    internal bool ContainsLower(string lowerName) =>
        _list is null && _pending is IHeaderLookup lookup ? lookup.Get(lowerName) is not null : List.Contains(lowerName);

    /// <summary>Appends a header from .NET code (validated like Headers.prototype.append).</summary>
    public void Append(Realm realm, string name, string value) => HeadersPrototype.AppendChecked(realm, this, name, value);

    /// <summary>A copy with the same guard and entries (what Request and Response clone()).</summary>
    internal JsHeaders CloneHeaders(Realm realm) => new(realm.Intrinsics.HeadersPrototype, Guard, List.Clone());

    /// <summary>Whether the object is a Headers instance.</summary>
    public static bool IsInstance(JsValue value) => value._ref is JsHeaders;

    internal void Fill(Realm realm, JsValue init)
    {
        // https://fetch.spec.whatwg.org/#concept-headers-fill
        if (init.IsUndefined) return;
        if (init._ref is not JsObject o)
        {
            throw realm.TypeError("Headers constructor: expected a sequence or a record as init");
        }

        if (o is JsHeaders other && ReferenceEquals(other.GetPrototypeOf(), realm.Intrinsics.HeadersPrototype) && other.IsPlain)
        {
            foreach (var e in other.List.RawEntries) HeadersPrototype.AppendChecked(realm, this, e.Key, e.Value);
            return;
        }

        JsFunction? method = Operations.GetMethod(realm, o, PropertyKey.FromSymbol(JsSymbol.Iterator));
        if (method is not null)
        {
            // sequence<sequence<ByteString>>
            IteratorRecord outer = IteratorRecord.GetIteratorFromMethod(realm, o, method);
            var pairs = new List<(string, string)>();
            while (outer.Step(realm, out JsValue item))
            {
                if (item._ref is not JsObject)
                {
                    throw realm.TypeError("Headers constructor: expected name/value pair to be length 2, found " + (item.IsNullish ? "0" : "1") + ".");
                }

                List<JsValue> pair = IteratorRecord.IterableToList(realm, item);
                if (pair.Count != 2)
                {
                    throw realm.TypeError($"Headers constructor: expected name/value pair to be length 2, found {pair.Count}.");
                }

                pairs.Add((WebIdl.ToByteString(realm, pair[0]), WebIdl.ToByteString(realm, pair[1])));
            }

            foreach (var (name, value) in pairs) HeadersPrototype.AppendChecked(realm, this, name, value);
            return;
        }

        // record<ByteString, ByteString>
        var record = new List<(string, string)>();
        foreach (PropertyKey key in o.OwnPropertyKeys())
        {
            if (!o.GetOwnProperty(key, out PropertyDescriptor desc) || !desc.Enumerable) continue;
            string name = WebIdl.ToByteString(realm, key.ToJsValue());
            record.Add((name, WebIdl.ToByteString(realm, o.Get(key))));
        }

        foreach (var (name, value) in record) HeadersPrototype.AppendChecked(realm, this, name, value);
    }

    /// <summary>True while no own property was added (the unobservable fast paths need a plain instance).</summary>
    internal bool IsPlain => Shape.Count == 0 && !Shape.IsDictionary;
}

/// <summary>A Headers Iterator: the object and the position; the pairs are re-read on each next() (Web IDL).</summary>
internal sealed class JsHeadersIterator(JsObject prototype, JsHeaders target, CollectionIterationKind kind) : JsObject(prototype)
{
    public JsHeaders Target { get; } = target;

    public CollectionIterationKind Kind { get; } = kind;

    public int Index;

    public override string ClassName => "Headers Iterator";
}
