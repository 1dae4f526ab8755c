// Every compiler phase recurses over the tree, and so does Acornima. Real programs nest a few dozen
// levels; generated or hostile ones nest thousands (10k parentheses must compile or be diagnosed,
// never crash the process). So a compilation runs on a thread with a large explicit stack, and every
// recursive pass additionally checks RuntimeHelpers.TryEnsureSufficientExecutionStack, turning
// exhaustion into ODN1004 instead of a StackOverflow that no one can catch.
using System.Runtime.ExceptionServices;

namespace Oden.Compiler;

internal static class LargeStackThread
{
    /// <summary>256 MB: reserved, not committed; only deep inputs touch it.</summary>
    public const int StackSize = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, StackSize)
        {
            Name = "Oden compiler",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}

/// <summary>Thrown by a recursive pass when the stack runs low; caught at the phase boundary and reported as ODN1004.</summary>
internal sealed class NestingTooDeepException : Exception
{
    public NestingTooDeepException(Diagnostics.SourceSpan span) : base("nesting too deep") => Span = span;

    public Diagnostics.SourceSpan Span { get; }

    /// <summary>Call at the top of every recursive visit.</summary>
    public static void EnsureStack(Diagnostics.SourceSpan span)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new NestingTooDeepException(span);
    }
}
