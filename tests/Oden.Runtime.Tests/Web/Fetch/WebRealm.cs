// WebRealm: compiles a script into a collectible context, runs it in a realm the test configured (a fetch
// policy with a stub handler), and pumps the realm's queue on the test thread — which is the realm's
// thread here — until the script's work (jobs, posted completions, external work) is done.
using System.Runtime.CompilerServices;
using Oden.Compiler;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;

namespace Oden.Runtime.Tests.Web.Fetch;

internal sealed class WebRealm : IDisposable
{
    private readonly ScriptLoadContext _context = new("web-test");

    public WebRealm(Action<Realm>? configure = null)
    {
        Host = new TestHost();
        Realm = new Realm(Host);
        configure?.Invoke(Realm);
    }

    public TestHost Host { get; }

    public Realm Realm { get; }

    public string Output => Host.Output;

    /// <summary>The module exports of the last script <see cref="Execute"/> ran.</summary>
    public JsValue Exports { get; private set; }

    /// <summary>Compiles and runs <paramref name="source"/>, then pumps until nothing is pending.</summary>
    public WebRealm Run(string source)
    {
        Execute(source);
        Pump();
        return this;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Execute(string source)
    {
        var compilation = OdenCompilation.Create(new SourceFile("web-test.js", source), new CompilationOptions());
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(pe, pdb);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        pe.Position = 0;
        pdb.Position = 0;
        Exports = ScriptAssembly.Run(_context.LoadScript(pe, pdb), Realm);
    }

    /// <summary>Runs jobs and posted completions until none is pending (or <paramref name="until"/> holds).</summary>
    public void Pump(Func<bool>? until = null, double timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            Realm.Jobs.RunUntilIdle();
            if (until is not null ? until() : Realm.Jobs.PendingExternalWork == 0 && !Realm.Jobs.HasPostedWork) return;
            Assert.True(DateTime.UtcNow < deadline, "the realm's work did not finish in time; output so far:\n" + Output);
            Realm.Jobs.WaitForPostedWork(TimeSpan.FromMilliseconds(50));
        }
    }

    public JsValue Global(string name) => Realm.GlobalObject.Get(name);

    public void Dispose() => _context.Unload();
}

/// <summary>An HttpMessageHandler answering with a delegate (no network).</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return respond(request, cancellationToken);
    }
}
