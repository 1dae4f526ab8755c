// RealmWorker: one realm of a handler version with its event loop (a dedicated thread with a 4 MB stack,
// Oden.Runtime's EventLoop), the realm host that turns console.* into ILogger calls, and the realm's
// registered handler. Requests are posted to the loop; InFlight counts them for least-busy dispatch.
// The realm's compile hook (eval, new Function) loads code into the version's collectible context, so
// unloading the version frees that code too; the realm owns the hook and its cache.
using System.Diagnostics;
using System.Runtime.Loader;
using Microsoft.Extensions.Logging;
using Oden.Compiler;
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Oden.Hosting.Execution;

internal sealed class RealmWorker : IRealmHost, IDisposable
{
    private readonly string _handlerName;
    private readonly ILogger _logger;
    private readonly ILogger _scriptLogger;
    private int _inFlight;

    public RealmWorker(int index, string handlerName, AssemblyLoadContext loadContext, ILogger logger, ILogger scriptLogger)
    {
        Index = index;
        _handlerName = handlerName;
        _logger = logger;
        _scriptLogger = scriptLogger;
        Realm = new Realm(this);
        OdenCompilerHook.Install(Realm, loadContext);
        Loop = new EventLoop(Realm, $"oden-{handlerName}-{index}")
        {
            UnhandledException = OnUnhandledException,
        };
    }

    public int Index { get; }

    public Realm Realm { get; }

    public EventLoop Loop { get; }

    /// <summary>What the script registered (null until the top level ran, or when it registered nothing).</summary>
    public HandlerRegistration? Registration { get; private set; }

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Enter() => Interlocked.Increment(ref _inFlight);

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Starts the loop and runs the script's top level on it; the task faults with the JS stack text.</summary>
    public Task StartAsync(Func<Realm, JsValue> entry, Action<Realm, HandlerRegistration>? configure)
    {
        Loop.Start();
        return Loop.InvokeAsync(realm =>
        {
            HandlerBindings.Install(realm);
            JsValue exports;
            try
            {
                exports = entry(realm);
                realm.Jobs.RunUntilIdle();
            }
            catch (JsException e)
            {
                // Only text leaves the realm: an exception object would keep the script's frames alive.
                throw new HandlerStartException(e.JsStack);
            }
            catch (ScriptInterruptedException e)
            {
                throw new HandlerStartException("the top level was interrupted: " + e.Message);
            }

            HandlerRegistration? registration = HandlerBindings.Find(realm, exports);
            if (registration is not null) configure?.Invoke(realm, registration);
            Registration = registration;
            return true;
        });
    }

    private void OnUnhandledException(Exception e)
    {
        if (e is ScriptInterruptedException)
        {
            return; // the watchdog logged why it interrupted the realm
        }

        string text = e is JsException js ? js.JsStack : e.ToString();
        Log.UncaughtError(_logger, _handlerName, Index, text);
    }

    // ---- IRealmHost: console.* → ILogger, with the script's file and line --------------------------------

    public void WriteConsole(ConsoleLevel level, string text)
    {
        LogLevel logLevel = level switch
        {
            ConsoleLevel.Debug => LogLevel.Debug,
            ConsoleLevel.Warn => LogLevel.Warning,
            ConsoleLevel.Error => LogLevel.Error,
            _ => LogLevel.Information,
        };
        if (!_scriptLogger.IsEnabled(logLevel)) return;
        string? location = ScriptLocation();
        if (location is null)
        {
            _scriptLogger.Log(logLevel, "{Message}", text);
        }
        else
        {
            _scriptLogger.Log(logLevel, "{Location}: {Message}", location, text);
        }
    }

    /// <summary>The innermost JavaScript frame's file:line (the console call site), from the PDB of the script.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string? ScriptLocation()
    {
        // From frame 0: with inlining and tail calls in optimized code, no fixed number of host frames can be skipped.
        var trace = new StackTrace(0, fNeedFileInfo: true);
        for (int i = 0; i < trace.FrameCount && i < 64; i++)
        {
            StackFrame? frame = trace.GetFrame(i);
            string? file = frame?.GetFileName();
            if (file is not null && file.EndsWith(".js", StringComparison.OrdinalIgnoreCase))
            {
                return $"{Path.GetFileName(file)}:{frame!.GetFileLineNumber()}";
            }
        }

        return null;
    }

    public void OnUnhandledRejection(Realm realm, JsObject promise, JsValue reason)
    {
        string text = reason.TryGetObject is JsError error ? error.StackText : JsException.Describe(reason);
        Log.UnhandledRejection(_logger, _handlerName, Index, text);
    }

    public void Dispose()
    {
        Loop.Dispose();
        Registration = null;
    }
}

/// <summary>A script's top level threw; the message is the JavaScript stack.</summary>
internal sealed class HandlerStartException(string message) : Exception(message);
