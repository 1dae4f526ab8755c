namespace Oden.Runtime;

/// <summary>What a realm needs from whoever runs it: console output and, later, a compile hook.</summary>
public interface IRealmHost
{
    /// <summary>Receives one formatted console line (without the trailing newline).</summary>
    void WriteConsole(ConsoleLevel level, string text);
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
