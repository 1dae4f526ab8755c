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

    // Waits for a condition that the loop's thread makes true. The time limit only bounds a failing test:
    // no assertion depends on how fast a loaded machine runs the loop.
    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var limit = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && limit.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(5);
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

        // Only the fake clock moves the timers, and it moves only while the loop is idle: an interval is
        // rescheduled after its callback returns, from the clock's reading then, so advancing the clock
        // while the loop is still in the callback would move the next tick (the test lost that race under
        // load when it advanced as soon as the output appeared).
        async Task AdvanceWhenIdle(int milliseconds)
        {
            Assert.True(await EventuallyAsync(() => loop.IsIdle));
            clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
        }

        async Task<string> OutputWhenIdle(string expected)
        {
            await EventuallyAsync(() => loop.IsIdle && Output() == expected);
            return Output();
        }

        // Read only while the loop is idle (it writes the console on its own thread).
        string Output() => host.Stdout.ToString();

        await AdvanceWhenIdle(399);
        await loop.InvokeAsync(_ => 0); // the loop has run a turn after the advance, and nothing was due
        Assert.Equal("", await OutputWhenIdle(""));
        await AdvanceWhenIdle(1);
        Assert.Equal("tick\n", await OutputWhenIdle("tick\n"));
        await AdvanceWhenIdle(400);
        Assert.Equal("tick\ntick\n", await OutputWhenIdle("tick\ntick\n"));
        await AdvanceWhenIdle(200);
        Assert.Equal("tick\ntick\none second\n", await OutputWhenIdle("tick\ntick\none second\n"));
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

    private sealed class CountingHost : IRealmHost
    {
        private int _lines;

        public int Lines => Volatile.Read(ref _lines);

        public void WriteConsole(ConsoleLevel level, string text) => Interlocked.Increment(ref _lines);
    }

    [Fact]
    public async Task ImmediateChain_IsProgress_NotAStuckJob()
    {
        // A chain of immediates (CPU work cut into pieces, Node style) starts no job, but each piece runs
        // in a new turn of the loop: the watchdog must not take it for one job stuck past its budget.
        var host = new CountingHost();
        var realm = new Realm(host);
        using var loop = new EventLoop(realm);
        loop.Start();
        await loop.InvokeAsync(Compile("(function step() { console.log('piece'); setImmediate(step); })();"));
        Assert.True(await EventuallyAsync(() => host.Lines > 0));
        loop.StuckFor();
        int seen = host.Lines;
        Assert.True(await EventuallyAsync(() => host.Lines >= seen + 3)); // two more turns have started
        Assert.Equal(TimeSpan.Zero, loop.StuckFor());
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
