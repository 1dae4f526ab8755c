// JsError: an object with an [[ErrorData]] slot. The JavaScript stack is captured when the error is
// constructed (the .NET frames of compiled code, which carry handler.js:line:col through the PDB) and
// formatted on first read of `stack` (a lazy own property), as V8 does.
//
// Capture cost is bounded: at most StackTraceLimit script frames (V8's Error.stackTraceLimit default),
// found by walking the .NET stack without source information and resolving file:line:col only for the
// frames kept. A RangeError at the bottom of a deep recursion therefore costs microseconds, not a walk
// with PDB lookups over every frame.
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Oden.Runtime;

public sealed class JsError : JsObject
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Error).AddProperty("stack", PropertyFlags.Hidden);

    /// <summary>How many script frames an error keeps (V8's default Error.stackTraceLimit).</summary>
    public const int StackTraceLimit = 10;

    /// <summary>How many .NET frames the capture looks at before giving up on finding more script frames.</summary>
    private const int MaxFramesScanned = 512;

    private static readonly ConditionalWeakTable<Assembly, object> s_isScriptAssembly = new();

    private StackFrame[]? _trace;
    private string? _stackText; // the formatted stack, once built

    public JsError(JsObject prototype, bool captureStack = true)
        : this(prototype, captureStack ? StackTraceLimit : 0)
    {
    }

    /// <summary>An error whose stack keeps as many script frames as the realm's Error.stackTraceLimit says.</summary>
    public JsError(Realm realm, JsObject prototype)
        : this(prototype, CurrentStackTraceLimit(realm))
    {
    }

    private JsError(JsObject prototype, int stackTraceLimit)
        : base(prototype, s_shape)
    {
        _slots[0] = JsValue.Lazy;
        if (stackTraceLimit > 0)
        {
            _trace = CaptureScriptFrames(stackTraceLimit);
        }
        else if (stackTraceLimit < 0)
        {
            // Error.stackTraceLimit is not a number: V8 installs no `stack` at all.
            Delete("stack");
        }
    }

    /// <summary>
    /// V8's Error.stackTraceLimit: the own data property of %Error% (read without running getters); a value
    /// that is not a number (-1 here) means no `stack` property; the scan stays bounded by MaxFramesScanned.
    /// </summary>
    private static int CurrentStackTraceLimit(Realm realm)
    {
        JsObject error = realm.Intrinsics.GetErrorConstructor(ErrorKind.Error);
        if (!error.TryGetOwnStorage("stackTraceLimit", out JsValue v, out PropertyFlags flags)
            || (flags & PropertyFlags.Accessor) != 0 || !v.IsNumber)
        {
            return -1;
        }

        double n = v.AsNumber;
        return double.IsNaN(n) || n <= 0 ? 0 : n >= MaxFramesScanned ? MaxFramesScanned : (int)n;
    }

    public override string ClassName => "Error";

    public static JsError Create(Realm realm, ErrorKind kind, string message)
    {
        var error = new JsError(realm, realm.Intrinsics.GetErrorPrototype(kind));
        error.FastAddProperty("message", message, PropertyFlags.Hidden);
        return error;
    }

    /// <summary>"Name: message", read without running user code (no getters, no toString).</summary>
    public string Summary
    {
        get
        {
            string name = ReadPlainString("name") ?? "Error";
            string message = ReadPlainString("message") ?? "";
            if (name.Length == 0) return message;
            if (message.Length == 0) return name;
            return name + ": " + message;
        }
    }

    private string? ReadPlainString(string key)
    {
        for (JsObject? o = this; o is not null; o = o._prototype)
        {
            if (o.TryGetOwnStorage(key, out JsValue v, out PropertyFlags f))
            {
                return (f & PropertyFlags.Accessor) == 0 && v.IsString ? v.AsString() : null;
            }
        }

        return null;
    }

    /// <summary>The formatted stack, whether or not script code replaced the property.</summary>
    public string StackText => FormatStack();

    protected internal override JsValue MaterializeLazy(in PropertyKey key)
    {
        string text = FormatStack();
        StoreMaterialized(key, text);
        return text;
    }

    private string FormatStack()
    {
        if (_stackText is not null) return _stackText;
        var sb = new StringBuilder(Summary);
        foreach (StackFrame frame in _trace ?? [])
        {
            string? file = frame.GetFileName();
            if (file is null || !file.EndsWith(".js", StringComparison.OrdinalIgnoreCase)) continue;
            string name = FunctionNameOf(frame);
            sb.Append("\n    at ");
            string location = $"{file}:{frame.GetFileLineNumber()}:{frame.GetFileColumnNumber()}";
            if (name.Length == 0) sb.Append(location);
            else sb.Append(name).Append(" (").Append(location).Append(')');
        }

        _stackText = sb.ToString();
        _trace = null;
        return _stackText;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static StackFrame[] CaptureScriptFrames(int limit)
    {
        // One walk without source information; file:line:col is resolved only for the frames kept
        // (index i of this trace is frame i of a StackFrame created in this method).
        StackFrame[] all = new StackTrace(0, fNeedFileInfo: false).GetFrames();
        var frames = new List<StackFrame>(Math.Min(limit, StackTraceLimit));
        int scan = Math.Min(all.Length, MaxFramesScanned);
        for (int i = 1; i < scan && frames.Count < limit; i++)
        {
            MethodBase? method = all[i].GetMethod();
            if (method is not null && IsScriptAssembly(method.Module.Assembly))
            {
                frames.Add(new StackFrame(i, needFileInfo: true));
            }
        }

        return frames.ToArray();
    }

    /// <summary>Generated assemblies carry [OdenScript]; the answer is cached weakly (no assembly is kept alive).</summary>
    private static bool IsScriptAssembly(Assembly assembly)
    {
        if (s_isScriptAssembly.TryGetValue(assembly, out object? known)) return (bool)known;
        bool result = assembly.IsCollectible
            || assembly.GetCustomAttributesData().Any(a => a.AttributeType.Name == "OdenScriptAttribute");
        s_isScriptAssembly.AddOrUpdate(assembly, result);
        return result;
    }

    /// <summary>The JavaScript name of a compiled body method: its IL name up to the first '`'.</summary>
    private static string FunctionNameOf(StackFrame frame)
    {
        string name = frame.GetMethod()?.Name ?? "";
        int tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        return name.StartsWith('<') ? "" : name;
    }
}

public enum ErrorKind : byte
{
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    URIError,
}
