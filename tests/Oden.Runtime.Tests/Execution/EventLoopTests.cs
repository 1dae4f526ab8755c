// The event loop on its own thread: posted work, timers on the realm's (fake) clock, errors that do not
// stop the loop, and interrupts of a realm stuck in one job.
using Microsoft.Extensions.Time.Testing;
using Oden.Compiler;
using Oden.Runtime.CompilerServices;
using Oden.Runtime.Loading;
using Oden.TestUtilities;

namespace Oden.Runtime.Tests.Execution;

public sealed class EventLoopTests
{
    private static Func<Realm, JsValue> Compile(string source)
    {
        var compilation = OdenCompilation.Create(new SourceFile("loop.js", source));
        var pe = new MemoryStream();
        Assert.True(compilation.Emit(pe).Success);
        pe.Position = 0;
        var assembly = new ScriptLoadContext("loop-test").LoadScript(pe, null);
        return realm => ScriptAssembly.Run(assembly, realm);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        return condition();
    }

    [Fact]
    public async Task Timers_FollowTheRealmsClock()
    {
        var clock = new FakeTimeProvider();
        var host = new CapturingHost();
        var realm = new Realm(host) { Clock = clock };
        using var loop = new EventLoop(realm);
        loop.Start();
        await loop.InvokeAsync(Compile("setTimeout(function () { console.log('one second'); }, 1000); setInterval(function () { console.log('tick'); }, 400);"));

        clock.Advance(TimeSpan.FromMilliseconds(399));
        await Task.Delay(50);
        Assert.Equal("", host.Stdout.ToString());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await EventuallyAsync(() => host.Stdout.ToString() == "tick\n"), host.Stdout.ToString());
        clock.Advance(TimeSpan.FromMilliseconds(400));
        Assert.True(await EventuallyAsync(() => host.Stdout.ToString() == "tick\ntick\n"), host.Stdout.ToString());
        clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.True(await EventuallyAsync(() => host.Stdout.ToString() == "tick\ntick\none second\n"), host.Stdout.ToString());
    }

    [Fact]
    public async Task UncaughtErrors_AreReported_AndTheLoopGoesOn()
    {
        var host = new CapturingHost();
        var realm = new Realm(host);
        var errors = new List<string>();
        using var loop = new EventLoop(realm) { UnhandledException = e => { lock (errors) errors.Add(e is JsException js ? js.JsStack : e.Message); } };
        loop.Start();
        await loop.InvokeAsync(Compile("setTimeout(function () { throw new TypeError('in a timer'); }, 1); queueMicrotask(function () { throw new RangeError('in a microtask'); }); setTimeout(function () { console.log('still running'); }, 20);"));
        Assert.True(await EventuallyAsync(() => host.Stdout.ToString() == "still running\n"));
        lock (errors)
        {
            Assert.Contains(errors, e => e.StartsWith("TypeError: in a timer", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("RangeError: in a microtask", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task StuckJob_IsSeenByTheWatchdog_AndAnInterruptFreesTheLoop()
    {
        var realm = new Realm(new CapturingHost());
        var errors = new List<Exception>();
        using var loop = new EventLoop(realm) { UnhandledException = e => { lock (errors) errors.Add(e); } };
        loop.Start();
        Func<Realm, JsValue> spin = Compile("while (true) {}");
        loop.Post(() => spin(realm));
        Assert.True(await EventuallyAsync(() => !loop.IsIdle));
        Assert.Equal(TimeSpan.Zero, loop.StuckFor());
        await Task.Delay(100);
        Assert.True(loop.StuckFor() >= TimeSpan.FromMilliseconds(90));
        realm.RequestInterrupt("test");
        Assert.True(await EventuallyAsync(() => { lock (errors) return errors.Count == 1; }));
        Assert.IsType<ScriptInterruptedException>(errors[0]);
        Assert.Equal(42, await loop.InvokeAsync(_ => 42));
        Assert.False(realm.IsInterruptRequested);
    }

    [Fact]
    public void RunUntilComplete_RunsTimersAndImmediates_ThenReturns()
    {
        var host = new CapturingHost();
        var realm = new Realm(host);
        Compile("setTimeout(function () { console.log('timer'); setImmediate(function () { console.log('immediate'); }); }, 5); Promise.resolve().then(function () { console.log('job'); });")(realm);
        using var loop = new EventLoop(realm);
        loop.RunUntilComplete();
        Assert.Equal("job\ntimer\nimmediate\n", host.Stdout.ToString());
    }
}
