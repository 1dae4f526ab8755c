// ScriptLoadContext: a collectible AssemblyLoadContext for one generated script assembly.
//
// Oden.Runtime always resolves to the default context (Load returns null for it), so JsValue and every
// runtime type have one identity across script versions. Nothing in the default context may keep a
// reference to a type, delegate or exception of a script once it is unloaded (see DESIGN.md §5).
using System.Reflection;
using System.Runtime.Loader;

namespace Oden.Runtime.Loading;

public sealed class ScriptLoadContext : AssemblyLoadContext
{
    public ScriptLoadContext(string name)
        : base(name, isCollectible: true)
    {
    }

    /// <summary>Loads the script assembly (and its PDB, for handler.js:line stack traces).</summary>
    public Assembly LoadScript(Stream peImage, Stream? pdb) => LoadFromStream(peImage, pdb);

    protected override Assembly? Load(AssemblyName assemblyName) => null; // everything else from the default context
}

/// <summary>
/// Runs script code on a dedicated thread with a large, explicit stack: thread-pool threads have small
/// stacks on Linux, and deep (but legal) JavaScript recursion needs room before the RangeError guard fires.
/// 4 MB holds several times node's default recursion depth (about 50,000 simple frames in optimized
/// code). More would only make runaway recursion slower to stop: unwinding a .NET exception costs on the
/// order of 10 µs per frame, so a RangeError thrown 200,000 frames deep takes seconds to reach its catch.
/// </summary>
public static class ScriptThread
{
    /// <summary>The stack size of script threads.</summary>
    public const int StackSize = 4 * 1024 * 1024;

    /// <summary>Runs <paramref name="action"/> on a script thread and waits; exceptions are rethrown here.</summary>
    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, StackSize)
        {
            Name = "oden-script",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }
}
