// The options of one Oden handler: AddOden(o => …) configures the defaults, UseOden("a.js", o => …)
// starts from a copy of them for one more handler.
namespace Oden.Hosting;

/// <summary>How a JavaScript handler is loaded and run.</summary>
public sealed class OdenOptions
{
    /// <summary>The handler: a .js file (compiled in process) or a .dll compiled by odenc.</summary>
    public string? ScriptPath { get; set; }

    /// <summary>A name for logs and metrics; defaults to the script's file name.</summary>
    public string? Name { get; set; }

    /// <summary>Realms per handler version, each on its own event-loop thread; module state is per realm.</summary>
    public int RealmCount { get; set; } = System.Environment.ProcessorCount;

    /// <summary>Watch the script (and every file it requires) and reload on change.</summary>
    public bool Watch { get; set; }

    /// <summary>
    /// How long the watcher waits for more changes before reloading. An editor's save (write a temporary file,
    /// rename it over the script, touch) is a burst of events a few milliseconds long; 50 ms coalesces it
    /// (webpack's watcher waits 20 ms) without adding noticeably to save-to-serving time, and a file written
    /// again while its reload read it is reloaded once more anyway (ScriptWatcher).
    /// </summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Per-request limits.</summary>
    public OdenLimits Limits { get; set; } = new();

    /// <summary>The host's upper bound on outbound fetch (a handler still opts in with { fetch: true }).</summary>
    public OdenFetchOptions Fetch { get; set; } = new();

    /// <summary>The `env` a module worker receives (frozen, string values).</summary>
    public IDictionary<string, string> Environment { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Error details (JavaScript stacks) in 500 responses; null: only in the Development environment.</summary>
    public bool? DetailedErrors { get; set; }

    /// <summary>
    /// Whether a request continues on its realm's thread once the handler decided (writing the response and
    /// returning to the middleware before UseOden and to the server there), instead of hopping to the thread
    /// pool. Saves a thread switch per request; middleware that runs after UseOden returns (code after its
    /// <c>await next()</c>) must not block then, or the realm's other requests wait. `odenc serve` turns it on.
    /// </summary>
    public bool ContinueOnRealmThread { get; set; }

    internal OdenOptions Clone() => new()
    {
        ScriptPath = ScriptPath,
        Name = Name,
        RealmCount = RealmCount,
        Watch = Watch,
        WatchDebounce = WatchDebounce,
        Limits = Limits with { },
        Fetch = new OdenFetchOptions { Enabled = Fetch.Enabled, Timeout = Fetch.Timeout, AllowedHosts = new List<string>(Fetch.AllowedHosts), Client = Fetch.Client },
        Environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal),
        DetailedErrors = DetailedErrors,
        ContinueOnRealmThread = ContinueOnRealmThread,
    };
}

/// <summary>Per-request limits; each one answers with a clear status and a log line.</summary>
public sealed record OdenLimits
{
    /// <summary>How long a request may wait for its response to start (then 504); a realm stuck in one job that long is interrupted.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest request body a handler may read or have parsed (then 413).</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>How long a started (streamed) response may go without a write before it is aborted.</summary>
    public TimeSpan ResponseIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long work passed to waitUntil may keep a retired handler version alive.</summary>
    public TimeSpan WaitUntilTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The host's fetch policy: the upper bound of what handlers may fetch.</summary>
public sealed class OdenFetchOptions
{
    /// <summary>Whether handlers may use fetch at all (they still opt in with { fetch: true }).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Host names handlers may reach ("api.example.com", compared without case or port); empty: any.</summary>
    public IList<string> AllowedHosts { get; set; } = new List<string>();

    /// <summary>The timeout of one outbound request.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The client outbound requests go through; null: a shared SocketsHttpHandler.</summary>
    public HttpMessageInvoker? Client { get; set; }
}
