// The host's metrics (System.Diagnostics.Metrics), meter "Oden.Hosting":
//   oden.requests           counter    requests answered, tagged handler, status
//   oden.handler.errors     counter    throws/rejections/next(err), time-budget and interrupt events, tagged handler, kind
//   oden.reloads            counter    reload attempts, tagged handler, result (success|failure)
//   oden.compile.duration   histogram  milliseconds to compile or load a version, tagged handler
//   oden.realms.active      up-down    realms running, tagged handler
using System.Diagnostics.Metrics;

namespace Oden.Hosting;

internal sealed class OdenMetrics
{
    public const string MeterName = "Oden.Hosting";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _reloads;
    private readonly Histogram<double> _compile;
    private readonly UpDownCounter<long> _realms;

    public OdenMetrics(IMeterFactory factory)
    {
        Meter meter = factory.Create(MeterName);
        _requests = meter.CreateCounter<long>("oden.requests", "{request}", "Requests answered by Oden handlers");
        _errors = meter.CreateCounter<long>("oden.handler.errors", "{error}", "Handler errors: throws, rejections, next(err), timeouts, interrupts");
        _reloads = meter.CreateCounter<long>("oden.reloads", "{reload}", "Handler reloads");
        _compile = meter.CreateHistogram<double>("oden.compile.duration", "ms", "Time to compile or load a handler version");
        _realms = meter.CreateUpDownCounter<long>("oden.realms.active", "{realm}", "Realms running handler code");
    }

    // Per request: without a listener, return before boxing the status code.
    public void Request(string handler, int status)
    {
        if (_requests.Enabled) _requests.Add(1, new KeyValuePair<string, object?>("handler", handler), new KeyValuePair<string, object?>("status", status));
    }

    public void Error(string handler, string kind) =>
        _errors.Add(1, new KeyValuePair<string, object?>("handler", handler), new KeyValuePair<string, object?>("kind", kind));

    public void Reload(string handler, bool success) =>
        _reloads.Add(1, new KeyValuePair<string, object?>("handler", handler), new KeyValuePair<string, object?>("result", success ? "success" : "failure"));

    public void CompileTime(string handler, double milliseconds) =>
        _compile.Record(milliseconds, new KeyValuePair<string, object?>("handler", handler));

    public void RealmsChanged(string handler, int delta) =>
        _realms.Add(delta, new KeyValuePair<string, object?>("handler", handler));
}
