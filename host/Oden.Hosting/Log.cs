// Every log line of the host, as [LoggerMessage] methods (STYLE.md rule 9).
using Microsoft.Extensions.Logging;

namespace Oden.Hosting;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Oden handler '{Handler}' version {Version} is serving ({Realms} realms, {Source}, loaded in {Milliseconds:F0} ms)")]
    public static partial void VersionActivated(ILogger logger, string handler, int version, int realms, string source, double milliseconds);

    [LoggerMessage(2, LogLevel.Error, "Oden handler '{Handler}' failed to load; {Keeping}:\n{Diagnostics}")]
    public static partial void LoadFailed(ILogger logger, string handler, string keeping, string diagnostics);

    [LoggerMessage(3, LogLevel.Error, "Oden handler '{Handler}' threw on {Method} {Path}:\n{Stack}")]
    public static partial void HandlerError(ILogger logger, string handler, string method, string path, string stack);

    [LoggerMessage(4, LogLevel.Warning, "Oden handler '{Handler}' did not start a response to {Method} {Path} within {Budget} (504)")]
    public static partial void TimeBudgetExceeded(ILogger logger, string handler, string method, string path, TimeSpan budget);

    [LoggerMessage(5, LogLevel.Warning, "Oden handler '{Handler}': realm {Realm} of version {Version} ran one job for more than {Budget}; interrupting it")]
    public static partial void RealmInterrupted(ILogger logger, string handler, int realm, int version, TimeSpan budget);

    [LoggerMessage(6, LogLevel.Warning, "Oden handler '{Handler}': the streamed response to {Method} {Path} stalled for {Timeout}; aborting it")]
    public static partial void ResponseStalled(ILogger logger, string handler, string method, string path, TimeSpan timeout);

    [LoggerMessage(7, LogLevel.Error, "Oden handler '{Handler}': uncaught error in realm {Realm}:\n{Stack}")]
    public static partial void UncaughtError(ILogger logger, string handler, int realm, string stack);

    [LoggerMessage(8, LogLevel.Warning, "Oden handler '{Handler}': unhandled promise rejection in realm {Realm}:\n{Stack}")]
    public static partial void UnhandledRejection(ILogger logger, string handler, int realm, string stack);

    [LoggerMessage(9, LogLevel.Information, "Oden handler '{Handler}' version {Version} unloaded")]
    public static partial void VersionUnloaded(ILogger logger, string handler, int version);

    [LoggerMessage(10, LogLevel.Information, "Oden handler '{Handler}': {File} changed, reloading")]
    public static partial void FileChanged(ILogger logger, string handler, string file);

    [LoggerMessage(11, LogLevel.Warning, "Oden handler '{Handler}': request body of {Method} {Path} exceeds {Limit} bytes (413)")]
    public static partial void BodyTooLarge(ILogger logger, string handler, string method, string path, long limit);

    [LoggerMessage(12, LogLevel.Error, "Oden handler '{Handler}' has no handler to run {Method} {Path} (502): {Reason}")]
    public static partial void NoHandler(ILogger logger, string handler, string method, string path, string reason);

    [LoggerMessage(13, LogLevel.Warning, "Oden handler '{Handler}': waitUntil work did not settle within {Timeout}; its version is released")]
    public static partial void WaitUntilTimedOut(ILogger logger, string handler, TimeSpan timeout);

    [LoggerMessage(14, LogLevel.Warning, "Oden handler '{Handler}': waitUntil work failed: {Error}")]
    public static partial void WaitUntilFailed(ILogger logger, string handler, string error);
}
