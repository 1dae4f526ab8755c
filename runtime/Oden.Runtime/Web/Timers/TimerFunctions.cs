// The timer globals: setTimeout, setInterval, setImmediate, their clear* functions and queueMicrotask
// (HTML's timer initialization steps, with Node's choices where HTML has none: a non-callable callback is a
// TypeError instead of a string to evaluate, ids are numbers, and immediates exist). They schedule into the
// realm's TimerQueue; an EventLoop runs them (Execution/EventLoop.cs). Without an event loop (a bare
// RunUntilIdle) timers never fire, and queueMicrotask still works.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    [JsGlobal("setTimeout")] private JsValue SetTimeoutBinding => new JsBuiltinFunction(_realm, "setTimeout", 1, &TimerFunctions.SetTimeout);
    [JsGlobal("clearTimeout")] private JsValue ClearTimeoutBinding => new JsBuiltinFunction(_realm, "clearTimeout", 0, &TimerFunctions.Clear);
    [JsGlobal("setInterval")] private JsValue SetIntervalBinding => new JsBuiltinFunction(_realm, "setInterval", 1, &TimerFunctions.SetInterval);
    [JsGlobal("clearInterval")] private JsValue ClearIntervalBinding => new JsBuiltinFunction(_realm, "clearInterval", 0, &TimerFunctions.Clear);
    [JsGlobal("setImmediate")] private JsValue SetImmediateBinding => new JsBuiltinFunction(_realm, "setImmediate", 1, &TimerFunctions.SetImmediate);
    [JsGlobal("clearImmediate")] private JsValue ClearImmediateBinding => new JsBuiltinFunction(_realm, "clearImmediate", 1, &TimerFunctions.Clear);
    [JsGlobal("queueMicrotask")] private JsValue QueueMicrotaskBinding => new JsBuiltinFunction(_realm, "queueMicrotask", 1, &TimerFunctions.QueueMicrotask);
}

internal static class TimerFunctions
{
    internal static JsValue SetTimeout(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Schedule(realm, args, repeat: false);

    internal static JsValue SetInterval(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Schedule(realm, args, repeat: true);

    private static JsValue Schedule(Realm realm, ReadOnlySpan<JsValue> args, bool repeat)
    {
        JsFunction callback = CallbackOf(realm, args, repeat ? "setInterval" : "setTimeout");
        double delay = args.Length > 1 ? Operations.ToNumber(realm, args[1]) : 0;
        ReadOnlySpan<JsValue> rest = args.Length > 2 ? args[2..] : ReadOnlySpan<JsValue>.Empty;
        return realm.Timers.Schedule(callback, delay, rest, repeat);
    }

    internal static JsValue SetImmediate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFunction callback = CallbackOf(realm, args, "setImmediate");
        ReadOnlySpan<JsValue> rest = args.Length > 1 ? args[1..] : ReadOnlySpan<JsValue>.Empty;
        return realm.Timers.ScheduleImmediate(callback, rest);
    }

    /// <summary>clearTimeout, clearInterval and clearImmediate: the id space is shared.</summary>
    internal static JsValue Clear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsValue id = args.At(0);
        if (id.IsNumber)
        {
            double d = id.AsNumber;
            if (d >= 1 && d <= int.MaxValue && d == Math.Floor(d)) realm.Timers.Clear((int)d);
        }

        return default;
    }

    /// <see href="https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#dom-queuemicrotask"/>
    internal static JsValue QueueMicrotask(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.At(0)._ref is not JsFunction callback)
        {
            throw realm.TypeError("The \"callback\" argument of queueMicrotask must be a function. Received " + Operations.DescribeForError(realm, args.At(0)));
        }

        realm.Jobs.Enqueue(new MicrotaskJob(callback));
        return default;
    }

    private static JsFunction CallbackOf(Realm realm, ReadOnlySpan<JsValue> args, string name) =>
        args.At(0)._ref as JsFunction
        ?? throw realm.TypeError($"The \"callback\" argument of {name} must be a function. Received {Operations.DescribeForError(realm, args.At(0))}");

    /// <summary>A queued microtask: calls the callback; an exception propagates to the event loop (reported as uncaught).</summary>
    private sealed class MicrotaskJob(JsFunction callback) : Job
    {
        protected internal override void Run(Realm realm, JsValue argument) => callback.Call0(JsValue.Undefined);
    }
}
