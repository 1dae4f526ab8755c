// The console object, as Node has it: every call formats its arguments into one line (util.format, see
// ConsoleFormatter) and hands it to the realm's host with a level (log/info/debug → stdout, warn/error →
// stderr in the default host). group/groupEnd indent the following lines by two spaces; count and time
// keep per-realm state.
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

internal static partial class ConsoleObject
{
    /// <summary>The per-realm state of count/time/group; dies with the realm.</summary>
    private sealed class ConsoleState
    {
        public string GroupIndent = "";
        public readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal);
        public readonly Dictionary<string, long> Timers = new(StringComparer.Ordinal);
    }

    private static readonly ConditionalWeakTable<Realm, ConsoleState> s_state = new();

    private static ConsoleState StateOf(Realm realm) => s_state.GetValue(realm, static _ => new ConsoleState());

    [JsFunction("log")]
    private static JsValue Log(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Log, args);

    [JsFunction("info")]
    private static JsValue Info(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Info, args);

    [JsFunction("warn")]
    private static JsValue Warn(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Warn, args);

    [JsFunction("error")]
    private static JsValue Error(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Error, args);

    [JsFunction("debug")]
    private static JsValue Debug(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Debug, args);

    /// <summary>console.dir(obj): inspect without format specifiers (options.depth and options.showHidden honoured).</summary>
    [JsFunction("dir")]
    private static JsValue Dir(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var options = InspectOptions.Default;
        if (args.At(1).TryGetObject is JsObject o)
        {
            JsValue depth = o.Get("depth");
            JsValue showHidden = o.Get("showHidden");
            options = new InspectOptions
            {
                Depth = depth.IsNull || (depth.IsNumber && double.IsPositiveInfinity(depth.AsNumber)) ? null
                    : depth.IsNumber ? (int)Math.Max(-1, Math.Min(depth.AsNumber, int.MaxValue)) : 2,
                ShowHidden = Operations.ToBoolean(showHidden),
            };
        }

        WriteLine(realm, ConsoleLevel.Log, Inspector.Inspect(realm, args.At(0), options));
        return default;
    }

    /// <summary>console.trace(...data): "Trace: message" and the current stack, to stderr.</summary>
    [JsFunction("trace")]
    private static JsValue Trace(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string message = ConsoleFormatter.FormatArguments(realm, args);
        string stack = new JsError(realm, realm.Intrinsics.GetErrorPrototype(ErrorKind.Error)).StackText;
        int newline = stack.IndexOf('\n');
        string frames = newline >= 0 ? stack[newline..] : "";
        WriteLine(realm, ConsoleLevel.Error, "Trace" + (message.Length > 0 ? ": " + message : "") + frames);
        return default;
    }

    /// <summary>console.assert(value, ...data): prints "Assertion failed[: data]" to stderr when value is falsy.</summary>
    [JsFunction("assert")]
    private static JsValue Assert(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (Operations.ToBoolean(args.At(0))) return default;
        JsValue[] data = args.Length > 1 ? args[1..].ToArray() : [];
        if (data.Length > 0 && data[0].IsString)
        {
            data[0] = "Assertion failed: " + data[0].AsString();
        }
        else
        {
            data = ["Assertion failed", .. data];
        }

        return Write(realm, ConsoleLevel.Warn, data);
    }

    /// <summary>console.count(label = "default"): "label: n".</summary>
    [JsFunction("count")]
    private static JsValue Count(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string label = Label(realm, args);
        ConsoleState state = StateOf(realm);
        state.Counts.TryGetValue(label, out int count);
        state.Counts[label] = ++count;
        WriteLine(realm, ConsoleLevel.Log, label + ": " + NumberFormatting.SmallIntegerToString(count));
        return default;
    }

    [JsFunction("countReset")]
    private static JsValue CountReset(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string label = Label(realm, args);
        if (!StateOf(realm).Counts.Remove(label))
        {
            WriteLine(realm, ConsoleLevel.Warn, $"Count for '{label}' does not exist");
        }

        return default;
    }

    /// <summary>console.group(...label): prints the label (if any), then indents what follows.</summary>
    [JsFunction("group")]
    private static JsValue Group(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length > 0) Write(realm, ConsoleLevel.Log, args);
        StateOf(realm).GroupIndent += "  ";
        return default;
    }

    [JsFunction("groupCollapsed")]
    private static JsValue GroupCollapsed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Group(realm, thisValue, args);

    [JsFunction("groupEnd")]
    private static JsValue GroupEnd(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ConsoleState state = StateOf(realm);
        if (state.GroupIndent.Length >= 2) state.GroupIndent = state.GroupIndent[..^2];
        return default;
    }

    [JsFunction("time")]
    private static JsValue Time(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string label = Label(realm, args);
        ConsoleState state = StateOf(realm);
        if (state.Timers.ContainsKey(label))
        {
            WriteLine(realm, ConsoleLevel.Warn, $"Warning: Label '{label}' already exists for console.time()");
            return default;
        }

        state.Timers[label] = Stopwatch.GetTimestamp();
        return default;
    }

    [JsFunction("timeEnd")]
    private static JsValue TimeEnd(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => TimeLogImpl(realm, args, end: true);

    [JsFunction("timeLog")]
    private static JsValue TimeLog(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => TimeLogImpl(realm, args, end: false);

    private static JsValue TimeLogImpl(Realm realm, ReadOnlySpan<JsValue> args, bool end)
    {
        string label = Label(realm, args);
        ConsoleState state = StateOf(realm);
        if (!state.Timers.TryGetValue(label, out long start))
        {
            WriteLine(realm, ConsoleLevel.Warn, $"Warning: No such label '{label}' for console.{(end ? "timeEnd" : "timeLog")}()");
            return default;
        }

        if (end) state.Timers.Remove(label);
        string text = label + ": " + FormatTime(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        if (!end && args.Length > 1) text += " " + ConsoleFormatter.FormatArguments(realm, args[1..]);
        WriteLine(realm, ConsoleLevel.Log, text);
        return default;
    }

    /// <summary>Node's formatTime: "1.234ms", "1.5s", "2:03.456 (m:ss.mmm)", three decimals at most.</summary>
    private static string FormatTime(double ms)
    {
        static string Trim(double v) => NumberFormatting.ToString(double.Parse(NumberFormatting.ToFixed(v, 3), System.Globalization.CultureInfo.InvariantCulture));

        if (ms >= 3_600_000)
        {
            var t = TimeSpan.FromMilliseconds(ms);
            return $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000} (h:mm:ss.mmm)";
        }

        if (ms >= 60_000)
        {
            var t = TimeSpan.FromMilliseconds(ms);
            return $"{(int)t.TotalMinutes}:{t.Seconds:00}.{t.Milliseconds:000} (m:ss.mmm)";
        }

        if (ms >= 1000) return Trim(ms / 1000) + "s";
        return Trim(ms) + "ms";
    }

    private static string Label(Realm realm, ReadOnlySpan<JsValue> args) =>
        args.At(0).IsUndefined ? "default" : args[0].IsSymbol ? args[0].AsSymbol.ToString() : Operations.ToString(realm, args[0]);

    private static JsValue Write(Realm realm, ConsoleLevel level, ReadOnlySpan<JsValue> args)
    {
        WriteLine(realm, level, ConsoleFormatter.FormatArguments(realm, args));
        return default;
    }

    private static void WriteLine(Realm realm, ConsoleLevel level, string text)
    {
        string indent = s_state.TryGetValue(realm, out ConsoleState? state) ? state.GroupIndent : "";
        if (indent.Length > 0)
        {
            text = indent + text.Replace("\n", "\n" + indent, StringComparison.Ordinal);
        }

        realm.Host.WriteConsole(level, text);
    }
}
