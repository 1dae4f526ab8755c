// The host's metrics through System.Diagnostics.Metrics (meter "Oden.Hosting").
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;

namespace Oden.Hosting.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Requests_Errors_Reloads_CompileTime_AndRealms_AreMeasured()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OdenMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Describe(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Describe(tags))));
        listener.Start();

        await using var server = await OdenTestServer.StartAsync("registerExpressHandler(function (ctx) { if (ctx.req.path === '/boom') throw new Error('x'); ctx.res.send('ok'); });", o => o.Name = "metrics-test");
        Assert.Equal("ok", await server.Client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.InternalServerError, (await server.Client.GetAsync("/boom")).StatusCode);
        await server.Manager.GetHandler().ReloadAsync();

        Assert.Contains(measurements, m => m.Instrument == "oden.requests" && m.Tags.Contains("status=200") && m.Tags.Contains("handler=metrics-test"));
        Assert.Contains(measurements, m => m.Instrument == "oden.requests" && m.Tags.Contains("status=500") && m.Tags.Contains("handler=metrics-test"));
        Assert.Contains(measurements, m => m.Instrument == "oden.handler.errors" && m.Tags.Contains("kind=exception"));
        Assert.Equal(2, measurements.Count(m => m.Instrument == "oden.reloads" && m.Tags.Contains("handler=metrics-test") && m.Tags.Contains("result=success")));
        Assert.Contains(measurements, m => m.Instrument == "oden.compile.duration" && m.Value > 0);
        Assert.Contains(measurements, m => m.Instrument == "oden.realms.active" && m.Value == 2 && m.Tags.Contains("handler=metrics-test"));
    }

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var t in tags) parts.Add($"{t.Key}={t.Value}");
        return string.Join(",", parts);
    }
}
