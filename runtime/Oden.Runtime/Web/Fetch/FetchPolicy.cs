// FetchPolicy: what outbound fetch() may do in one realm. The host builds it from its OdenOptions (the
// upper bound) and the handler's registration options ({ fetch: true }) and assigns Realm.Fetch.
namespace Oden.Runtime;

/// <summary>The outbound fetch policy of a realm; disabled unless a host says otherwise.</summary>
public sealed class FetchPolicy
{
    /// <summary>The message of the TypeError every fetch throws while fetch is disabled.</summary>
    public const string DisabledMessage =
        "fetch is disabled: pass { fetch: true } in the handler's registration options (and allow it in the host's OdenOptions.Fetch policy)";

    /// <summary>The default: every fetch throws a TypeError with <see cref="DisabledMessage"/>.</summary>
    public static FetchPolicy Disabled { get; } = new();

    /// <summary>Whether fetch may be called at all.</summary>
    public bool Enabled { get; init; }

    /// <summary>The shared client requests go through (an HttpClient or any HttpMessageInvoker the host owns).</summary>
    public System.Net.Http.HttpMessageInvoker? Client { get; init; }

    /// <summary>How long a request may take until its response headers arrive; the body read is not limited.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Host names (case-insensitive, without port) that may be fetched; null allows every host.</summary>
    public IReadOnlyCollection<string>? AllowedHosts { get; init; }

    /// <summary>Whether <paramref name="host"/> (a URL's hostname) passes <see cref="AllowedHosts"/>.</summary>
    public bool IsHostAllowed(string host)
    {
        if (AllowedHosts is null) return true;
        foreach (string allowed in AllowedHosts)
        {
            if (string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
