namespace Oden.Runtime;

/// <summary>What a realm needs from whoever runs it: console output and, later, a compile hook.</summary>
public interface IRealmHost
{
    /// <summary>Receives one formatted console line (without the trailing newline).</summary>
    void WriteConsole(ConsoleLevel level, string text);

    /// <summary>
    /// A promise was rejected without a handler and none was attached before the job queue drained
    /// (HostPromiseRejectionTracker "reject" not followed by "handle"; Node's 'unhandledRejection').
    /// Called on the realm's thread from <see cref="JobQueue.RunUntilIdle"/>, in the order of rejection.
    /// </summary>
    void OnUnhandledRejection(Realm realm, JsObject promise, JsValue reason)
    {
    }

    /// <summary>
    /// A handler was attached to a promise that <see cref="OnUnhandledRejection"/> already reported
    /// (Node's 'rejectionHandled'). Called at the next drain of the job queue.
    /// </summary>
    void OnRejectionHandled(Realm realm, JsObject promise)
    {
    }
}

public enum ConsoleLevel : byte
{
    Log,
    Info,
    Warn,
    Error,
    Debug,
}

/// <summary>The default host: console.log/info/debug to stdout, warn/error to stderr.</summary>
public sealed class StandardStreamsHost : IRealmHost
{
    public static readonly StandardStreamsHost Instance = new();

    public void WriteConsole(ConsoleLevel level, string text)
    {
        TextWriter w = level is ConsoleLevel.Warn or ConsoleLevel.Error ? Console.Error : Console.Out;
        w.WriteLine(text);
    }
}
