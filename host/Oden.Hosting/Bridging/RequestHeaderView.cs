// RequestHeaderView: an incoming request's headers as the realm sees them (JsRequest's Headers source), read
// from the ASP.NET Core header dictionary itself while the request runs: headers.get('content-type') is one
// dictionary lookup, not a copy of every header.
//
// Kestrel reuses the dictionary for the connection's next request once the middleware returns, and script
// code may keep the Request longer (a timer, waitUntil). So the middleware calls Detach before it returns:
// from then on the view answers from a snapshot. A live read that overlaps Detach is discarded for the
// snapshot (the dictionary is reset only after Detach published it), and a full read that finished before
// Detach is the snapshot itself (Detach then copies nothing).
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Oden.Runtime.Web;

namespace Oden.Hosting.Bridging;

internal sealed class RequestHeaderView(IHeaderDictionary live) : IHeaderLookup
{
    private KeyValuePair<string, string>[]? _snapshot;

    /// <summary>Takes the snapshot (the middleware, before it returns, while the dictionary is still this request's).</summary>
    public void Detach()
    {
        if (Volatile.Read(ref _snapshot) is null) Interlocked.CompareExchange(ref _snapshot, HttpContextExchange.ReadHeaders(live), null);
    }

    public string? Get(string lowerName)
    {
        if (Volatile.Read(ref _snapshot) is { } before) return Find(before, lowerName);
        string? value;
        try
        {
            value = live.TryGetValue(lowerName, out StringValues values) ? Combine(values) : null;
        }
        catch (Exception) when (Volatile.Read(ref _snapshot) is not null)
        {
            value = null; // read while the dictionary was reset for the next request: the snapshot answers
        }

        return Volatile.Read(ref _snapshot) is { } after ? Find(after, lowerName) : value;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        KeyValuePair<string, string>[]? pairs = Volatile.Read(ref _snapshot);
        if (pairs is null)
        {
            try
            {
                KeyValuePair<string, string>[] read = HttpContextExchange.ReadHeaders(live);
                // Finished before Detach published a snapshot: this read is the snapshot.
                pairs = Interlocked.CompareExchange(ref _snapshot, read, null) ?? read;
            }
            catch (Exception) when (Volatile.Read(ref _snapshot) is not null)
            {
                pairs = _snapshot!;
            }
        }

        return ((IEnumerable<KeyValuePair<string, string>>)pairs).GetEnumerator();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static string? Combine(StringValues values)
    {
        if (values.Count == 1) return HeaderValue(values[0]);
        string? combined = null;
        foreach (string? v in values)
        {
            string value = HeaderValue(v);
            combined = combined is null ? value : combined + ", " + value;
        }

        return combined;
    }

    private static string? Find(KeyValuePair<string, string>[] pairs, string lowerName)
    {
        string? combined = null;
        foreach (var (name, v) in pairs)
        {
            if (!name.Equals(lowerName, StringComparison.OrdinalIgnoreCase)) continue;
            string value = HeaderValue(v);
            combined = combined is null ? value : combined + ", " + value;
        }

        return combined;
    }

    /// <summary>A value as a Headers object holds it: HTTP whitespace trimmed (what HeaderList.Normalize does).</summary>
    private static string HeaderValue(string? value) => value is null ? "" : value.Trim(HttpWhitespace);

    private static readonly char[] HttpWhitespace = ['\t', '\n', '\r', ' '];
}
